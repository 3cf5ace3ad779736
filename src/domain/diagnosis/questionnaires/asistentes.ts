// The diagnosis questionnaire for asistentes (ids and wording rules: ../templates.ts).
import { questionnaire } from '../templateBuilder.ts';

export const ASISTENTES = questionnaire(
  'asistentes',
  'asi',
  'Autoevaluación institucional: Asistentes de la educación',
  {
    'LID-1': [
      'El sostenedor conoce las necesidades del establecimiento y responde a ellas.',
      'El sostenedor se preocupa de las condiciones de trabajo de los asistentes de la educación.',
    ],
    'LID-2': [
      'El director comunica con claridad los objetivos del establecimiento y lo que se espera de los asistentes de la educación.',
      'El director considera a los asistentes de la educación como parte importante de la comunidad educativa.',
      'El equipo directivo está disponible para escuchar y resolver los problemas que se presentan.',
    ],
    'LID-3': [
      'Los asistentes de la educación participamos en el diagnóstico y en la elaboración del PME.',
      'Conozco las metas del PME y cómo mi trabajo aporta a ellas.',
    ],
    'GP-3': [
      'Sé cómo actuar y a quién avisar cuando un estudiante tiene dificultades o necesita ayuda.',
      'El equipo PIE y los profesionales de apoyo (psicólogo, trabajador social, fonoaudiólogo) trabajan coordinados con el resto del personal.',
    ],
    'FC-1': [
      'El establecimiento forma a los estudiantes en los valores y sellos del PEI.',
      'Los adultos del establecimiento damos un buen ejemplo de trato respetuoso a los estudiantes.',
    ],
    'FC-2': [
      'Conozco el reglamento interno y los protocolos de convivencia escolar, y sé cómo aplicarlos en mi trabajo.',
      'El establecimiento es un lugar seguro, con buen trato entre estudiantes y adultos.',
      'En recreos, almuerzo, entrada y salida hay suficiente supervisión de adultos.',
    ],
    'FC-3': [
      'Los asistentes de la educación tenemos representación en el Consejo Escolar y se considera nuestra opinión.',
      'El establecimiento invita a toda la comunidad a participar en sus actividades.',
    ],
    'GR-1': [
      'Conozco con claridad mis funciones y a quién debo responder.',
      'Recibo capacitación para hacer mejor mi trabajo.',
      'Se reconoce y se valora el trabajo de los asistentes de la educación.',
    ],
    'GR-3': [
      'Cuento con los materiales y herramientas necesarios para hacer mi trabajo.',
      'La infraestructura del establecimiento (salas, baños, patios, comedor) está en buen estado y se mantiene.',
    ],
  },
  [
    '¿Qué es lo que mejor hace nuestro establecimiento?',
    '¿Qué debería mejorar primero el establecimiento? ¿Por qué?',
    '¿Cómo podrían los asistentes de la educación aportar más a esa mejora?',
  ],
);
