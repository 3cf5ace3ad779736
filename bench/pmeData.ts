// A deterministic full PME for benchmarks (no randomness: every value follows from indexes):
// cycle 2026–2029, 12 objectives (2 Liderazgo, 3 Gestión Pedagógica, 3 Formación y Convivencia,
// 2 Gestión de Recursos, 2 área de resultados), 20 goals, 24 strategies, 40 actions of 2026 (two per
// strategy of the process dimensions) with funding from several sources, dates inside the school
// year, and a declared SEP budget. Validated by the model's schema.
import { subdimensionsOf } from '../src/domain/mge/modelo.ts';
import { NORMATIVE_PLANS } from '../src/domain/diagnosis/peiPlanes.ts';
import { FUNDING_SOURCE_CODES, pmePlanSchema, type PmeAreaCode, type PmePlan } from '../src/domain/pme/model.ts';

export const BENCH_YEAR = 2026;
export const BENCH_SCHOOL = {
  name: 'Escuela Básica Los Aromos',
  rbd: '7423',
  dv: '3',
  comuna: 'Ñuñoa',
  dependencia: 'Servicio Local de Educación Pública (SLEP)',
};

const AREAS: PmeAreaCode[] = ['LID', 'LID', 'GP', 'GP', 'GP', 'FC', 'FC', 'FC', 'GR', 'GR', 'RES', 'RES'];
const UNITS = ['%', 'puntos', 'número', 'promedio'] as const;
const CARGOS = [
  'Director/a',
  'Jefe/a de UTP',
  'Encargado/a de convivencia escolar',
  'Coordinador/a PIE',
  'Inspector/a general',
];
const pad = (n: number) => String(n).padStart(2, '0');

// eslint-disable-next-line max-lines-per-function -- a fixture: each level of the plan built from indexes, in order
export function buildFullPlan(): PmePlan {
  const objectives = AREAS.map((dimension, i) => ({
    id: `o${i + 1}`,
    dimension,
    text: `Objetivo estratégico ${i + 1}: lograr que el ${60 + i}% de los estudiantes y docentes participe en las prácticas de mejora definidas por el equipo de gestión al 2029`,
    priorityIds: [`p${(i % 5) + 1}`],
  }));
  const goals = objectives.flatMap((o, i) =>
    Array.from({ length: i < 8 ? 2 : 1 }, (_, j) => {
      const unit = UNITS[(i + j) % UNITS.length] ?? '%';
      const base = unit === 'puntos' ? 240 + i : unit === '%' ? 40 + i : unit === 'promedio' ? 5.1 : 3 + i;
      const step = unit === 'puntos' ? 4 : unit === '%' ? 8 : unit === 'promedio' ? 0.2 : 2;
      return {
        id: `${o.id}-g${j + 1}`,
        objectiveId: o.id,
        text: `Meta ${j + 1} del objetivo ${i + 1}: el indicador pasa de su línea base a la meta del ciclo en cuatro años`,
        indicator: {
          name: `Indicador ${i + 1}.${j + 1} (${unit})`,
          unit,
          min: unit === '%' ? 0 : null,
          max: unit === '%' ? 100 : null,
        },
        baseline: {
          value: base,
          year: 2025,
          source: unit === 'puntos' ? 'SIMCE 2024' : 'Diagnóstico institucional 2025',
        },
        targets: [2026, 2027, 2028, 2029].map((year, k) => ({
          year,
          value: Math.round((base + step * (k + 1)) * 10) / 10,
        })),
      };
    }),
  );
  const strategies = objectives.flatMap((o, i) =>
    [1, 2].map((j) => ({
      id: `${o.id}-s${j}`,
      objectiveId: o.id,
      text: `Estrategia ${j} del objetivo ${i + 1}: acompañamiento, formación y monitoreo de prácticas`,
    })),
  );
  const processStrategies = strategies.filter(
    (s) => objectives.find((o) => o.id === s.objectiveId)?.dimension !== 'RES',
  );
  const actions = processStrategies.flatMap((s, i) =>
    [0, 1].map((j) => {
      const n = i * 2 + j;
      const dimension = objectives.find((o) => o.id === s.objectiveId)?.dimension;
      if (dimension === undefined || dimension === 'RES') throw new Error('actions belong to a process dimension');
      const subs = subdimensionsOf(dimension).map((x) => x.code);
      const startMonth = 3 + (n % 6);
      const funding = Object.fromEntries(
        FUNDING_SOURCE_CODES.map((code, k) => [
          code,
          k === 0 ? 250_000 * (1 + (n % 7)) : (n + k) % 4 === 0 ? 50_000 * k : 0,
        ]),
      );
      return {
        id: `a${n + 1}`,
        strategyId: s.id,
        year: BENCH_YEAR,
        nombre: `Acción ${n + 1}: taller de ${['lectura compartida', 'análisis de datos', 'convivencia escolar', 'gestión de recursos'][n % 4]} para la comunidad educativa`,
        descripcion: `Descripción de la acción ${n + 1}: sesiones mensuales con registro de asistencia, materiales y evaluación de cada sesión.`,
        dimension,
        subdimensiones: subs.slice(0, 1 + (n % subs.length)),
        fechaInicio: `${BENCH_YEAR}-${pad(startMonth)}-${pad(2 + (n % 20))}`,
        fechaTermino: `${BENCH_YEAR}-${pad(startMonth + 3)}-${pad(10 + (n % 18))}`,
        responsable: CARGOS[n % CARGOS.length] ?? 'Director/a',
        recursos: 'Horas de coordinación, materiales impresos, proyector',
        mediosVerificacion: ['Listas de asistencia', 'Actas de reunión', 'Registro fotográfico'].slice(0, 1 + (n % 3)),
        usoTIC: n % 2 === 0,
        asesoriaATE: n % 3 === 0,
        planesNormativos: NORMATIVE_PLANS.filter((_, k) => (n + k) % 4 === 0).map((p) => p.code),
        programaAsociado: n % 5 === 0 ? 'Plan Nacional de Lectura' : '',
        financiamiento: funding,
      };
    }),
  );
  return pmePlanSchema.parse({
    id: 'bench-plan',
    schoolId: BENCH_SCHOOL.rbd,
    cycle: { startYear: 2026, years: 4 },
    vision: 'Ser una comunidad educativa inclusiva, que aprende con otros y cuida su entorno. '.repeat(3).trim(),
    sellos: ['Inclusión', 'Vida saludable', 'Conciencia ambiental'].map((text, i) => ({ id: `se${i + 1}`, text })),
    objectives,
    goals,
    strategies,
    actions,
    annual: [{ year: BENCH_YEAR, schoolYear: { start: '2026-03-02', end: '2026-12-18' }, declaredSep: 40_000_000 }],
  });
}
