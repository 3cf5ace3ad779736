// The part of a school screen that edits its document: disabled as a whole (a disabled fieldset
// disables every control inside) when the signed-in role may not change that kind of document
// (docs/spec/access.md A-10: a sostenedor reads it; the relay would drop the edits anyway).
import type { ReactNode } from 'react';
import type { DocKind } from '../../domain/wire/documentNames.ts';
import { useCanEdit } from '../session/index.ts';

export function EditableArea({ kind, children }: { kind: DocKind; children: ReactNode }) {
  const editable = useCanEdit(kind);
  return (
    <fieldset className="editable-area" disabled={!editable} data-testid={`editable-${kind}`}>
      {children}
    </fieldset>
  );
}

/** Said once at the top of a screen the role may only read. */
export function ReadOnlyNotice({ kind }: { kind: DocKind }) {
  if (useCanEdit(kind)) return null;
  return (
    <p className="banner info" data-testid="read-only-notice">
      Vista de solo lectura: puede revisar este documento y exportarlo; los cambios los hace el equipo del
      establecimiento y su asesor(a).
    </p>
  );
}
