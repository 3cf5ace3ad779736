// One handle per document and kind: screens ask for a handle, never for the Y.Doc behind it.
import type * as Y from 'yjs';
import { docName, type DocKind, type SchoolId } from '../../domain/wire/documentNames.ts';
import type { Workspace } from '../workspace.ts';
import type { Actor } from './actor.ts';

/** How a kind's handle is made from its document; module-level, so each document gets one handle per kind. */
export type HandleFactory<H> = (doc: Y.Doc, actor: Actor) => H;

const handles = new WeakMap<HandleFactory<unknown>, WeakMap<Y.Doc, unknown>>();

export function handleFor<H>(make: HandleFactory<H>, doc: Y.Doc, actor: Actor): H {
  let byDoc = handles.get(make as HandleFactory<unknown>);
  if (!byDoc) handles.set(make as HandleFactory<unknown>, (byDoc = new WeakMap()));
  let handle = byDoc.get(doc) as H | undefined;
  if (handle === undefined) {
    handle = make(doc, actor);
    byDoc.set(doc, handle);
  }
  return handle;
}

/** Opens the school's document of that kind (loaded from the device) and gives its handle. */
export async function openHandle<H>(workspace: Workspace, schoolId: SchoolId, kind: DocKind, make: HandleFactory<H>, actor: Actor): Promise<H> {
  return handleFor(make, await workspace.openDoc(docName(schoolId, kind)), actor);
}
