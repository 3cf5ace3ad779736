// Proposed strengths and weaknesses, reviewed by the team: each subdimension's kind can be changed
// and annotated; the proposal from the scores stays visible. Writes go to the diagnosis document.
import { FINDING_KINDS, type Finding } from '../../domain/diagnosis/findings.ts';
import { applyFindingOverrides, findingOverrideSchema } from '../../domain/diagnosis/findingOverrides.ts';
import type { ReviewHandle } from '../../data/docs/diagnosis/index.ts';
import { useView } from '../session/index.ts';
import { formatMean } from './format.ts';

const kindLabel = (kind: string) => FINDING_KINDS.find((k) => k.code === kind)?.label ?? kind;

export function FindingsReview({ review, findings }: { review: ReviewHandle; findings: Finding[] }) {
  const reviewed = applyFindingOverrides(findings, useView(review.overrides));
  return (
    <table className="participation findings-review" data-testid="findings">
      <thead>
        <tr>
          <th>Subdimensión</th>
          <th>Promedio</th>
          <th>Propuesta</th>
          <th>Decisión del equipo</th>
          <th>Nota</th>
        </tr>
      </thead>
      <tbody>
        {reviewed.map((f) => (
          <tr key={f.code} data-code={f.code} className={`finding-${f.kind}`}>
            <td>{f.label}</td>
            <td>
              {formatMean(f.mean)} <span className="muted">({f.n})</span>
            </td>
            <td>{kindLabel(f.proposedKind)}</td>
            <td>
              <select
                aria-label={`Decisión: ${f.label}`}
                value={f.kind}
                onChange={(e) => {
                  const next = findingOverrideSchema.safeParse({ kind: e.target.value, note: f.note });
                  if (!next.success) return;
                  review.setFindingOverride(f.code, next.data.kind === f.proposedKind && !f.note ? null : next.data);
                }}
              >
                {FINDING_KINDS.map((k) => (
                  <option key={k.code} value={k.code}>
                    {k.label}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <input
                aria-label={`Nota: ${f.label}`}
                defaultValue={f.note}
                maxLength={2000}
                onBlur={(e) => {
                  const note = e.target.value.trim();
                  if (note === f.note) return;
                  review.setFindingOverride(f.code, note || f.kind !== f.proposedKind ? { kind: f.kind, note } : null);
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
