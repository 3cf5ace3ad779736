// Proposed findings of the diagnosis: each subdimension of the MGE classified from its aggregate
// mean, as a starting point the advisor and the school confirm or change.
//
// Rule, exactly as implemented (thresholds default to strength 3.0, weakness 2.25, minAnswers 5):
// - The mean used is the subdimension's overall `mean` (each answer weighs the same) or, with
//   basis 'groups', its `groupBalancedMean` (each group weighs the same). `n` is always the count
//   of valid answers (1–4) over every group.
// - 'sin-datos'   when the mean is null or n < minAnswers;
// - 'fortaleza'   when mean ≥ strength   (3.0 itself is a strength);
// - 'debilidad'   when mean ≤ weakness   (2.25 itself is a weakness);
// - 'en-desarrollo' otherwise (weakness < mean < strength).
// - Order: debilidades (lowest mean first), fortalezas (highest first), en desarrollo (lowest
//   first), sin datos; equal means keep the MGE order of the subdimensions.
// Means are compared unrounded: a mean computed as sum / n equals the threshold literal exactly when
// the exact quotient does (IEEE division is correctly rounded), so 9/4 is a weakness.
import { SUBDIMENSIONS, type DimensionCode, type SubdimensionCode } from '../mge/modelo.ts';
import type { DiagnosisAggregate } from './aggregation.ts';

export const FINDING_KINDS = [
  { code: 'debilidad', label: 'Debilidad' },
  { code: 'fortaleza', label: 'Fortaleza' },
  { code: 'en-desarrollo', label: 'En desarrollo' },
  { code: 'sin-datos', label: 'Sin datos suficientes' },
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number]['code'];

export interface FindingThresholds {
  strength: number;
  weakness: number;
  minAnswers: number;
}

export const DEFAULT_FINDING_THRESHOLDS: Readonly<FindingThresholds> = { strength: 3.0, weakness: 2.25, minAnswers: 5 };

export type FindingBasis = 'answers' | 'groups';

export interface Finding {
  code: SubdimensionCode;
  dimension: DimensionCode;
  label: string;
  /** The mean the kind was decided on (unrounded); null when there were no valid answers. */
  mean: number | null;
  n: number;
  kind: FindingKind;
}

const KIND_ORDER: Record<FindingKind, number> = { debilidad: 0, fortaleza: 1, 'en-desarrollo': 2, 'sin-datos': 3 };

export function classifyMean(
  mean: number | null,
  n: number,
  t: FindingThresholds = DEFAULT_FINDING_THRESHOLDS,
): FindingKind {
  if (mean === null || n < t.minAnswers) return 'sin-datos';
  if (mean >= t.strength) return 'fortaleza';
  if (mean <= t.weakness) return 'debilidad';
  return 'en-desarrollo';
}

export function proposeFindings(
  agg: DiagnosisAggregate,
  thresholds: FindingThresholds = DEFAULT_FINDING_THRESHOLDS,
  basis: FindingBasis = 'answers',
): Finding[] {
  const { strength, weakness, minAnswers } = thresholds;
  if (!Number.isFinite(strength) || !Number.isFinite(weakness) || weakness > strength) {
    throw new RangeError('El umbral de debilidad debe ser menor o igual que el de fortaleza');
  }
  if (!Number.isFinite(minAnswers) || minAnswers < 0)
    throw new RangeError('El mínimo de respuestas debe ser un número ≥ 0');

  const findings = SUBDIMENSIONS.map((s, order) => {
    const stats = agg.subdimensions[s.code];
    const mean = basis === 'groups' ? stats.groupBalancedMean : stats.mean;
    const finding: Finding = {
      code: s.code,
      dimension: s.dimension,
      label: s.label,
      mean,
      n: stats.n,
      kind: classifyMean(mean, stats.n, thresholds),
    };
    return { finding, order };
  });

  findings.sort((a, b) => {
    const ka = a.finding.kind;
    const byKind = KIND_ORDER[ka] - KIND_ORDER[b.finding.kind];
    if (byKind !== 0) return byKind;
    const ma = a.finding.mean ?? 0;
    const mb = b.finding.mean ?? 0;
    const byMean = ka === 'fortaleza' ? mb - ma : ka === 'sin-datos' ? 0 : ma - mb;
    return byMean !== 0 ? byMean : a.order - b.order;
  });
  return findings.map((f) => f.finding);
}
