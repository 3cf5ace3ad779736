// The conflicts the create-merge recorded in a school's open documents (S-21), for the conflicts panel:
// plain records, each with its own `resolve`, which writes the choice as a local edit in the actor's name.
// The merge itself (src/data/merge/) is unchanged; this is a view over it.
import type * as Y from 'yjs';
import { listConflicts, resolveConflict, type Conflict, type ConflictChoice } from '../../merge/index.ts';
import { parseDocName, type DocKind, type SchoolId } from '../../../domain/wire/documentNames.ts';
import { LOCAL_EDIT, type Workspace } from '../../workspace.ts';
import type { Actor } from '../actor.ts';

export type { Conflict, ConflictChoice };

export interface SchoolConflict {
  kind: DocKind;
  conflict: Conflict;
  /** Keeps the value shown now (`kept`) or the other one; false when the conflict is gone. */
  resolve(choice: ConflictChoice): boolean;
}

function conflictsOf(doc: Y.Doc, kind: DocKind, actor: Actor): SchoolConflict[] {
  return listConflicts(doc).map((conflict) => ({
    kind,
    conflict,
    resolve: (choice) => resolveConflict(doc, conflict.id, choice, actor.name, LOCAL_EDIT, actor.now),
  }));
}

/**
 * Calls `onChange` with the unresolved conflicts of the school's documents open on this device (all
 * kinds, or the ones given) now and after every change; documents opened later are picked up as they
 * open. Returns the unsubscribe.
 */
export function watchSchoolConflicts(
  workspace: Workspace,
  schoolId: SchoolId,
  kinds: readonly DocKind[] | undefined,
  actor: Actor,
  onChange: (conflicts: SchoolConflict[]) => void,
): () => void {
  const watched = new Map<Y.Doc, DocKind>();
  const stops: (() => void)[] = [];
  const refresh = () => onChange([...watched].flatMap(([doc, kind]) => conflictsOf(doc, kind, actor)));
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
}
