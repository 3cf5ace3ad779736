// Nothing in the plan vanishes: deleted entries are listed here and can be restored. An entry someone
// edited while another person deleted it is shown at the top of the plan as a conflict.
import { DIFF_KIND_LABELS } from '../../domain/pme/diff.ts';
import type { DeletedEntry, PmeHandle } from '../../data/docs/pme/index.ts';
import { formatLocalTimestamp } from '../../domain/shared/localDates.ts';

const name = (d: DeletedEntry) => `${DIFF_KIND_LABELS[d.kind]} «${d.title || 'sin nombre'}»`;

export function DeletionConflicts({ pme, deleted }: { pme: PmeHandle; deleted: DeletedEntry[] }) {
  const conflicts = deleted.filter((d) => d.editedSince);
  if (conflicts.length === 0) return null;
  return (
    <div className="banner warning" role="alert" data-testid="deletion-conflicts">
      {conflicts.map((d) => (
        <p key={`${d.kind}:${d.id}`} data-testid="deletion-conflict">
          {d.deletion.byName || 'Otra persona'} eliminó {name(d)} el {formatLocalTimestamp(d.deletion.at)}, pero tenía
          cambios que esa persona no había visto.{' '}
          <button type="button" onClick={() => pme.deletions.restore(d.kind, d.id)} data-testid="conflict-restore">
            Restaurar
          </button>{' '}
          <button
            type="button"
            className="link"
            onClick={() => pme.deletions.confirm(d.kind, d.id)}
            data-testid="conflict-confirm"
          >
            Mantener eliminada
          </button>
        </p>
      ))}
    </div>
  );
}

export function DeletedList({ pme, deleted }: { pme: PmeHandle; deleted: DeletedEntry[] }) {
  const top = deleted.filter((d) => d.deletion.cascadeOf === null);
  if (top.length === 0) return <p className="muted">No hay elementos eliminados.</p>;
  return (
    <ul data-testid="deleted-list">
      {top.map((d) => (
        <li key={`${d.kind}:${d.id}`}>
          {name(d)} · eliminado por {d.deletion.byName || 'sin nombre'} el {formatLocalTimestamp(d.deletion.at)}{' '}
          <button type="button" className="link" onClick={() => pme.deletions.restore(d.kind, d.id)}>
            Restaurar
          </button>
        </li>
      ))}
    </ul>
  );
}
