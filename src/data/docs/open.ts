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
export async function openHandle<H>(
  workspace: Workspace,
  schoolId: SchoolId,
  kind: DocKind,
  make: HandleFactory<H>,
  actor: Actor,
): Promise<H> {
  return handleFor(make, await workspace.openDoc(docName(schoolId, kind)), actor);
}

/** A whole-document reader, for screens that read another area's document (no handle of their own). */
export type DocReader<T> = (doc: Y.Doc) => T;

/**
 * Opens the school's document of that kind and calls `onValue(read(doc))` now and after every change
 * (local or from other devices), until the returned function is called.
 */
export function watchDoc<T>(
  workspace: Workspace,
  schoolId: SchoolId,
  kind: DocKind,
  read: DocReader<T>,
  onValue: (value: T) => void,
): () => void {
  let stopped = false;
  let stop: (() => void) | undefined;
  void workspace.openDoc(docName(schoolId, kind)).then((doc) => {
    if (stopped) return;
    const update = () => onValue(read(doc));
    update();
    doc.on('afterTransaction', update);
    stop = () => doc.off('afterTransaction', update);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
