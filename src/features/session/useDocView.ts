import { useEffect, useState } from 'react';
import type { DocKind, SchoolId } from '../../domain/wire/documentNames.ts';
import { watchDoc, type DocReader } from '../../data/docs/open.ts';
import { useWorkspace } from './hooks.ts';

/**
 * Reads one of the school's documents as a whole and keeps `read(doc)` up to date after every change, local
 * or from other devices: for screens that read another area's document. `read` must be stable (module level).
 */
export function useDocView<T>(schoolId: SchoolId, kind: DocKind, read: DocReader<T>): { view: T | null } {
  const workspace = useWorkspace();
  const [state, setState] = useState<{ key: string; view: T } | null>(null);
  const key = `${workspace.userId}|${schoolId}|${kind}`;
  useEffect(
    () => watchDoc(workspace, schoolId, kind, read, (view) => setState({ key, view })),
    [workspace, schoolId, kind, read, key],
  );
  return { view: state?.key === key ? state.view : null };
}
