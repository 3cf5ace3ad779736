// The diagnosis questionnaire for estudiantes (ids and wording rules: ../templates.ts).
import { questionnaire } from '../templateBuilder.ts';

export const ESTUDIANTES = questionnaire(
  'estudiantes',
  'est',
  'Cuestionario para estudiantes',
  {
    'LID-2': [
      'El director o directora conversa con los estudiantes y se preocupa de lo que nos pasa.',
      'El equipo directivo escucha las opiniones de los estudiantes.',
    ],
    'GP-2': [
      'Mis profesores explican al comienzo de la clase lo que vamos a aprender.',
      'En las clases tengo tiempo para hacer actividades, preguntar y participar.',
      'Mis profesores me dicen qué hice bien y cómo puedo mejorar mis trabajos y pruebas.',
    ],
    'GP-3': [
      'Cuando me cuesta una asignatura, recibo ayuda de mis profesores o de otros profesionales del colegio.',
      'Si tengo un problema personal, hay un adulto del colegio al que puedo acudir.',
    ],
    'FC-1': [
      'En mi colegio nos enseñan a respetar a los demás y a cuidar nuestra salud.',
      'En el colegio aprendo los valores que lo identifican.',
    ],
    'FC-2': [
      'Me siento seguro o segura en el colegio.',
      'Las normas del colegio son claras y se aplican a todos por igual.',
      'Cuando hay peleas o alguien molesta a un compañero, los adultos del colegio intervienen.',
    ],
    'FC-3': [
      'En mi curso elegimos a nuestra directiva y podemos opinar sobre las actividades.',
      'El Centro de Estudiantes representa nuestras ideas y el colegio lo apoya.',
    ],
    'GR-3': [
      'Las salas, los baños y los patios están limpios y en buen estado.',
      'Puedo usar la biblioteca, los computadores y otros materiales cuando los necesito.',
    ],
  },
  [
    '¿Qué es lo que más te gusta de tu colegio?',
    '¿Qué debería mejorar primero tu colegio?',
    'Si fueras director o directora por un día, ¿qué cambiarías?',
  ],
);
