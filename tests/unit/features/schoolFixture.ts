/* eslint-disable max-lines -- one realistic school, every document of it: a fixture read as a whole */
// One realistic school for the R-8 tests (a screen and its PDF from the same data): a PME of the
// cycle 2026–2029 with metas and a target per year, the annual plans 2026 and 2027 (the year
// evaluated is 2027, not the cycle's last), monitoring cortes and records of both years, indicator
// measurements of 2026, 2027 and 2028 (a later measurement must not count for 2027), diagnosis
// responses from docentes, estudiantes and apoderados, evaluation responses from docentes,
// estudiantes and directivos, results data, decisions and an Acta de Verificación. Deterministic:
// every value follows from indexes. Free texts carry no digits, so every digit printed is a figure.
import { buildFullPlan } from '../../../bench/pmeData.ts';
import { aggregateDiagnosis, type DiagnosisAggregate } from '../../../src/domain/diagnosis/aggregation.ts';
import type { Response, StakeholderGroup } from '../../../src/domain/diagnosis/model.ts';
import { READY_MADE_INSTRUMENTS } from '../../../src/domain/diagnosis/templates.ts';
import { actaSchema, type ActaVerificacion } from '../../../src/domain/evaluation/acta.ts';
import type { Decision } from '../../../src/domain/evaluation/decisions.ts';
import type { EvaluationSources } from '../../../src/domain/evaluation/figures.ts';
import { EVALUATION_INSTRUMENTS } from '../../../src/domain/evaluation/templates.ts';
import type { MonitoringCycle } from '../../../src/domain/monitoring/cycles.ts';
import { IMPLEMENTATION_LEVELS } from '../../../src/domain/monitoring/levels.ts';
import type { IndicatorMeasurement, MonitoringRecord } from '../../../src/domain/monitoring/records.ts';
import { emptyFunding, pmePlanSchema, type PmePlan, type StrategicGoal } from '../../../src/domain/pme/model.ts';
import { pesos } from '../../../src/domain/shared/money.ts';
import { efficiencyYearSchema } from '../../../src/domain/results/schemas.ts';

export const YEAR = 2027;
export const SCHOOL = {
  name: 'Escuela Rural Los Canelos',
  rbd: '7423',
  dv: '3',
  comuna: 'Panguipulli',
  dependencia: 'Municipal DAEM',
};

const ACTIVITIES = [
  'lectura compartida',
  'análisis de datos',
  'convivencia escolar',
  'gestión de recursos',
  'comunidades de aprendizaje',
  'acompañamiento al aula',
];
const PLACES = ['para docentes', 'para la comunidad', 'con apoderados', 'con estudiantes'];

type GoalSpec = Pick<StrategicGoal, 'indicator' | 'baseline' | 'targets'> & { name: string };
const pct = (name: string, min: number | null = 0) => ({ name, unit: '%' as const, min, max: 100 });
const t = (pairs: [number, number | null][]) => pairs.map(([year, value]) => ({ year, value }));

/**
 * The logro-de-metas cases (goals.ts LM-*), evaluated for 2027:
 * lectura — higher is better, 2027 target 40 (2029: 50), 37 in Nov 2027 and 48 in 2028 → 70 %, parcial;
 * ausentismo — lower is better, 2027 target 15 (2029: 10), 14 → 120 %, logrado (60 % against 2029);
 * repitencia — lower is better, moves the wrong way (12 from 10 towards 8) → retrocede, no logrado;
 * abandono — "mantener" 0 with min 0 → logrado;
 * matemática — only a 2029 target → sin meta para 2027;
 * asistencia — no measurement → sin medición.
 */
