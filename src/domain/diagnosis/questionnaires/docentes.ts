// The diagnosis questionnaire for docentes (ids and wording rules: ../templates.ts).
import { questionnaire } from '../templateBuilder.ts';

export const DOCENTES = questionnaire(
  'docentes',
  'doc',
  'Autoevaluación institucional: Docentes',
  {
    'LID-1': [
      'El sostenedor conoce las necesidades del establecimiento y está presente en él.',
      'El sostenedor responde a tiempo a las necesidades de personal, materiales y mantención del establecimiento.',
    ],
    'LID-2': [
      'El director comunica con claridad las prioridades del establecimiento y las metas del PME.',
      'El director está presente en el día a día del establecimiento y es accesible para los docentes.',
      'El director reconoce el trabajo de los docentes y promueve un ambiente de confianza.',
    ],
    'LID-3': [
      'Los docentes participamos en el diagnóstico y en la elaboración del PME.',
      'El equipo directivo comparte con los docentes el análisis de los resultados (SIMCE, evaluaciones internas, asistencia) y lo usa para tomar decisiones.',
    ],
    'GP-1': [
      'La UTP entrega orientaciones claras para planificar y evaluar.',
      'Recibo retroalimentación útil de la UTP sobre mis planificaciones, evaluaciones y clases observadas.',
      'Existen tiempos de trabajo colaborativo entre docentes para planificar, analizar resultados y compartir prácticas.',
    ],
    'GP-2': [
      'En mis clases doy a conocer el objetivo de aprendizaje y lo retomo al cierre.',
      'Uso estrategias y recursos variados para que todos los estudiantes aprendan, según sus distintos ritmos.',
      'Retroalimento a los estudiantes durante la clase y les explico cómo mejorar sus trabajos.',
    ],
    'GP-3': [
      'Cuento con información oportuna sobre los estudiantes que necesitan apoyo (rezago, necesidades educativas especiales, inasistencia).',
      'Trabajo coordinado con el equipo PIE en la planificación y en el aula.',
      'Cuando detecto a un estudiante con dificultades sociales o emocionales, sé a quién derivarlo y recibe apoyo.',
    ],
    'FC-1': [
      'El establecimiento desarrolla en los estudiantes los valores y sellos declarados en el PEI.',
      'Hay instancias planificadas de orientación y formación (consejo de curso, orientación, afectividad y sexualidad).',
    ],
    'FC-2': [
      'Todos los adultos aplican las normas del reglamento interno de manera justa y consistente.',
      'El establecimiento es un lugar seguro, con un trato respetuoso entre estudiantes y adultos.',
      'Ante conflictos o acoso escolar, el equipo de convivencia escolar actúa a tiempo y sigue los protocolos.',
    ],
    'FC-3': [
      'En el Consejo de Profesores se escuchan y se consideran las opiniones de los docentes.',
      'El establecimiento promueve la participación de estudiantes y apoderados (Centro de Estudiantes, Centro de Padres, directivas de curso).',
    ],
    'GR-1': [
      'Conozco con claridad mis funciones y las responsabilidades de mi cargo.',
      'Tengo acceso a capacitaciones y oportunidades de desarrollo profesional acordes a mis necesidades.',
      'Se evalúa mi desempeño y recibo retroalimentación sobre mi trabajo.',
    ],
    'GR-2': [
      'Conozco en qué se usan los recursos SEP del establecimiento.',
      'El equipo directivo informa a la comunidad sobre el uso de los recursos, por ejemplo en la cuenta pública.',
    ],
    'GR-3': [
      'Cuento con los materiales y recursos didácticos necesarios para hacer mis clases.',
      'La biblioteca CRA, los laboratorios y los equipos tecnológicos están disponibles y en buen estado.',
      'Las salas de clases y los espacios comunes están limpios, seguros y en buenas condiciones.',
    ],
  },
  [
    '¿Qué es lo que mejor hace nuestro establecimiento?',
    '¿Qué debería mejorar primero el establecimiento? ¿Por qué?',
    '¿Qué apoyo necesita usted para mejorar el aprendizaje de sus estudiantes?',
  ],
);
