// Ready-made instruments of the participatory evaluation (month 7), one per stakeholder group, in
// the diagnosis' own model (diagnosis/model.ts: Instrument, scale items per subdimension of the MGE,
// open items). The diagnosis engine serves them unchanged: kiosk, paper entry, versioning
// (instrumentEditing.ts) and aggregateDiagnosis, whose output is then compared with the diagnosis'
// (impact.ts). Nothing of that engine is copied here.
//
// Per subdimension a group can judge, two statements on the same 4-level scale: the perceived
// implementation of the year's PME actions ("se realizaron") and their perceived effect ("mejoraron").
// Ids are stable and stored in responses: instrument `eval-<group>` (the diagnosis uses `tpl-<group>`),
// scale items `ev<prefix>-<SUB>-<aspect><n>` (aspect `i` implementation, `e` effect, e.g.
// `evdoc-GP2-i1`), open items `ev<prefix>-ab-<n>`. Add new texts at the end, never reorder.
import { SUBDIMENSION_CODES, type SubdimensionCode } from '../mge/modelo.ts';
import type { Instrument, Item, StakeholderGroup } from '../diagnosis/model.ts';
import { freshCopy, frozenInstrument, openItemsOf, scaleItemsOf } from '../diagnosis/templateBuilder.ts';

export const EVALUATION_ASPECTS = [
  { code: 'implementacion', label: 'Implementación percibida', idLetter: 'i' },
  { code: 'efecto', label: 'Efecto percibido', idLetter: 'e' },
] as const;

/** Per subdimension: [implementation statement, effect statement]. */
type Content = Partial<Record<SubdimensionCode, readonly [string, string]>>;

/** What the PME's actions of each subdimension are about, in plain words for adults. */
const ADULT_TOPICS: Record<SubdimensionCode, string> = {
  'LID-1': 'el apoyo del sostenedor al establecimiento',
  'LID-2': 'el liderazgo del director',
  'LID-3': 'la planificación y el uso de datos para tomar decisiones',
  'GP-1': 'la gestión curricular (planificación, cobertura y acompañamiento a los docentes)',
  'GP-2': 'la enseñanza y el aprendizaje en el aula',
  'GP-3': 'el apoyo a los estudiantes con dificultades o necesidades especiales',
  'FC-1': 'la formación de los estudiantes según los sellos del PEI',
  'FC-2': 'la convivencia escolar y el buen trato',
  'FC-3': 'la participación de la comunidad educativa',
  'GR-1': 'la gestión y el desarrollo profesional del personal',
  'GR-2': 'el uso de los recursos financieros (SEP y otros)',
  'GR-3': 'los recursos educativos y la infraestructura',
};

const adult = (sub: SubdimensionCode): readonly [string, string] => [
  `Las acciones del PME de este año sobre ${ADULT_TOPICS[sub]} se realizaron según lo planificado.`,
  `Las acciones del PME de este año mejoraron ${ADULT_TOPICS[sub]}.`,
];
const adultContent = (subs: readonly SubdimensionCode[]): Content => Object.fromEntries(subs.map((s) => [s, adult(s)]));

function template(
  group: StakeholderGroup,
  prefix: string,
  title: string,
  content: Content,
  open: readonly string[],
): Instrument {
  const items: Item[] = [
    ...scaleItemsOf(content, (sub, i) => `ev${prefix}-${sub.replace('-', '')}-${EVALUATION_ASPECTS[i]!.idLetter}1`),
    ...openItemsOf(`ev${prefix}`, open),
  ];
  return frozenInstrument({ id: `eval-${group}`, group, title }, items);
}

const ADULT_OPEN = [
  '¿Qué acción del PME de este año tuvo el mayor efecto en el establecimiento? ¿Por qué?',
  '¿Qué acción no se realizó o no dio resultado? ¿Qué lo dificultó?',
  '¿Qué debería mantenerse, cambiar o agregarse en el PME del próximo año?',
] as const;

const DIRECTIVOS = template(
  'directivos',
  'dir',
  'Evaluación participativa del PME: Equipo directivo',
  adultContent(SUBDIMENSION_CODES),
  ADULT_OPEN,
);

const DOCENTES = template(
  'docentes',
  'doc',
  'Evaluación participativa del PME: Docentes',
  adultContent(SUBDIMENSION_CODES),
  ADULT_OPEN,
);

