import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listConflicts, type Conflict } from '../../data/merge/index.ts';
import { parseDocName, type DocKind, type SchoolId } from '../../domain/wire/documentNames.ts';
import { useWorkspace } from '../session/index.ts';

export interface DocConflict {
  kind: DocKind;
  doc: Y.Doc;
  conflict: Conflict;
}

/**
 * Unresolved conflicts of a school's documents that are open on this device (all kinds, or the
 * ones given), re-read after every change; documents opened later are picked up as they open.
 */
export function useSchoolConflicts(schoolId: SchoolId, kinds?: readonly DocKind[]): DocConflict[] {
  const workspace = useWorkspace();
  const [list, setList] = useState<DocConflict[]>([]);
  const kindsKey = kinds?.join(',') ?? '';
  useEffect(() => {
    const watched = new Map<Y.Doc, DocKind>();
    const stops: (() => void)[] = [];
    const refresh = () =>
      setList([...watched].flatMap(([doc, kind]) => listConflicts(doc).map((conflict) => ({ kind, doc, conflict }))));
    const watch = (name: string, doc: Y.Doc) => {
      const parsed = parseDocName(name);
      if (!parsed || parsed.schoolId !== schoolId || watched.has(doc)) return;
      if (kinds && !kinds.includes(parsed.kind)) return;
      watched.set(doc, parsed.kind);
      doc.on('afterTransaction', refresh);
      stops.push(() => doc.off('afterTransaction', refresh));
      refresh();
    };
    for (const [name, doc] of workspace.openDocs()) watch(name, doc);
    stops.push(workspace.onDocOpened(watch));
    return () => stops.forEach((stop) => stop());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- kinds by value
  }, [workspace, schoolId, kindsKey]);
  return list;
}
