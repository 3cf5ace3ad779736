import { DIFF_KIND_LABELS, type PlanDiff } from '../../domain/pme/diff.ts';

const CHANGE_LABELS = { added: 'Agregada', removed: 'Eliminada', changed: 'Modificada' } as const;

export function VersionDiffView({ diff }: { diff: PlanDiff }) {
  const empty = diff.entries.length === 0 && !diff.vision && !diff.sellos;
  return (
    <div className="pme-diff" data-testid="version-diff">
      <p data-testid="diff-counts">
        {diff.counts.added} agregados · {diff.counts.changed} modificados · {diff.counts.removed} eliminados
      </p>
      {empty && <p className="muted">No hay diferencias entre las dos versiones.</p>}
      {[diff.vision, diff.sellos]
        .filter((c) => c !== null)
        .map((c) => (
          <div key={c!.field} className="diff-entry diff-changed">
            <strong>{c!.label} modificada</strong>
            <p className="diff-before">Antes: {c!.before || '—'}</p>
            <p className="diff-after">Ahora: {c!.after || '—'}</p>
          </div>
        ))}
      {diff.entries.map((e) => (
        <div key={`${e.kind}:${e.id}`} className={`diff-entry diff-${e.change}`} data-testid={`diff-${e.change}`}>
          <strong>
            {DIFF_KIND_LABELS[e.kind]} {CHANGE_LABELS[e.change].toLowerCase()}: «{e.title}»
          </strong>
          {e.fields.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th>Campo</th>
                  <th>Antes</th>
                  <th>Ahora</th>
                </tr>
              </thead>
              <tbody>
                {e.fields.map((f) => (
                  <tr key={f.field}>
                    <th scope="row">{f.label}</th>
                    <td>{f.before || '—'}</td>
                    <td>{f.after || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </div>
  );
}
