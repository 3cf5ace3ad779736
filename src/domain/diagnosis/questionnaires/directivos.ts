// The diagnosis questionnaire for directivos (ids and wording rules: ../templates.ts).
import { questionnaire } from '../templateBuilder.ts';

export const DIRECTIVOS = questionnaire(
  'directivos',
  'dir',
  'Autoevaluación institucional: Equipo directivo',
  {
    'LID-1': [
      'El sostenedor define con claridad las responsabilidades del equipo directivo y las metas que espera del establecimiento.',
      'El sostenedor entrega de manera oportuna los recursos comprometidos para el PME y el convenio SEP.',
      'El sostenedor conoce los resultados del establecimiento y acompaña al equipo directivo en la toma de decisiones.',
    ],
    'LID-2': [
      'El director conduce la gestión del establecimiento de acuerdo con el PEI y sus sellos educativos.',
      'El director transmite altas expectativas sobre el aprendizaje de todos los estudiantes.',
      'El director promueve el trabajo colaborativo y un clima de confianza entre los distintos estamentos.',
    ],
    'LID-3': [
      'El establecimiento hace cada año un diagnóstico con datos (SIMCE, IDPS, asistencia, retención) para actualizar el PME.',
      'El equipo directivo monitorea periódicamente el avance de las acciones y metas del PME y hace los ajustes necesarios.',
      'Los resultados de aprendizaje y de eficiencia interna se analizan con los docentes para tomar decisiones.',
    ],
    'GP-1': [
      'El equipo directivo y la UTP aseguran la cobertura del currículum vigente en todos los niveles y asignaturas.',
      'La UTP revisa las planificaciones y las evaluaciones de los docentes y les entrega retroalimentación.',
      'El equipo directivo y la UTP observan clases y retroalimentan a los docentes para mejorar sus prácticas.',
    ],
    'GP-2': [
      'Los docentes comunican con claridad el objetivo de aprendizaje de cada clase.',
      'En las clases se usan estrategias variadas que mantienen a los estudiantes activos y comprometidos.',
      'Los docentes retroalimentan de manera oportuna el trabajo de los estudiantes.',
    ],
    'GP-3': [
      'El establecimiento identifica a tiempo a los estudiantes con rezago, dificultades de aprendizaje o riesgo de abandono y les entrega apoyo.',
      'El equipo del Programa de Integración Escolar (PIE) trabaja coordinado con los docentes de aula.',
      'El establecimiento apoya a los estudiantes con necesidades sociales, afectivas o conductuales y los deriva a redes de apoyo cuando corresponde.',
    ],
    'FC-1': [
      'El establecimiento promueve la formación de los estudiantes según los valores y sellos del PEI.',
      'Se realizan acciones planificadas de formación en vida saludable, afectividad y autocuidado.',
      'El establecimiento involucra a las familias en la formación de los estudiantes.',
    ],
    'FC-2': [
      'El reglamento interno es conocido por la comunidad y se aplica de manera justa y consistente.',
      'El encargado de convivencia escolar y su equipo implementan el Plan de Gestión de la Convivencia Escolar.',
      'Ante situaciones de conflicto, acoso escolar o maltrato se actúa a tiempo y según los protocolos del establecimiento.',
    ],
    'FC-3': [
      'El Consejo Escolar sesiona periódicamente y sus opiniones se consideran en las decisiones del establecimiento.',
      'El establecimiento apoya el funcionamiento del Centro de Estudiantes, del Centro de Padres y del Consejo de Profesores.',
      'Se implementa el Plan de Formación Ciudadana con actividades en las que participan los estudiantes.',
    ],
    'GR-1': [
      'Los cargos y funciones del personal están definidos y son conocidos por todos.',
      'Se evalúa el desempeño del personal y se le entrega retroalimentación.',
      'El desarrollo profesional del personal responde a necesidades detectadas (Plan Local de Desarrollo Profesional Docente).',
    ],
    'GR-2': [
      'Los recursos SEP se usan en acciones del PME y se rinden según la normativa.',
      'El equipo directivo conoce el estado del presupuesto y lleva un registro ordenado de los gastos.',
      'El establecimiento aplica estrategias para mantener la matrícula y mejorar la asistencia de los estudiantes.',
    ],
    'GR-3': [
      'El establecimiento cuenta con la infraestructura y el equipamiento necesarios, en buen estado, para el aprendizaje.',
      'La biblioteca CRA y los recursos tecnológicos están disponibles y se usan en el trabajo pedagógico.',
      'Los materiales y recursos educativos se distribuyen a tiempo y se mantiene un inventario actualizado.',
    ],
  },
  [
    '¿Qué es lo que mejor hace nuestro establecimiento?',
    '¿Qué debería mejorar primero el establecimiento? ¿Por qué?',
    '¿Qué apoyo necesita el equipo directivo para lograr esa mejora?',
  ],
);
