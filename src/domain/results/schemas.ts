// A school's results data (docs/domain.md §5 and §2): SIMCE, IDPS, eficiencia interna and the
// categoría de desempeño. Closed vocabularies carry a stable code and the Spanish label.
import { z } from 'zod';
import { passFailSumError } from '../bounds.ts';

export const SIMCE_TESTS = [
  { code: 'lectura', label: 'Lectura' },
  { code: 'matematica', label: 'Matemática' },
  { code: 'ciencias', label: 'Ciencias Naturales' },
  { code: 'historia', label: 'Historia, Geografía y Ciencias Sociales' },
  { code: 'escritura', label: 'Escritura' },
] as const;
export type SimceTest = (typeof SIMCE_TESTS)[number]['code'];
export const SIMCE_TEST_CODES = SIMCE_TESTS.map((t) => t.code) as [SimceTest, ...SimceTest[]];

export const SIMCE_GRADES = [
  { code: '2b', label: '2° básico' },
  { code: '4b', label: '4° básico' },
  { code: '6b', label: '6° básico' },
  { code: '8b', label: '8° básico' },
  { code: '2m', label: '2° medio' },
  { code: '3m', label: '3° medio' },
] as const;
export type SimceGrade = (typeof SIMCE_GRADES)[number]['code'];
export const SIMCE_GRADE_CODES = SIMCE_GRADES.map((g) => g.code) as [SimceGrade, ...SimceGrade[]];

/** Grupo socioeconómico (GSE) of the Agencia, `cod_grupo` 1–5. */
export const SOCIOECONOMIC_GROUPS = [
  { code: 1, label: 'Bajo' },
  { code: 2, label: 'Medio bajo' },
  { code: 3, label: 'Medio' },
  { code: 4, label: 'Medio alto' },
  { code: 5, label: 'Alto' },
] as const;

/** The four IDPS the Agencia reports from the SIMCE questionnaires (scores 0–100). */
export const IDPS_INDICATORS = [
  { code: 'AM', label: 'Autoestima académica y motivación escolar' },
  { code: 'CC', label: 'Clima de convivencia escolar' },
  { code: 'PF', label: 'Participación y formación ciudadana' },
  { code: 'HV', label: 'Hábitos de vida saludable' },
] as const;
export type IdpsIndicator = (typeof IDPS_INDICATORS)[number]['code'];
export const IDPS_INDICATOR_CODES = IDPS_INDICATORS.map((i) => i.code) as [IdpsIndicator, ...IdpsIndicator[]];

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** Tolerance of the rule "Insuficiente + Elemental + Adecuado = 100" (the Agencia rounds each to one decimal). */
export const STANDARDS_SUM_TOLERANCE = 1;

const isMissing = (input: unknown) => input === undefined || input === null;

/** A required number: `missing` when absent, `invalid` when not a finite number. */
const requiredNumber = (missing: string, invalid: string) =>
  z.number({ error: (iss) => (isMissing(iss.input) ? missing : invalid) });

const oneOf = <T extends string>(codes: [T, ...T[]], missing: string, invalid: string) =>
  z.enum(codes, { error: (iss) => (isMissing(iss.input) ? missing : invalid) });

export const yearSchema = requiredNumber('El año es obligatorio', 'El año debe ser un número')
  .int({ error: 'El año debe ser un número entero' })
  .min(YEAR_MIN, { error: `El año debe estar entre ${YEAR_MIN} y ${YEAR_MAX}` })
  .max(YEAR_MAX, { error: `El año debe estar entre ${YEAR_MIN} y ${YEAR_MAX}` });

const labelList = (list: readonly { label: string }[]) => list.map((x) => x.label).join(', ');

export const simceTestSchema = oneOf(
  SIMCE_TEST_CODES,
  'La prueba es obligatoria',
  `La prueba debe ser una de: ${labelList(SIMCE_TESTS)}`,
);
export const simceGradeSchema = oneOf(
  SIMCE_GRADE_CODES,
  'El grado es obligatorio',
  `El grado debe ser uno de: ${labelList(SIMCE_GRADES)}`,
);

/** A percentage 0–100 that may be unknown (null). `what` names it in the messages. */
export const percentageSchema = (what: string) =>
  z
    .number({ error: `${what} debe ser un número` })
    .min(0, { error: `${what} debe estar entre 0 y 100` })
    .max(100, { error: `${what} debe estar entre 0 y 100` })
    .nullable();

const optionalNumber = (invalid: string) => z.number({ error: invalid }).nullable();

export const socioeconomicGroupSchema = z
  .literal([1, 2, 3, 4, 5], { error: 'El grupo socioeconómico debe ser un número del 1 (bajo) al 5 (alto)' })
  .nullable();