const ASISTENTES = template(
  'asistentes',
  'asi',
  'Evaluación participativa del PME: Asistentes de la educación',
  adultContent(['LID-1', 'LID-2', 'LID-3', 'GP-3', 'FC-1', 'FC-2', 'FC-3', 'GR-1', 'GR-3']),
  ADULT_OPEN,
);

const ESTUDIANTES = template(
  'estudiantes',
  'est',
  'Evaluación del año: estudiantes',
  {
    'LID-2': [
      'Este año el equipo directivo conversó con los estudiantes y escuchó sus opiniones.',
      'Hoy siento que el equipo directivo escucha más a los estudiantes que el año pasado.',
    ],
    'GP-2': [
      'Este año hubo cambios en las clases para que aprendamos mejor.',
      'Esos cambios me ayudaron a aprender mejor en las clases.',
    ],
    'GP-3': [
      'Este año el colegio dio ayuda extra a los estudiantes a los que les cuesta aprender.',
      'La ayuda extra sirvió: a quienes la recibieron les va mejor.',
    ],
    'FC-1': [
      'Este año hubo actividades sobre valores, vida saludable y cuidado personal.',
      'Esas actividades me sirvieron para mi vida.',
    ],
    'FC-2': [
      'Este año el colegio hizo actividades para mejorar la convivencia y el buen trato.',
      'Hoy me siento más seguro o segura en el colegio que el año pasado.',
    ],
    'FC-3': [
      'Este año los estudiantes pudimos participar en decisiones y actividades del colegio.',
      'Hoy los estudiantes participamos más que el año pasado.',
    ],
    'GR-3': [
      'Este año el colegio mejoró salas, biblioteca, computadores o materiales.',
      'Esas mejoras me ayudan a aprender.',
    ],
  },
  [
    '¿Qué fue lo mejor que hizo tu colegio este año?',
    '¿Qué no funcionó o faltó este año?',
    '¿Qué te gustaría que el colegio hiciera el próximo año?',
  ],
);

const APODERADOS = template(
  'apoderados',
  'apo',
  'Evaluación del año: apoderados',
  {
    'LID-2': [
      'Este año el equipo directivo informó a las familias sobre las metas y acciones del colegio.',
      'Hoy estoy mejor informado o informada sobre lo que hace el colegio que el año pasado.',
    ],
    'GP-2': [
      'Este año el colegio hizo cambios para mejorar los aprendizajes de los estudiantes.',
      'Esos cambios mejoraron los aprendizajes de mi hijo o hija.',
    ],
    'GP-3': [
      'Este año el colegio dio apoyo a los estudiantes con dificultades para aprender.',
      'Ese apoyo ayudó a los estudiantes que lo necesitaban.',
    ],
    'FC-1': [
      'Este año el colegio invitó a las familias a talleres o actividades de formación.',
      'Esas actividades me ayudaron a apoyar la formación de mi hijo o hija.',
    ],
    'FC-2': [
      'Este año el colegio hizo actividades para mejorar la convivencia y el buen trato.',
      'Hoy mi hijo o hija se siente más seguro y mejor tratado en el colegio que el año pasado.',
    ],
    'FC-3': [
      'Este año el colegio dio espacios a los apoderados para opinar y participar.',
      'Hoy los apoderados participamos más en el colegio que el año pasado.',
    ],
    'GR-3': [
      'Este año el colegio mejoró la infraestructura, los materiales o los recursos de aprendizaje.',
      'Esas mejoras se notan en el día a día de los estudiantes.',
    ],
  },
  [
    '¿Qué fue lo mejor que hizo el colegio este año?',
    '¿Qué no funcionó o faltó este año?',
    '¿Qué le gustaría a usted que el colegio hiciera el próximo año?',
  ],
);

/** One ready-made evaluation instrument per stakeholder group, version 1, in the order of STAKEHOLDER_GROUPS. */
export const EVALUATION_INSTRUMENTS: readonly Instrument[] = Object.freeze([
  DIRECTIVOS,
  DOCENTES,
  ASISTENTES,
  ESTUDIANTES,
  APODERADOS,
]);

/** The ready-made evaluation instrument of a group (a fresh copy: editing it never touches the template). */
export function evaluationTemplateFor(group: StakeholderGroup): Instrument {
  return freshCopy(EVALUATION_INSTRUMENTS, group, 'evaluation template');
}
