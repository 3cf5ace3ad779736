// S-26: a connection's queued updates can still be stored after its document instance was unloaded
// (its close waits for them) and a newer instance of the same name was loaded for other clients.
// They must reach that newer instance, the one whose clients are live, not only the log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { beforeSyncPayload } from '@hocuspocus/server';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { persistenceExtension } from '../../sync-server/src/persistence.ts';
import { createSqliteStorage } from '../../sync-server/src/storage/sqlite.ts';
import { createLogger } from '../../sync-server/src/log.ts';

const NAME = 'school:7401:profile';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function typed(clientID: number, text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getText('notes').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function relayStorage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitacora-late-'));
  dirs.push(dir);
  const store = createSqliteStorage(path.join(dir, 'bitacora.sqlite'));
  return { store, ext: persistenceExtension(store, createLogger('silent')) };
}

const syncUpdate = (document: Y.Doc, payload: Uint8Array) =>
  ({
    type: 2,
    payload,
    documentName: NAME,
    document,
    context: { userId: 'u1' },
    connection: { readOnly: false },
  }) as unknown as beforeSyncPayload;

describe('S-26 updates of a closed connection reach the live instance', () => {
  it('an update stored for an unloaded instance is applied to the instance loaded since, and kept', async () => {
    const { store, ext } = relayStorage();

    const stale = new Y.Doc();
    await ext.onLoadDocument!({ document: stale, documentName: NAME } as never);
    await ext.beforeSync!(syncUpdate(stale, typed(1, 'antes ')));
    stale.destroy(); // unloaded: its last connection closed with one more update still queued
    const current = new Y.Doc();
    await ext.onLoadDocument!({ document: current, documentName: NAME } as never);
    expect(current.getText('notes').toString()).toBe('antes ');

    await ext.beforeSync!(syncUpdate(stale, typed(2, 'tarde ')));
    expect(current.getText('notes').toString()).toContain('tarde ');

    const { updates } = await store.loadUpdates(NAME);
    const reloaded = new Y.Doc();
    updates.forEach((u) => Y.applyUpdate(reloaded, u));
    expect(reloaded.getText('notes').toString()).toBe(current.getText('notes').toString());
    await store.close();
  });

  it('with no instance loaded since, the update is stored and the next load has it', async () => {
    const { store, ext } = relayStorage();
    const stale = new Y.Doc();
    await ext.onLoadDocument!({ document: stale, documentName: NAME } as never);
    stale.destroy();
    await ext.afterUnloadDocument!({ documentName: NAME } as never);
    await ext.beforeSync!(syncUpdate(stale, typed(3, 'guardado ')));
    const next = new Y.Doc();
    await ext.onLoadDocument!({ document: next, documentName: NAME } as never);
    expect(next.getText('notes').toString()).toBe('guardado ');
    await store.close();
  });
});
