import { describe, expect, it } from 'vitest';
import { DENIAL_MESSAGES, summaryText } from '../../../src/features/sync-status/messages.ts';
import { DENIAL_REASONS } from '../../../src/domain/wire/protocol.ts';
import { parseDocName, type DocName, type SchoolId } from '../../../src/domain/wire/documentNames.ts';
import {
  clearDocStatus,
  flushDocStatus,
  setDocStatus,
  summarize,
  syncStore,
  type ConnectionState,
  type DocSyncStatus,
  type SyncState,
  type SyncSummary,
} from '../../../src/sync/syncStore.ts';

const A = '7423' as SchoolId;
const B = '8485' as SchoolId;

function doc(schoolId: SchoolId, kind: string, status: Partial<DocSyncStatus> = {}): [DocName, DocSyncStatus] {
  return [`school:${schoolId}:${kind}` as DocName, { schoolId, pending: 0, synced: true, denied: null, ...status }];
}

function state(connection: ConnectionState, ...docs: [DocName, DocSyncStatus][]): SyncState {
  return { user: null, connection, docs: Object.fromEntries(docs) };
}

describe('summarize', () => {
  it.each<[string, SyncState, SchoolId | undefined, SyncSummary]>([
    [
      'offline, nothing pending',
      state('offline', doc(A, 'profile', { synced: false })),
      undefined,
      { kind: 'sin-conexion', pending: 0, denied: null },
    ],
    ['no documents at all', state('offline'), undefined, { kind: 'sin-conexion', pending: 0, denied: null }],
    [
      'a school whose documents are not open yet is never al día',
      state('online', doc(A, 'profile')),
      B,
      { kind: 'sincronizando', pending: 0, denied: null },
    ],
    [
      'a school whose documents are not open yet, offline',
      state('offline', doc(A, 'profile')),
      B,
      { kind: 'sin-conexion', pending: 0, denied: null },
    ],
    [
      'offline with pending changes in two documents',
      state('offline', doc(A, 'profile', { pending: 1 }), doc(B, 'profile', { pending: 1 })),
      undefined,
      { kind: 'pendiente', pending: 2, denied: null },
    ],
    [
      'connecting counts as offline',
      state('connecting', doc(A, 'profile', { pending: 3 })),
      undefined,
      { kind: 'pendiente', pending: 3, denied: null },
    ],
    [
      'online, a document not yet synced',
      state('online', doc(A, 'profile'), doc(B, 'profile', { synced: false })),
      undefined,
      { kind: 'sincronizando', pending: 0, denied: null },
    ],
    [
      'online, synced but changes in flight',
      state('online', doc(A, 'profile', { pending: 2 })),
      undefined,
      { kind: 'sincronizando', pending: 2, denied: null },
    ],
    [
      'online, everything synced',
      state('online', doc(A, 'profile'), doc(B, 'pme')),
      undefined,
      { kind: 'al-dia', pending: 0, denied: null },
    ],
    [
      'one school: only its documents count',
      state(
        'offline',
        doc(A, 'profile', { pending: 2 }),
        doc(A, 'pme', { pending: 1 }),
        doc(B, 'profile', { pending: 5 }),
      ),
      A,
      { kind: 'pendiente', pending: 3, denied: null },
    ],
    [
      'one school with nothing pending while another has',
      state('offline', doc(A, 'profile', { pending: 2 }), doc(B, 'profile')),
      B,
      { kind: 'sin-conexion', pending: 0, denied: null },
    ],
    [
      'online, one school unsynced, the other al día',
      state('online', doc(A, 'profile', { synced: false }), doc(B, 'profile')),
      B,
      { kind: 'al-dia', pending: 0, denied: null },
    ],
  ])('%s', (_case, s, schoolId, expected) => {
    expect(summarize(s, schoolId)).toEqual(expected);
  });

  it('CS-7: is not al día while documents still open in the background, whatever the open ones say', () => {
    const settled = state('online', doc(A, 'profile'), doc(B, 'profile'));
    expect(summarize(settled)).toEqual({ kind: 'al-dia', pending: 0, denied: null });
    expect(summarize({ ...settled, opening: 2 })).toEqual({ kind: 'sincronizando', pending: 0, denied: null });
    expect(summarize({ ...settled, opening: 2, connection: 'offline' }).kind).toBe('sin-conexion');
    expect(summarize({ ...settled, opening: 0 })).toEqual({ kind: 'al-dia', pending: 0, denied: null });
  });

  describe('a denied document', () => {
    const s = state(
      'online',
      doc(A, 'profile', { pending: 3, synced: false, denied: 'school-held-by-other' }),
      doc(B, 'profile', { pending: 1 }),
    );

    it('is rechazado for its school, with its pending changes and the reason', () => {
      expect(summarize(s, A)).toEqual({ kind: 'rechazado', pending: 3, denied: 'school-held-by-other' });
    });

    it('keeps its unsynced changes in the global pending count', () => {
      expect(summarize(s)).toMatchObject({ kind: 'sincronizando', pending: 4 });
      expect(summarize({ ...s, connection: 'offline' })).toMatchObject({ kind: 'pendiente', pending: 4 });
    });

    it('does not keep the other schools from being al día, but the global summary is never al día while refused changes exist', () => {
      expect(summarize(s, B)).toEqual({ kind: 'sincronizando', pending: 1, denied: null });
      const settled = state('online', doc(A, 'profile', { pending: 3, denied: 'not-authorized' }), doc(B, 'profile'));
      expect(summarize(settled, B)).toEqual({ kind: 'al-dia', pending: 0, denied: null });
      expect(summarize(settled)).toEqual({ kind: 'rechazado', pending: 3, denied: 'not-authorized' });
    });

    it('a refused document with no local changes does not block al día', () => {
      const settled = state('online', doc(A, 'profile', { pending: 0, denied: 'not-authorized' }), doc(B, 'profile'));
      expect(summarize(settled)).toEqual({ kind: 'al-dia', pending: 0, denied: 'not-authorized' });
    });
  });
});

