/* eslint-disable max-lines -- five questionnaires of fixed texts; ids depend on position, so they stay together */
// Ready-made questionnaires for the participatory diagnosis (domain.md §5), one per stakeholder
// group, in the style of Mineduc's autoevaluación institucional: statements rated on the 4-level
// scale, grouped by subdimension of the MGE (§3), plus a few open questions.
//
// Ids are stable and stored in responses: instrument `tpl-<group>`, scale items
// `<prefix>-<SUB>-<n>` (e.g. `doc-LID2-1`, n = position within the subdimension, from 1) and open
// items `<prefix>-ab-<n>`. Never reorder or delete texts inside a subdimension's list: add new
// ones at the end so existing ids keep their meaning (a changed template is a new version).
//
// Language: es-CL, plain words; adults are addressed with "usted", estudiantes with "tú".
import type { SubdimensionCode } from '../mge/modelo.ts';
import type { Instrument, Item, OpenItem, ScaleItem, StakeholderGroup } from './model.ts';

type ScaleContent = Partial<Record<SubdimensionCode, readonly string[]>>;

const SUB_ORDER: readonly SubdimensionCode[] = [
  'LID-1',
  'LID-2',
  'LID-3',
  'GP-1',
  'GP-2',
  'GP-3',
  'FC-1',
  'FC-2',
  'FC-3',
  'GR-1',
  'GR-2',
  'GR-3',
];

function scaleItems(prefix: string, content: ScaleContent): ScaleItem[] {
  return SUB_ORDER.flatMap((sub) =>
    (content[sub] ?? []).map((text, i): ScaleItem => ({
      id: `${prefix}-${sub.replace('-', '')}-${i + 1}`,
      kind: 'scale',
      subdimension: sub,
      text,
    })),
  );
}

function openItems(prefix: string, texts: readonly string[]): OpenItem[] {
  return texts.map((text, i): OpenItem => ({ id: `${prefix}-ab-${i + 1}`, kind: 'open', text }));
}

function template(
  group: StakeholderGroup,
  prefix: string,
  title: string,
  scale: ScaleContent,
  open: readonly string[],
): Instrument {
  const items: Item[] = [...scaleItems(prefix, scale), ...openItems(prefix, open)];
  // Frozen: the shared templates can be read, never changed in place (copy with templateFor).
  items.forEach((i) => Object.freeze(i));
  return Object.freeze({ id: `tpl-${group}`, group, title, version: 1, items: Object.freeze(items) as Item[] });
}

const DIRECTIVOS = template(
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

const DOCENTES = template(
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

const ASISTENTES = template(
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

const ESTUDIANTES = template(
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

const APODERADOS = template(
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

/** One ready-made questionnaire per stakeholder group, version 1, in the order of STAKEHOLDER_GROUPS. */
export const READY_MADE_INSTRUMENTS: readonly Instrument[] = Object.freeze([
  DIRECTIVOS,
  DOCENTES,
  ASISTENTES,
  ESTUDIANTES,
  APODERADOS,
]);

/** The ready-made questionnaire of a group (a fresh copy: editing it never touches the template). */
export function templateFor(group: StakeholderGroup): Instrument {
  const found = READY_MADE_INSTRUMENTS.find((t) => t.group === group);
  if (!found) throw new RangeError(`no template for group ${group}`);
  return { ...found, items: found.items.map((i) => ({ ...i })) };
}