const GOALS: GoalSpec[] = [
  {
    name: 'Estudiantes con lectura fluida',
    indicator: pct('Estudiantes con lectura fluida'),
    baseline: { value: 30, year: 2025, source: 'Prueba de dominio lector' },
    targets: t([
      [2026, 35],
      [2027, 40],
      [2028, 45],
      [2029, 50],
    ]),
  },
  {
    name: 'Ausentismo crónico',
    indicator: pct('Ausentismo crónico'),
    baseline: { value: 20, year: 2025, source: 'SIGE' },
    targets: t([
      [2026, 18],
      [2027, 15],
      [2028, 12],
      [2029, 10],
    ]),
  },
  {
    name: 'Repitencia',
    indicator: pct('Repitencia'),
    baseline: { value: 10, year: 2025, source: 'SIGE' },
    targets: t([
      [2026, 9],
      [2027, 8],
      [2028, 7],
      [2029, 6],
    ]),
  },
  {
    name: 'Abandono escolar',
    indicator: pct('Abandono escolar'),
    baseline: { value: 0, year: 2025, source: 'SIGE' },
    targets: t([
      [2026, 0],
      [2027, 0],
      [2028, 0],
      [2029, 0],
    ]),
  },
  {
    name: 'Logro en matemática',
    indicator: { name: 'Logro en matemática', unit: 'puntos', min: null, max: null },
    baseline: { value: 240, year: 2024, source: 'SIMCE' },
    targets: t([
      [2026, null],
      [2027, null],
      [2028, null],
      [2029, 256],
    ]),
  },
  {
    name: 'Asistencia promedio',
    indicator: pct('Asistencia promedio'),
    baseline: { value: 85, year: 2025, source: 'SIGE' },
    targets: t([
      [2026, 87],
      [2027, 89],
      [2028, 91],
      [2029, 93],
    ]),
  },
];
const MEASURED: [number, string, number][] = [
  [0, '2026-11-20', 33],
  [0, '2027-06-15', 35],
  [0, '2027-11-20', 37],
  [0, '2028-05-10', 48],
  [1, '2027-10-30', 14],
  [1, '2028-04-30', 9],
  [2, '2027-12-15', 12],
  [3, '2027-12-15', 0],
  [4, '2027-11-30', 250],
];

function plan(): PmePlan {
  const base = buildFullPlan();
  const words = (i: number) =>
    `${ACTIVITIES[i % ACTIVITIES.length]} ${PLACES[Math.floor(i / ACTIVITIES.length) % PLACES.length]}`;
  const objectives = base.objectives.map((o, i) => ({ ...o, text: `Fortalecer ${words(i)} en el ciclo del plan` }));
  const strategies = base.strategies.map((s, i) => ({ ...s, text: `Estrategia de ${words(i + 3)}` }));
  const goals = base.goals.map((g, i) => {
    const spec = GOALS[i];
    if (!spec)
      return { ...g, text: `Mejorar ${words(i)}`, indicator: { ...g.indicator, name: `Indicador de ${words(i)}` } };
    return {
      ...g,
      text: `Meta de ${spec.name.toLowerCase()}`,
      indicator: { ...spec.indicator, name: spec.name },
      baseline: spec.baseline,
      targets: spec.targets,
    };
  });
  // Half of the actions in 2026, half in 2027 (the year evaluated).
  const actions = base.actions.map((a, i) => {
    const year = i % 2 === 0 ? 2026 : YEAR;
    return {
      ...a,
      year,
      nombre: `Taller de ${words(i)} ${['inicial', 'intermedio', 'avanzado', 'de cierre'][i % 4]}${i >= 24 ? ' ampliado' : ''}`,
      fechaInicio: `${year}${a.fechaInicio.slice(4)}`,
      fechaTermino: `${year}${a.fechaTermino.slice(4)}`,
    };
  });
  return pmePlanSchema.parse({
    ...base,
    objectives,
    strategies,
    goals,
    actions,
    annual: [
      ...base.annual,
      { year: YEAR, schoolYear: { start: '2027-03-01', end: '2027-12-17' }, declaredSep: 40_000_000 },
    ],
  });
}

