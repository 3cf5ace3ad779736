// The relay says when it falls behind its writers (docs/spec/sync.md S-24): updates received and not
// yet stored are counted, a warning is logged once the oldest waited more than 2 s, and /healthz
// shows the backlog. In process, with a store whose writes hang until released.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { beforeSyncPayload } from '@hocuspocus/server';
import { BACKLOG_WARN_MS, persistenceExtension } from '../../sync-server/src/persistence.ts';
import type { DocumentStore } from '../../sync-server/src/storage/types.ts';
import type { RelayProcess } from '../support/serverProcess.ts';
import { api, startRelayWithUsers } from '../support/relayFixture.ts';

afterEach(() => vi.useRealTimers());

function slowStore() {
  const releases: (() => void)[] = [];
  const store: DocumentStore = {
    loadUpdates: async () => ({ updates: [], ids: [], lastId: 0 }),
    appendUpdate: () => new Promise<void>((resolve) => releases.push(resolve)),
    appendUpdates: () => new Promise<void>((resolve) => releases.push(resolve)),
    reclaimSpace: async () => 0,
    compact: async () => undefined,
    listDocumentNames: async () => [],
    quarantineUpdate: async () => undefined,
    listQuarantine: async () => [],
  };
  return {
    store,
    waiting: () => releases.length,
    releaseAll: () => releases.splice(0).forEach((r) => r()),
  };
}

function edit(doc: Y.Doc, key: string): Uint8Array {
  let update: Uint8Array | undefined;
  const capture = (u: Uint8Array) => (update = u);
  doc.on('update', capture);
  doc.getMap('fields').set(key, key);
  doc.off('update', capture);
  return update!;
}

describe('S-24 storage backlog', () => {
  it('counts writes not yet stored, warns once the oldest waited over 2 s, and clears when they land', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const warnings: string[] = [];
    const log = {
      debug: () => undefined,
      info: () => undefined,
      error: () => undefined,
      warn: (msg: string) => warnings.push(msg),
    };
    const { store, waiting, releaseAll } = slowStore();
    const ext = persistenceExtension(store, log);
    const client = new Y.Doc();
    const relayDoc = new Y.Doc();
    const sync = (name: string, payload: Uint8Array) =>
      ext.beforeSync!({
        type: 2,
        payload,
        documentName: name,
        document: relayDoc,
        context: { userId: 'u1' },
        connection: { readOnly: false },
      } as unknown as beforeSyncPayload);

    const first = sync('school:1:profile', edit(client, 'a'));
    expect(ext.backlog()).toMatchObject({ pendingWrites: 1, behind: false });
    vi.setSystemTime(Date.now() + BACKLOG_WARN_MS + 500);
    const second = sync('school:2:profile', edit(new Y.Doc(), 'b'));
    expect(ext.backlog()).toMatchObject({ pendingWrites: 2, behind: true });
    expect(ext.backlog().oldestWaitMs).toBeGreaterThan(BACKLOG_WARN_MS);
    expect(warnings).toContain('relay is behind its writers: storage backlog');

    // Both writes reached the store (one grouped commit, RW-1, a turn later).
    while (waiting() === 0) await new Promise((r) => setImmediate(r));
    expect(ext.backlog().pendingWrites).toBe(2);
    releaseAll();
    await Promise.all([first, second]);
    expect(ext.backlog()).toEqual({ pendingWrites: 0, oldestWaitMs: 0, compacting: 0, behind: false });
    expect(relayDoc.getMap('fields').get('a')).toBe('a');
  });

  it('/healthz shows the backlog of a real relay', async () => {
    let relay: RelayProcess | undefined;
    try {
      relay = await startRelayWithUsers([]);
      const health = await api(relay, '/healthz');
      expect(health.body).toMatchObject({
        status: 'ok',
        backlog: { pendingWrites: 0, oldestWaitMs: 0, behind: false },
      });
    } finally {
      await relay?.destroy();
    }
  });
});
