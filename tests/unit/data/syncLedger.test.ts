import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { SyncLedger, type LedgerCause, type LedgerState } from '../../../src/data/syncLedger.ts';
import { openUserDb, type UserDb } from '../../../src/data/userDb.ts';
import type { DocName, SchoolId } from '../../../src/domain/wire/documentNames.ts';

const SCHOOL = '7423' as SchoolId;
const DOC = 'school:7423:monitoring' as DocName;

// fake-indexeddb keeps its databases for the whole file: each test uses its own user.
let users = 0;
const newDb = () => openUserDb(`ledger-user-${++users}`);

const saved = (db: UserDb) => db.syncState.get(DOC);

/** Polls until the saved row matches (the ledger writes through to Dexie asynchronously). */
const savedBecomes = (db: UserDb, expected: object) =>
  vi.waitFor(async () => expect(await saved(db)).toMatchObject(expected));

function record(ledger: SyncLedger): [LedgerState, LedgerCause][] {
  const seen: [LedgerState, LedgerCause][] = [];
  ledger.subscribe(DOC, SCHOOL, (state, cause) => seen.push([state, cause]));
  return seen;
}

describe('SyncLedger: the one owner of the pending count (S-6)', () => {
  it('counts device changes in memory at once and writes them through to Dexie', async () => {
    const db = newDb();
    const ledger = new SyncLedger(db);
    const seen = record(ledger);
    ledger.countChange(DOC, SCHOOL);
    ledger.countChange(DOC, SCHOOL);
    expect(ledger.state(DOC)).toEqual({ pending: 2, denied: null });
    expect(seen.filter(([, cause]) => cause === 'change').map(([s]) => s.pending)).toEqual([1, 2]);
    await ledger.settled();
    await savedBecomes(db, { name: DOC, schoolId: SCHOOL, pending: 2, denied: null });
    db.close();
  });

  it('keeps the count across a restart: changes counted before the saved row is read add to it', async () => {
    const db = newDb();
    const first = new SyncLedger(db);
    for (let i = 0; i < 3; i++) first.countChange(DOC, SCHOOL);
    await first.settled();
    await savedBecomes(db, { pending: 3 });

    const second = new SyncLedger(db);
    second.countChange(DOC, SCHOOL); // before its saved row arrives
    await second.settled();
    expect(second.state(DOC).pending).toBe(4);
    await savedBecomes(db, { pending: 4 });
    db.close();
  });

  it('a checkpoint confirms only the changes before its mark: a later change keeps it pending', async () => {
    const db = newDb();
    const ledger = new SyncLedger(db);
    const seen = record(ledger);
    await ledger.settled();
    ledger.countChange(DOC, SCHOOL);
    const stale = ledger.mark(DOC);
    ledger.countChange(DOC, SCHOOL);
    expect(ledger.confirm(DOC, stale)).toBe(false);
    expect(ledger.state(DOC).pending).toBe(2);

    const current = ledger.mark(DOC);
    expect(ledger.confirm(DOC, current)).toBe(true);
    expect(ledger.state(DOC).pending).toBe(0);
    expect(seen.at(-1)).toEqual([{ pending: 0, denied: null }, 'confirm']);
    await ledger.settled();
    const row = await saved(db);
    expect(row?.pending).toBe(0);
    expect(row?.lastSyncedAt).toEqual(expect.any(Number));
    db.close();
  });

  it('a confirmation that arrives before the saved row is read wins over the older saved count', async () => {
    const db = newDb();
    await db.syncState.put({ name: DOC, schoolId: SCHOOL, pending: 5, lastSyncedAt: null, denied: null });
    const ledger = new SyncLedger(db);
    ledger.subscribe(DOC, SCHOOL, () => undefined);
    expect(ledger.confirm(DOC, ledger.mark(DOC))).toBe(true);
    await ledger.settled();
    expect(ledger.state(DOC).pending).toBe(0);
    await savedBecomes(db, { pending: 0 });
    db.close();
  });

  it('the saved refusal is shown until the relay answers; the relay’s answer is never overwritten by it', async () => {
    const db = newDb();
    await db.syncState.put({ name: DOC, schoolId: SCHOOL, pending: 1, lastSyncedAt: null, denied: 'access-revoked' });

    const restored = new SyncLedger(db);
    record(restored);
    await restored.settled();
    expect(restored.state(DOC)).toEqual({ pending: 1, denied: 'access-revoked' });

    const answered = new SyncLedger(db);
    answered.setDenied(DOC, SCHOOL, null); // the relay let it through before the row was read
    await answered.settled();
    expect(answered.state(DOC)).toEqual({ pending: 1, denied: null });
    await savedBecomes(db, { pending: 1, denied: null });
    db.close();
  });
});
