import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { docName, type DocKind, type SchoolId } from '../../domain/wire/documentNames.ts';
import { useWorkspace } from './hooks.ts';

/**
 * Opens one of the school's documents and keeps `read(doc)` up to date after every change, local
 * or from other devices. `read` must be a stable function (module level).
 */
export function useDocView<T>(schoolId: SchoolId, kind: DocKind, read: (doc: Y.Doc) => T): { doc: Y.Doc | null; view: T | null } {
  const workspace = useWorkspace();
  const [state, setState] = useState<{ doc: Y.Doc | null; view: T | null }>({ doc: null, view: null });
  useEffect(() => {
    let cancelled = false;
    let stop: (() => void) | undefined;
    void workspace.openDoc(docName(schoolId, kind)).then((doc) => {
      if (cancelled) return;
      const update = () => setState({ doc, view: read(doc) });
      update();
      doc.on('afterTransaction', update);
      stop = () => doc.off('afterTransaction', update);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [workspace, schoolId, kind, read]);
  return state;
}
