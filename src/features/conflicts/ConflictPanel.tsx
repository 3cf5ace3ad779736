// The conflicts of a school's documents (S-21): for each field two people typed differently, both
// values side by side and one tap to keep either. The choice is written to the field and synced.
import type { DocKind, SchoolId } from '../../domain/wire/documentNames.ts';
import { docLabel, fieldLabel, fieldOf, valueLabel } from './labels.ts';
import { useSchoolConflicts, type DocConflict } from './useConflicts.ts';
import { useCanEdit } from '../session/index.ts';

export function ConflictPanel({ schoolId, kinds }: { schoolId: SchoolId; kinds?: readonly DocKind[] }) {
  const conflicts = useSchoolConflicts(schoolId, kinds);
  if (conflicts.length === 0) return null;
  return (
    <section className="conflicts" data-testid="conflicts" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">
        {conflicts.length === 1 ? 'Hay un valor por elegir' : `Hay ${conflicts.length} valores por elegir`}
      </h3>
      <ul>
        {conflicts.map((c) => (
          <ConflictItem key={`${c.kind}:${c.conflict.id}`} item={c} showDoc={!kinds || kinds.length > 1} />
        ))}
      </ul>
    </section>
  );
}

function ConflictItem({ item, showDoc }: { item: DocConflict; showDoc: boolean }) {
  const { conflict, kind } = item;
  const label = fieldLabel(conflict);
  // A document this session only reads: the choice is for those who write it.
  const editable = useCanEdit(kind);
  return (
    <li data-testid="conflict" data-field={fieldOf(conflict)} data-doc={kind}>
      <p>
        {showDoc && <span className="muted">{docLabel(kind)} · </span>}
        Dos personas escribieron valores distintos para «{label}».
      </p>
      <div className="conflict-values">
        {(['kept', 'other'] as const).map((choice) => {
          const value = valueLabel(conflict, choice === 'kept' ? conflict.kept : conflict.other);
          return (
            <div key={choice} className="conflict-value" data-testid={`conflict-${choice}`}>
              <p className="muted">{choice === 'kept' ? 'Valor que se muestra ahora' : 'Otro valor'}</p>
              <p className="value">{value}</p>
              <button
                type="button"
                disabled={!editable}
                onClick={() => item.resolve(choice)}
                aria-label={`Usar este valor para ${label}: ${value}`}
              >
                Usar este valor
              </button>
            </div>
          );
        })}
      </div>
    </li>
  );
}
