// The diagnosis questionnaire for apoderados (ids and wording rules: ../templates.ts).
import { questionnaire } from '../templateBuilder.ts';

export const APODERADOS = questionnaire(
  'apoderados',
  'apo',
  'Cuestionario para apoderados',
  {
    'LID-2': [
      'El equipo directivo está disponible para atender a los apoderados cuando lo necesitan.',
      'El director o directora informa a las familias sobre los objetivos y logros del colegio, por ejemplo en la cuenta pública.',
    ],
    'GP-2': [
      'Los profesores me informan cómo va mi hijo o hija en sus aprendizajes y qué puede mejorar.',
      'Las tareas y evaluaciones de mi hijo o hija son claras y corresponden a lo que aprende en clases.',
    ],
    'GP-3': [
      'Cuando mi hijo o hija tiene dificultades para aprender, el colegio le da apoyo y me informa.',
      'El colegio apoya a los estudiantes que necesitan ayuda especial (PIE, apoyo psicológico o social).',
    ],
    'FC-1': [
      'El colegio forma a los estudiantes en valores como el respeto, la responsabilidad y la solidaridad.',
      'El colegio me invita a participar en la formación de mi hijo o hija (talleres, escuela para padres, entrevistas).',
    ],
    'FC-2': [
      'Mi hijo o hija se siente seguro y bien tratado en el colegio.',
      'Conozco el reglamento interno y las normas de convivencia escolar del colegio.',
      'Cuando hay un problema de convivencia, el colegio actúa a tiempo y me mantiene informado.',
    ],
    'FC-3': [
      'El Centro de Padres y Apoderados funciona y el colegio considera sus opiniones.',
      'Sé quién representa a los apoderados en el Consejo Escolar y qué temas se tratan allí.',
      'Tengo oportunidades de opinar sobre las decisiones importantes del colegio.',
    ],
    'GR-3': [
      'Las salas, los baños y los patios del colegio están limpios, seguros y en buen estado.',
      'Mi hijo o hija cuenta con los textos escolares y los materiales que necesita para aprender.',
    ],
  },
  [
    '¿Qué es lo que mejor hace el colegio?',
    '¿Qué debería mejorar primero el colegio?',
    '¿De qué manera le gustaría a usted participar más en el colegio?',
  ],
);