function monitoring(pme: PmePlan) {
  const cycles: MonitoringCycle[] = [
    { id: 'c26', year: 2026, name: 'Corte único', start: '2026-03-01', end: '2026-12-15' },
    { id: 'c27a', year: YEAR, name: 'Primer corte', start: '2027-03-01', end: '2027-07-15' },
    { id: 'c27b', year: YEAR, name: 'Segundo corte', start: '2027-08-01', end: '2027-12-15' },
  ];
  const records: MonitoringRecord[] = [];
  pme.actions.forEach((a, ai) => {
    const mine = cycles.filter((c) => c.year === a.year);
    mine.forEach((c, ci) => {
      if (ai % 7 === 3 && ci === mine.length - 1) return; // some actions unrecorded in the last corte
      if (ai % 11 === 5) return; // and some never recorded
      const level = IMPLEMENTATION_LEVELS[(ai * 3 + ci) % IMPLEMENTATION_LEVELS.length]!;
      records.push({
        id: `${a.id}|${c.id}`,
        actionId: a.id,
        cycleId: c.id,
        level: level.code,
        progress: Math.min(level.max, level.min + (ai % 5) * 3),
        executed: { ...emptyFunding(), sep: pesos(Math.floor((a.financiamiento.sep * (ci + 1) * (1 + (ai % 3))) / 6)) },
        medios: a.mediosVerificacion.slice(0, 1).map((text) => ({ index: 0, text, attachments: [] })),
        observaciones: 'Avance según lo planificado.',
        dificultades: '',
        ajustes: '',
        instrumentRecordId: null,
        recordedAt: `${c.end}T10:00:00Z`,
        recordedBy: 'Jefa de UTP',
      });
    });
  });
  const measurements: IndicatorMeasurement[] = MEASURED.map(([gi, date, value], i) => ({
    id: `m${i}`,
    goalId: pme.goals[gi]!.id,
    value,
    date,
    source: 'SIGE',
    cycleId: date.startsWith('2027') ? 'c27b' : 'c26',
    recordedBy: 'Jefa de UTP',
  }));
  // The other goals: measured in 2027 and again in 2028.
  pme.goals.slice(GOALS.length).forEach((g, i) => {
    const first = g.targets.find((x) => x.year === 2026)?.value ?? 0;
    measurements.push({
      id: `mx${i}a`,
      goalId: g.id,
      value: first + (i % 4) - 1,
      date: '2027-11-10',
      source: 'SIGE',
      cycleId: 'c27b',
      recordedBy: 'Jefa de UTP',
    });
    measurements.push({
      id: `mx${i}b`,
      goalId: g.id,
      value: first + 10,
      date: '2028-06-10',
      source: 'SIGE',
      cycleId: 'c27b',
      recordedBy: 'Jefa de UTP',
    });
  });
  return { cycles, records, measurements };
}

/** The estamentos see the school differently (so averaging by answer or by group gives different figures). */
const GROUP_BIAS: Partial<Record<StakeholderGroup, number>> = { estudiantes: 1, apoderados: -1, directivos: 1 };

/** Liderazgo scores high and Gestión de Recursos low, so there are strengths and weaknesses. */
const lean = (sub: string, v: number) =>
  Math.min(4, Math.max(1, sub.startsWith('LID') ? v + 1 : sub.startsWith('GR') ? v - 1 : v)) as 1 | 2 | 3 | 4;

/** Every scale item of the group's instrument answered: 1–4 from indexes, 'ns' now and then. */
function responses(
  instrumentId: string,
  group: StakeholderGroup,
  count: number,
  shift: number,
  list = READY_MADE_INSTRUMENTS,
): Response[] {
  const ins = list.find((i) => i.id === instrumentId)!;
  const scale = ins.items.filter((i) => i.kind === 'scale');
  return Array.from({ length: count }, (_, r) => ({
    id: `${instrumentId}-r${r}`,
    instrumentId,
    instrumentVersion: ins.version,
    group,
    mode: r % 3 === 0 ? 'paper' : 'kiosk',
    startedAt: '2026-04-10T10:00:00Z',
    completedAt: '2026-04-10T10:20:00Z',
    answers: Object.fromEntries(
      scale.map((item, k) => [
        item.id,
        (r + k) % 9 === 4
          ? 'ns'
          : lean(
              item.kind === 'scale' ? item.subdimension : '',
              ((r * 5 + k * 3 + shift) % 4) + 1 + (GROUP_BIAS[group] ?? 0) * (k % 2),
            ),
      ]),
    ),
    openAnswers: {},
  }));
}

