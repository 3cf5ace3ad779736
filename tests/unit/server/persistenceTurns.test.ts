// RW-6: a document's load runs in the document's turn, behind every write still waiting under its
// name. Hocuspocus may unload a document and load it again (a new Y.Doc) while an update checked
// against the old one still waits for its grouped commit (RW-1, one per event-loop turn): the new
// load must read that row, or the relay would serve a document without an update it acknowledged.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { beforeSyncPayload, onLoadDocumentPayload } from '@hocuspocus/server';
import { persistenceExtension } from '../../../sync-server/src/persistence.ts';
import type { AppendRow, DocumentStore } from '../../../sync-server/src/storage/types.ts';

/** A store that keeps rows in memory and commits only when the test releases the pending batch. */
function gatedStore() {
  const rows: Uint8Array[] = [];
  const gates: (() => void)[] = [];
  const store: DocumentStore = {
    loadUpdates: async () => ({ updates: [...rows], ids: rows.map((_, i) => i + 1), lastId: rows.length }),
    appendUpdate: async (_name, update) => void rows.push(update),
    appendUpdates: (batch: readonly AppendRow[]) =>
      new Promise<void>((resolve) =>
        gates.push(() => {
          rows.push(...batch.map((r) => r.update));
          resolve();
        }),
      ),
    reclaimSpace: async () => 0,
    compact: async () => undefined,
    listDocumentNames: async () => [],
    quarantineUpdate: async () => undefined,
    listQuarantine: async () => [],
  };
  return { store, gates };
}

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const turn = () => new Promise((r) => setImmediate(r));

function edit(doc: Y.Doc, key: string): Uint8Array {
  let update: Uint8Array | undefined;
  const capture = (u: Uint8Array) => (update = u);
  doc.on('update', capture);
  doc.getMap('fields').set(key, key);
  doc.off('update', capture);
  return update!;
}

describe('RW-6 loads wait for pending writes', () => {
  it('RW-6: a document loaded again while a write waits for its commit holds that write', async () => {
    const { store, gates } = gatedStore();
    const ext = persistenceExtension(store, silent);
    const name = 'school:1:profile';
    const unloaded = new Y.Doc(); // the document the update was checked against, unloaded meanwhile
    const write = ext.beforeSync!({
      type: 2,
      payload: edit(new Y.Doc(), 'nombre'),
      documentName: name,
      document: unloaded,
      context: { userId: 'u1' },
      connection: { readOnly: false },
    } as unknown as beforeSyncPayload);
    while (gates.length === 0) await turn(); // checked, waiting for the grouped commit

    const reloaded = new Y.Doc();
    let loaded = false;
    const load = Promise.resolve(
      ext.onLoadDocument!({ document: reloaded, documentName: name } as unknown as onLoadDocumentPayload),
    ).then(() => (loaded = true));
    for (let i = 0; i < 5; i++) await turn();
    expect(loaded).toBe(false); // no rows read while a write of this document is not committed

    gates.shift()!();
    await Promise.all([write, load]);
    expect(reloaded.getMap('fields').get('nombre')).toBe('nombre');
  });
});
