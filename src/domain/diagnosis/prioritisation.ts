// Prioritisation of problems in a participatory session (month 1, docs/domain.md §7): each problem is
// scored 1–5 on two criteria of the chosen method by one or several participants.
//
// Rule, exactly as implemented:
// - scoreA = mean of the participants' scores on the method's first criterion, scoreB = on the
//   second; priority = scoreA × scoreB (product of the means, not mean of the products).
// - Order: priority desc, then scoreA desc, then scoreB desc, then text (Intl.Collator 'es'), then
//   id (code-unit order). Scores are compared exactly (as fractions of integers), so 10/3 × 3 ties
//   with 2 × 5 whatever the floating-point rounding.
// - rank = 1, 2, 3… in that order (the tie-breaks make every rank distinct).
// - Problems with no scores come last, ordered by text then id, with scores and rank null.
// - Nothing is rounded; rounding is for display.
import { z } from 'zod';

export const PRIORITISATION_METHODS = [
  {
    code: 'importancia-urgencia',
    label: 'Importancia × urgencia',
    criteria: [
      { code: 'importancia', label: 'Importancia' },
      { code: 'urgencia', label: 'Urgencia' },
    ],
  },
  {
    code: 'impacto-factibilidad',
    label: 'Impacto × factibilidad',
    criteria: [
      { code: 'impacto', label: 'Impacto' },
      { code: 'factibilidad', label: 'Factibilidad' },
    ],
  },
] as const;
export type PrioritisationMethod = (typeof PRIORITISATION_METHODS)[number]['code'];
export const prioritisationMethodSchema = z.enum(
  PRIORITISATION_METHODS.map((m) => m.code) as [PrioritisationMethod, ...PrioritisationMethod[]],
  { message: 'Método de priorización no válido' },
);

const criterionScore = z
  .number({ message: 'El puntaje debe ser un número' })
  .int({ message: 'El puntaje debe ser un número entero' })
  .min(1, { message: 'El puntaje mínimo es 1' })
  .max(5, { message: 'El puntaje máximo es 5' });

/** One participant's scores for one problem: a on the method's first criterion, b on the second. */
export const problemScoreSchema = z.object({
  participant: z.string().trim().max(100, { message: 'El nombre del participante es demasiado largo' }).optional(),
  /** When the score was given (ISO), so that the latest can be undone first; absent in older scores. */
  at: z.string().max(40).optional(),
  a: criterionScore,
  b: criterionScore,
});
export type ProblemScore = z.infer<typeof problemScoreSchema>;

export const problemSchema = z.object({
  id: z.string().min(1, { message: 'Falta el identificador del problema' }).max(64),
  text: z
    .string()
    .trim()
    .min(1, { message: 'Escriba el problema' })
    .max(500, { message: 'El problema no puede superar 500 caracteres' }),
  scores: z.array(problemScoreSchema),
});
export type Problem = z.infer<typeof problemSchema>;

export interface PrioritisedProblem {
  id: string;
  text: string;
  scoreA: number | null;
  scoreB: number | null;
  priority: number | null;
  rank: number | null;
}

const collator = new Intl.Collator('es');

interface Scored {
  p: Pick<Problem, 'id' | 'text'>;
  n: number;
  sumA: number;
  sumB: number;
}

/** Sign of x/y − u/v for positive denominators, exactly (small integers). */
const cmpFrac = (x: number, y: number, u: number, v: number) => Math.sign(x * v - u * y);

function byText(a: Scored, b: Scored): number {
  const t = collator.compare(a.p.text, b.p.text);
  if (t !== 0) return t;
  return a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0;
}

export function prioritise(problems: readonly Pick<Problem, 'id' | 'text' | 'scores'>[]): PrioritisedProblem[] {
  const scored: Scored[] = [];
  const unscored: Scored[] = [];
  for (const p of problems) {
    const s: Scored = { p, n: p.scores.length, sumA: 0, sumB: 0 };
    for (const score of p.scores) {
      s.sumA += score.a;
      s.sumB += score.b;
    }
    (s.n > 0 ? scored : unscored).push(s);
  }

  scored.sort((x, y) => {
    // priority = (sumA · sumB) / n², compared exactly.
    const byPriority = cmpFrac(y.sumA * y.sumB, y.n * y.n, x.sumA * x.sumB, x.n * x.n);
    if (byPriority !== 0) return byPriority;
    const byA = cmpFrac(y.sumA, y.n, x.sumA, x.n);
    if (byA !== 0) return byA;
    const byB = cmpFrac(y.sumB, y.n, x.sumB, x.n);
    return byB !== 0 ? byB : byText(x, y);
  });
  unscored.sort(byText);

  const out: PrioritisedProblem[] = scored.map((s, i) => {
    const scoreA = s.sumA / s.n;
    const scoreB = s.sumB / s.n;
    return { id: s.p.id, text: s.p.text, scoreA, scoreB, priority: scoreA * scoreB, rank: i + 1 };
  });
  for (const s of unscored)
    out.push({ id: s.p.id, text: s.p.text, scoreA: null, scoreB: null, priority: null, rank: null });
  return out;
}

/**
 * The rows in the order the user last saw them: problems already shown keep their place while scores change
 * (a row never moves under the user's finger); new ones follow in ranked order; removed ones drop out.
 * `shown` null means nothing shown yet: the ranked order.
 */
export function keepShownOrder(
  shown: readonly string[] | null,
  ranked: readonly PrioritisedProblem[],
): PrioritisedProblem[] {
  if (shown === null) return [...ranked];
  const byId = new Map(ranked.map((p) => [p.id, p]));
  const kept = shown.flatMap((id) => byId.get(id) ?? []);
  const keptIds = new Set(kept.map((p) => p.id));
  return [...kept, ...ranked.filter((p) => !keptIds.has(p.id))];
}

/** Whether the rows as shown differ from the ranking (then "Ordenar por puntaje" has something to do). */
export function isOutOfOrder(shown: readonly PrioritisedProblem[], ranked: readonly PrioritisedProblem[]): boolean {
  return shown.some((p, i) => p.id !== ranked[i]?.id);
}

/** The problem a weakness becomes in the matrix ("Debilidad: Gestión Curricular"). */
export const weaknessProblemText = (subdimensionLabel: string) => `Debilidad: ${subdimensionLabel}`;

/**
 * The diagnosis' weaknesses still to offer as problems: every subdimension whose reviewed kind is "debilidad" —
 * proposed from the scores or marked by hand by the team — in the findings' order, once, and not already a problem.
 */
export function weaknessesToOffer(
  reviewed: readonly { kind: string; label: string }[],
  existingTexts: ReadonlySet<string>,
): string[] {
  const texts = reviewed.filter((f) => f.kind === 'debilidad').map((f) => weaknessProblemText(f.label));
  return [...new Set(texts)].filter((t) => !existingTexts.has(t));
}

/** "1 participante", "3 participantes". */
export const participantsLabel = (n: number) => `${n} participante${n === 1 ? '' : 's'}`;