export const POPULATION: Partial<Record<StakeholderGroup, number>> = {
  directivos: 3,
  docentes: 18,
  estudiantes: 96,
  apoderados: 80,
  asistentes: 9,
};

export function diagnosisResponses(): Response[] {
  return [
    ...responses('tpl-docentes', 'docentes', 12, 1),
    ...responses('tpl-estudiantes', 'estudiantes', 16, 0),
    ...responses('tpl-apoderados', 'apoderados', 9, 2),
  ];
}

export function evaluationResponses(): Response[] {
  return [
    ...responses('eval-docentes', 'docentes', 10, 3, EVALUATION_INSTRUMENTS),
    ...responses('eval-estudiantes', 'estudiantes', 14, 2, EVALUATION_INSTRUMENTS),
    ...responses('eval-directivos', 'directivos', 3, 3, EVALUATION_INSTRUMENTS),
  ];
}

export function diagnosisAggregate(): DiagnosisAggregate {
  return aggregateDiagnosis(READY_MADE_INSTRUMENTS, diagnosisResponses(), POPULATION);
}

const DECISIONS = (pme: PmePlan): Decision[] => [
  {
    id: 'd1',
    scope: 'accion',
    targetId: pme.actions[1]!.id,
    year: YEAR,
    kind: 'ajustar',
    rationale: 'Baja asistencia en el segundo corte.',
    proposal: 'Cambiar el horario a la mañana.',
    recordIds: [],
    goalIds: [],
    decidedBy: 'Equipo de gestión',
    decidedAt: '2027-11-20T10:00:00Z',
  },
  {
    id: 'd2',
    scope: 'accion',
    targetId: pme.actions[3]!.id,
    year: YEAR,
    kind: 'continuar',
    rationale: 'Cumplida con evidencia.',
    proposal: '',
    recordIds: [],
    goalIds: [pme.goals[1]!.id],
    decidedBy: 'Equipo de gestión',
    decidedAt: '2027-11-20T10:00:00Z',
  },
];

export interface SchoolFixture {
  sources: EvaluationSources;
  population: typeof POPULATION;
  acta: ActaVerificacion;
}

export function schoolFixture(year = YEAR): SchoolFixture {
  const pme = plan();
  const { cycles, records, measurements } = monitoring(pme);
  const efficiency = [2024, 2025, 2026, 2027].map((y, i) =>
    efficiencyYearSchema.parse({
      year: y,
      matricula: 180 + i * 4,
      asistenciaPct: 86.5 + i,
      retencionPct: 97,
      aprobacionPct: 93 + i / 2,
      reprobacionPct: 7 - i / 2,
      repitenciaPct: 4.2 - i / 4,
    }),
  );
  const actions = pme.actions.filter((a) => a.year === year);
  const results = ['verificada', 'verificada', 'parcial', 'no-verificada'] as const;
  const acta = actaSchema.parse({
    id: 'acta-2027',
    schoolId: SCHOOL.rbd,
    year,
    pmeVersionId: null,
    date: '2027-12-16',
    observaciones: 'Se revisaron las carpetas de evidencias.',
    correctsActaId: null,
    signatures: [],
    items: actions.map((a, i) => {
      const result = results[i % results.length]!;
      return {
        actionId: a.id,
        mediosExist: result === 'no-verificada' ? 'no' : 'en-papel',
        evidence: [],
        result,
        observations: '',
      };
    }),
  });
  return {
    sources: {
      year,
      pme,
      cycles,
      records,
      measurements,
      decisions: DECISIONS(pme),
      diagnosis: diagnosisAggregate(),
      evaluation: aggregateDiagnosis(EVALUATION_INSTRUMENTS, evaluationResponses(), {}),
      results: { simce: [], idps: [], efficiency },
    },
    population: POPULATION,
    acta,
  };
}