/** Formats a number with decimal comma and at most one decimal, for messages. */
function decimal(n: number): string {
  return String(Math.round(n * 10) / 10).replace('.', ',');
}

/**
 * The rule "Insuficiente + Elemental + Adecuado = 100 ± 1", checked only when the three are numbers.
 * Exported so that an import can report it beside other bad cells of the same row (zod skips an
 * object's refinements once a field has failed).
 */
export function standardsSumError(ins: unknown, ele: unknown, ade: unknown): string | null {
  if (typeof ins !== 'number' || typeof ele !== 'number' || typeof ade !== 'number') return null;
  const sum = ins + ele + ade;
  if (Math.abs(sum - 100) <= STANDARDS_SUM_TOLERANCE) return null;
  return `Los % Insuficiente, Elemental y Adecuado deben sumar 100 (suman ${decimal(sum)})`;
}

export const simceResultSchema = z
  .object({
    test: simceTestSchema,
    grade: simceGradeSchema,
    year: yearSchema,
    average: optionalNumber('El puntaje promedio debe ser un número').refine((v) => v === null || v >= 0, {
      error: 'El puntaje promedio no puede ser negativo',
    }),
    studentsTested: z
      .number({ error: 'El número de estudiantes debe ser un número' })
      .int({ error: 'El número de estudiantes debe ser un número entero' })
      .min(0, { error: 'El número de estudiantes no puede ser negativo' })
      .nullable(),
    diffPrevious: optionalNumber('La diferencia con la evaluación anterior debe ser un número'),
    diffGroup: optionalNumber('La diferencia con el grupo socioeconómico debe ser un número'),
    socioeconomicGroup: socioeconomicGroupSchema,
    pctInsuficiente: percentageSchema('El % Insuficiente'),
    pctElemental: percentageSchema('El % Elemental'),
    pctAdecuado: percentageSchema('El % Adecuado'),
  })
  .superRefine((r, ctx) => {
    const message = standardsSumError(r.pctInsuficiente, r.pctElemental, r.pctAdecuado);
    if (message !== null) ctx.addIssue({ code: 'custom', path: ['pctAdecuado'], message });
  });
export type SimceResult = z.infer<typeof simceResultSchema>;

export const idpsResultSchema = z.object({
  indicator: oneOf(
    IDPS_INDICATOR_CODES,
    'El indicador es obligatorio',
    `El indicador debe ser uno de: ${IDPS_INDICATORS.map((i) => `${i.code} (${i.label})`).join(', ')}`,
  ),
  grade: simceGradeSchema,
  year: yearSchema,
  score: requiredNumber('El puntaje es obligatorio', 'El puntaje debe ser un número')
    .min(0, { error: 'El puntaje debe estar entre 0 y 100' })
    .max(100, { error: 'El puntaje debe estar entre 0 y 100' }),
});
export type IdpsResult = z.infer<typeof idpsResultSchema>;

/** A year of eficiencia interna as stored (rows already saved are read with this: never dropped). */
export const efficiencyYearShape = z.object({
  year: yearSchema,
  matricula: requiredNumber('La matrícula es obligatoria', 'La matrícula debe ser un número')
    .int({ error: 'La matrícula debe ser un número entero' })
    .min(0, { error: 'La matrícula no puede ser negativa' }),
  asistenciaPct: percentageSchema('La asistencia promedio (%)'),
  retencionPct: percentageSchema('La retención (%)'),
  aprobacionPct: percentageSchema('La aprobación (%)'),
  reprobacionPct: percentageSchema('La reprobación (%)'),
  repitenciaPct: percentageSchema('La repitencia (%)'),
});

/** What is typed or imported: the shape, and aprobación + reprobación ≤ 100 % for the year (B-1). */
export const efficiencyYearSchema = efficiencyYearShape.superRefine((r, ctx) => {
  const message = passFailSumError(r.year, r.aprobacionPct, r.reprobacionPct);
  if (message) ctx.addIssue({ code: 'custom', path: ['reprobacionPct'], message });
});
export type EfficiencyYear = z.infer<typeof efficiencyYearShape>;

/** The natural key of each kind of results row: one row per key, in imports and in the document. */
export const simceKey = (r: Pick<SimceResult, 'year' | 'grade' | 'test'>) => `${r.year}|${r.grade}|${r.test}`;
export const idpsKey = (r: Pick<IdpsResult, 'year' | 'grade' | 'indicator'>) => `${r.year}|${r.grade}|${r.indicator}`;
export const efficiencyKey = (r: Pick<EfficiencyYear, 'year'>) => String(r.year);