describe('setDocStatus', () => {
  it('creates, patches, and leaves the state object alone when nothing changes', () => {
    syncStore.setState({ docs: {} });
    const name = 'school:7423:profile' as DocName;
    setDocStatus(name, { schoolId: A, pending: 2 });
    flushDocStatus();
    expect(syncStore.getState().docs[name]).toEqual({ schoolId: A, pending: 2, synced: false, denied: null });
    setDocStatus(name, { schoolId: A, synced: true });
    flushDocStatus();
    expect(syncStore.getState().docs[name]).toEqual({ schoolId: A, pending: 2, synced: true, denied: null });
    const before = syncStore.getState();
    setDocStatus(name, { schoolId: A, pending: 2 });
    flushDocStatus();
    expect(syncStore.getState()).toBe(before);
  });

  it('CS-9: the patches of one task reach the store as one update, at the end of the task', async () => {
    syncStore.setState({ docs: {} });
    let updates = 0;
    const unsubscribe = syncStore.subscribe(() => updates++);
    const names = Array.from({ length: 60 }, (_, i) => `school:${7000 + i}:profile` as DocName);
    for (const name of names) {
      setDocStatus(name, { schoolId: parseDocName(name)!.schoolId, synced: false });
      setDocStatus(name, { schoolId: parseDocName(name)!.schoolId, pending: 1 });
    }
    expect(updates).toBe(0);
    await Promise.resolve();
    unsubscribe();
    expect(updates).toBe(1);
    expect(Object.keys(syncStore.getState().docs)).toHaveLength(60);
    expect(syncStore.getState().docs[names[3]!]).toEqual({
      schoolId: '7003',
      pending: 1,
      synced: false,
      denied: null,
    });
  });

  it('CS-9: clearing forgets the patches still queued', async () => {
    syncStore.setState({ docs: {} });
    setDocStatus('school:7423:profile' as DocName, { schoolId: A, pending: 1 });
    clearDocStatus();
    await Promise.resolve();
    expect(syncStore.getState().docs).toEqual({});
  });

  it('CS-9: a school badge recounts only that school, and its summary is stable while other schools change', () => {
    const docs = Object.fromEntries([doc(A, 'profile', { pending: 1 }), doc(B, 'profile', { synced: false })]);
    const s: SyncState = { user: null, connection: 'online', docs };
    expect(summarize(s, A)).toEqual({ kind: 'sincronizando', pending: 1, denied: null });
    const otherChanged: SyncState = { ...s, docs: { ...docs, ...Object.fromEntries([doc(B, 'profile')]) } };
    expect(summarize(otherChanged, A)).toEqual(summarize(s, A));
    expect(summarize(otherChanged, B)).toEqual({ kind: 'al-dia', pending: 0, denied: null });
  });
});

describe('summaryText', () => {
  const summary = (kind: SyncSummary['kind'], pending: number): SyncSummary => ({ kind, pending, denied: null });
  it.each<[SyncSummary, string]>([
    [summary('sin-conexion', 0), 'Sin conexión'],
    [summary('pendiente', 2), 'Sin conexión · 2 cambios sin sincronizar'],
    [summary('pendiente', 1), 'Sin conexión · 1 cambio sin sincronizar'],
    [summary('sincronizando', 0), 'Sincronizando…'],
    [summary('sincronizando', 3), 'Sincronizando… · 3 cambios sin sincronizar'],
    [summary('al-dia', 0), 'Al día'],
    [summary('rechazado', 0), 'Sin acceso en el servidor'],
    [summary('rechazado', 1), 'Sin acceso en el servidor · 1 cambio sin sincronizar'],
  ])('%j → %s', (s, text) => {
    expect(summaryText(s)).toBe(text);
  });

  it('has a Spanish message for every denial reason', () => {
    expect(Object.keys(DENIAL_MESSAGES).sort()).toEqual([...DENIAL_REASONS].sort());
    for (const reason of DENIAL_REASONS) expect(DENIAL_MESSAGES[reason]).toMatch(/^[A-ZÁÉÍÓÚÑ].+\.$/);
  });

  it('A-8 says in Spanish that access was withdrawn and that the changes stay on the device (A-6)', () => {
    expect(DENIAL_MESSAGES['access-revoked']).toContain('Su acceso a este establecimiento fue retirado');
    expect(DENIAL_MESSAGES['access-revoked']).toContain('se conservan en este equipo');
  });
});
