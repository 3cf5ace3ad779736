// Proposed strengths and weaknesses, reviewed by the team: each subdimension's kind can be changed
// and annotated; the proposal from the scores stays visible. Writes go to the diagnosis document.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { FINDING_KINDS, type Finding } from '../../domain/diagnosis/findings.ts';
import { applyFindingOverrides, findingOverrideSchema } from '../../domain/diagnosis/findingOverrides.ts';
import { readFindingOverrides, setFindingOverride } from '../../data/diagnosisReviewDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { formatMean } from './format.ts';

const kindLabel = (kind: string) => FINDING_KINDS.find((k) => k.code === kind)?.label ?? kind;

export function FindingsReview({ doc, findings }: { doc: Y.Doc; findings: Finding[] }) {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    doc.on('afterTransaction', bump);
    return () => doc.off('afterTransaction', bump);
  }, [doc]);
  const overrides = readFindingOverrides(doc);
  const reviewed = applyFindingOverrides(findings, overrides);
  return (
    <table className="participation findings-review" data-testid="findings" data-version={version}>
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
                  setFindingOverride(doc, f.code, next.data.kind === f.proposedKind && !f.note ? null : next.data, LOCAL_EDIT);
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
                  setFindingOverride(doc, f.code, note || f.kind !== f.proposedKind ? { kind: f.kind, note } : null, LOCAL_EDIT);
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
