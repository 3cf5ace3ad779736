/* eslint-disable max-lines -- one contract run against both stores (SQLite, PostgreSQL) */
// One storage contract, run against SQLite always and against PostgreSQL when TEST_DATABASE_URL
// is set (each test in a fresh schema, dropped afterwards). Plus a kill -9 durability test for SQLite.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresStorage } from '../../sync-server/src/storage/postgres.ts';
import { createSqliteStorage } from '../../sync-server/src/storage/sqlite.ts';
import { attachmentsFileOf } from '../../sync-server/src/storage/sqliteAttachments.ts';
import { UsernameTakenError } from '../../sync-server/src/storage/types.ts';
import type { NewUser, Storage } from '../../sync-server/src/storage/types.ts';

/** One backing store (a file, a schema); open() may be called several times on it. */
interface Harness {
  open(): Promise<Storage>;
  dispose(): Promise<void>;
  /** Turns the (closed) store back into one made before attachments existed. */
  downgradeToV1(): Promise<void>;
}

const user = (username: string, role: NewUser['role'] = 'asesor'): NewUser => ({
  username,
  displayName: `Nombre ${username}`,
  role,
  passwordHash: `hash-${username}`,
});

/** Real Yjs updates: each call edits the doc and returns the update it produced. */
function editor() {
  const doc = new Y.Doc();
  return (key: string, value: string): Uint8Array => {
    let update: Uint8Array | undefined;
    const capture = (u: Uint8Array) => (update = u);
    doc.on('update', capture);
    doc.getMap('campos').set(key, value);
    doc.off('update', capture);
    if (!update) throw new Error('no update produced');
    return update;
  };
}

function rebuild(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

export function describeStorageContract(name: string, makeHarness: () => Promise<Harness>): void {
  describe(`storage contract: ${name}`, () => {
    let harness: Harness;
    let storage: Storage;
    const opened: Storage[] = [];
    const open = async () => {
      const s = await harness.open();
      opened.push(s);
      return s;
    };

    beforeEach(async () => {
      harness = await makeHarness();
      storage = await open();
    });
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await harness.dispose();
    });

    it('RW-1: appends a batch of several documents in one transaction, in order; a failed batch stores nothing', async () => {
      const edit = editor();
      const updates = [edit('a', '1'), edit('b', '2'), edit('a', '3')];
      await storage.appendUpdates([
        { name: 'school:s1:pme', update: updates[0]! },
        { name: 'school:s2:pme', update: edit('otro', 'x') },
        { name: 'school:s1:pme', update: updates[1]! },
        { name: 'school:s1:pme', update: updates[2]! },
      ]);
      const loaded = await storage.loadUpdates('school:s1:pme');
      expect(loaded.updates.map((u) => [...u])).toEqual(updates.map((u) => [...u]));
      expect(loaded.ids).toEqual([...loaded.ids].sort((x, y) => x - y));
      const broken = [
        { name: 'school:s3:pme', update: edit('c', '4') },
        { name: null as unknown as string, update: edit('d', '5') },
      ];
      await expect(storage.appendUpdates(broken)).rejects.toThrow();
      expect((await storage.loadUpdates('school:s3:pme')).updates).toEqual([]);
    });

    it('appends and loads updates in order; they rebuild the same Y.Doc', async () => {
      const edit = editor();
      const updates = [edit('a', '1'), edit('b', '2'), edit('a', '3')];
      for (const u of updates) await storage.appendUpdate('school:s1:pme', u);
      await storage.appendUpdate('school:s2:pme', edit('other', 'x'));

      const loaded = await storage.loadUpdates('school:s1:pme');
      expect(loaded.updates.map((u) => Array.from(u))).toEqual(updates.map((u) => Array.from(u)));
      expect(loaded.lastId).toBeGreaterThan(0);
      expect(loaded.ids).toHaveLength(3);
      expect([...loaded.ids].sort((x, y) => x - y)).toEqual(loaded.ids);
      expect(loaded.ids.at(-1)).toBe(loaded.lastId);
      expect(rebuild(loaded.updates).getMap('campos').toJSON()).toEqual({ a: '3', b: '2' });
      expect(await storage.loadUpdates('missing')).toEqual({ updates: [], ids: [], lastId: 0 });
    });

    it('compaction keeps updates appended after the load it was based on', async () => {
      const edit = editor();
      const [a, b] = [edit('a', 'A'), edit('b', 'B')];
      await storage.appendUpdate('doc', a);
      await storage.appendUpdate('doc', b);
      const { updates, lastId } = await storage.loadUpdates('doc');
      await storage.appendUpdate('doc', edit('c', 'C'));
      await storage.compact('doc', Y.mergeUpdates(updates), lastId);

      const after = await storage.loadUpdates('doc');
      expect(after.updates).toHaveLength(2);
      expect(after.lastId).toBeGreaterThan(lastId);
      expect(rebuild(after.updates).getMap('campos').toJSON()).toEqual({ a: 'A', b: 'B', c: 'C' });
    });

    it('S-5 keeps refused updates in the quarantine with sender, time and reason, apart from the log', async () => {
      const bytes = Uint8Array.from([1, 1, 255, 255, 255, 255, 15, 1, 136]);
      await storage.quarantineUpdate({
        name: 'school:s1:pme',
        userId: 'u-1',
        receivedAt: 1_700_000_000_123,
        reason: 'dangling-reference',
        update: bytes,
      });
      await storage.quarantineUpdate({
        name: 'school:s2:pme',
        userId: null,
        receivedAt: 5,
        reason: 'apply-failed',
        update: Uint8Array.from([9]),
      });
      const all = await storage.listQuarantine();
      expect(all.map(({ id: _id, ...rest }) => ({ ...rest, update: Array.from(rest.update) }))).toEqual([
        {
          name: 'school:s1:pme',
          userId: 'u-1',
          receivedAt: 1_700_000_000_123,
          reason: 'dangling-reference',
          update: Array.from(bytes),
        },
        { name: 'school:s2:pme', userId: null, receivedAt: 5, reason: 'apply-failed', update: [9] },
      ]);
      expect(all[0]!.id).toBeLessThan(all[1]!.id);
      expect((await storage.listQuarantine('school:s2:pme')).map((q) => q.reason)).toEqual(['apply-failed']);
      expect(await storage.listQuarantine('school:none')).toEqual([]);
      expect((await storage.loadUpdates('school:s1:pme')).updates).toEqual([]);
    });

    it('S-9 compaction moves the rows it could not merge to the quarantine in the same transaction', async () => {
      const edit = editor();
      const [a, b] = [edit('a', 'A'), edit('b', 'B')];
      const poison = Uint8Array.from([7, 7, 7]);
      await storage.appendUpdate('doc', a);
      await storage.appendUpdate('doc', poison);
      await storage.appendUpdate('doc', b);
      const { ids, lastId } = await storage.loadUpdates('doc');
      await storage.appendUpdate('doc', edit('c', 'C'));
      await storage.compact('doc', Y.mergeUpdates([a, b]), lastId, [{ rowId: ids[1]!, reason: 'apply-failed' }]);

      const after = await storage.loadUpdates('doc');
      expect(after.updates).toHaveLength(2);
      expect(rebuild(after.updates).getMap('campos').toJSON()).toEqual({ a: 'A', b: 'B', c: 'C' });
      const [moved, ...rest] = await storage.listQuarantine('doc');
      expect(rest).toEqual([]);
      expect(moved).toMatchObject({ name: 'doc', userId: null, reason: 'apply-failed' });
      expect(Array.from(moved!.update)).toEqual([7, 7, 7]);
    });

    it('A-8 the access version grows with every change to users or grants, as seen from another instance', async () => {
      const other = await open();
      const seen = [await other.accessVersion()];
      const u = await storage.createUser(user('versionada'));
      await storage.grant(u.id, 'rbd-1');
      seen.push(await other.accessVersion());
      await storage.revoke(u.id, 'rbd-1');
      seen.push(await other.accessVersion());
      await storage.updateUser(u.id, { disabled: true });
      seen.push(await other.accessVersion());
      await storage.updateUser(u.id, { tokenVersion: 1 });
      seen.push(await other.accessVersion());
      expect(await storage.claimSchool(u.id, 'rbd-2')).toBe(true);
      seen.push(await other.accessVersion());
      for (let i = 1; i < seen.length; i++) expect(seen[i], `change ${i}`).toBeGreaterThan(seen[i - 1]!);
      await storage.listGrants(u.id);
      expect(await other.accessVersion()).toBe(seen.at(-1));
    });

    it('HL-1 ping answers while the storage is open and fails once it is closed', async () => {
      await expect(storage.ping(1500)).resolves.toBeUndefined();
      const other = await open();
      await other.close();
      await expect(other.ping(1500)).rejects.toThrow();
    });

    it('lists document names by prefix', async () => {
      const u = editor()('k', 'v');
      for (const n of ['school:1:pme', 'school:1:visitas', 'school:2:pme', 'user:9', 'school:1:pme'])
        await storage.appendUpdate(n, u);
      expect(await storage.listDocumentNames('school:1:')).toEqual(['school:1:pme', 'school:1:visitas']);
      expect(await storage.listDocumentNames('school:')).toEqual(['school:1:pme', 'school:1:visitas', 'school:2:pme']);
      expect(await storage.listDocumentNames('school%')).toEqual([]);
      expect((await storage.listDocumentNames('')).length).toBe(4);
    });

    it('creates users; usernames are unique regardless of case', async () => {
      const created = await storage.createUser(user('Maria'));
      expect(created).toMatchObject({
        username: 'Maria',
        displayName: 'Nombre Maria',
        role: 'asesor',
        disabled: false,
        tokenVersion: 0,
      });
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
      await expect(storage.createUser(user('maria'))).rejects.toBeInstanceOf(UsernameTakenError);
      await expect(storage.createUser(user('MARIA', 'admin'))).rejects.toBeInstanceOf(UsernameTakenError);

      expect(await storage.findUserByUsername('mAriA')).toEqual(created);
      expect(await storage.findUserById(created.id)).toEqual(created);
      expect(await storage.findUserByUsername('nadie')).toBeNull();
      expect(await storage.findUserById(randomUUID())).toBeNull();
      await storage.createUser(user('ana', 'coordinador'));
      expect((await storage.listUsers()).map((u) => u.username)).toEqual(['ana', 'Maria']);
    });

    it('updates users', async () => {
      const u = await storage.createUser(user('pedro'));
      const patched = await storage.updateUser(u.id, {
        displayName: 'Pedro P.',
        disabled: true,
        tokenVersion: 3,
        role: 'coordinador',
        passwordHash: 'h2',
      });
      expect(patched).toEqual({
        ...u,
        displayName: 'Pedro P.',
        disabled: true,
        tokenVersion: 3,
        role: 'coordinador',
        passwordHash: 'h2',
      });
      expect(await storage.findUserById(u.id)).toEqual(patched);
      expect(await storage.updateUser(u.id, {})).toEqual(patched);
      expect(await storage.updateUser(u.id, { disabled: false })).toMatchObject({ disabled: false, tokenVersion: 3 });
      expect(await storage.updateUser(randomUUID(), { disabled: true })).toBeNull();
    });

    it('A-9 keeps the RUT a sostenedor is bound to, across updates and a reopen; others have none', async () => {
      const plain = await storage.createUser(user('pablo'));
      expect(plain.sostenedorRut).toBeNull();
      const slep = await storage.createUser({ ...user('slep', 'sostenedor'), sostenedorRut: '62000660' });
      expect(slep).toMatchObject({ role: 'sostenedor', sostenedorRut: '62000660' });
      expect(await storage.findUserById(slep.id)).toEqual(slep);
      const version = await storage.accessVersion();
      const moved = await storage.updateUser(slep.id, { sostenedorRut: '61935400' });
      expect(moved).toEqual({ ...slep, sostenedorRut: '61935400' });
      expect(await storage.accessVersion(), 'a new binding is a change of access (A-8)').toBeGreaterThan(version);
      expect(await storage.updateUser(slep.id, { displayName: 'SLEP Andalién Sur' })).toMatchObject({
        sostenedorRut: '61935400',
      });
      expect(await storage.updateUser(slep.id, { sostenedorRut: null })).toMatchObject({ sostenedorRut: null });
      await storage.updateUser(slep.id, { sostenedorRut: '62000660' });
      const reopened = await open();
      expect(await reopened.findUserByUsername('slep')).toMatchObject({ sostenedorRut: '62000660' });
      expect(await reopened.findUserById(plain.id)).toEqual(plain);
      expect((await reopened.listUsers()).map((u) => [u.username, u.sostenedorRut])).toEqual([
        ['pablo', null],
        ['slep', '62000660'],
      ]);
    });

    it("A-4/A-9 a sostenedor's grant does not count as held: an asesor still claims the school", async () => {
      const slep = await storage.createUser({ ...user('slep', 'sostenedor'), sostenedorRut: null });
      const a = await storage.createUser(user('a'));
      await storage.grant(slep.id, 'rbd-1');
      expect(await storage.claimSchool(a.id, 'rbd-1')).toBe(true);
      expect(await storage.listGrants(slep.id)).toEqual(['rbd-1']);
    });

    it('grants, revokes and lists grants and holders', async () => {
      const a = await storage.createUser(user('a'));
      const c = await storage.createUser(user('c', 'coordinador'));
      await storage.grant(a.id, 'rbd-2');
      await storage.grant(a.id, 'rbd-1');
      await storage.grant(a.id, 'rbd-1');
      await storage.grant(c.id, 'rbd-1');
      expect(await storage.listGrants(a.id)).toEqual(['rbd-1', 'rbd-2']);
      const holders = await storage.listHolders('rbd-1');
      expect(holders).toHaveLength(2);
      expect(holders).toEqual(
        expect.arrayContaining([
          { userId: a.id, schoolId: 'rbd-1', role: 'asesor' },
          { userId: c.id, schoolId: 'rbd-1', role: 'coordinador' },
        ]),
      );
      await storage.revoke(a.id, 'rbd-1');
      await storage.revoke(a.id, 'rbd-9');
      expect(await storage.listGrants(a.id)).toEqual(['rbd-2']);
      expect(await storage.listHolders('rbd-1')).toEqual([{ userId: c.id, schoolId: 'rbd-1', role: 'coordinador' }]);
      expect(await storage.listHolders('rbd-none')).toEqual([]);
    });

    it('claimSchool grants an unheld school and refuses one held by another asesor', async () => {
      const [a, b] = [await storage.createUser(user('a')), await storage.createUser(user('b'))];
      expect(await storage.claimSchool(a.id, 'rbd-1')).toBe(true);
      expect(await storage.claimSchool(a.id, 'rbd-1')).toBe(true);
      expect(await storage.claimSchool(b.id, 'rbd-1')).toBe(false);
      expect(await storage.listGrants(b.id)).toEqual([]);
      expect(await storage.listHolders('rbd-1')).toEqual([{ userId: a.id, schoolId: 'rbd-1', role: 'asesor' }]);
      await storage.revoke(a.id, 'rbd-1');
      expect(await storage.claimSchool(b.id, 'rbd-1')).toBe(true);
    });

    it('A-8 a revoked asesor cannot claim the school back until an administrator grants it again; others still can', async () => {
      const [a, b] = [await storage.createUser(user('a')), await storage.createUser(user('b'))];
      expect(await storage.claimSchool(a.id, 'rbd-1')).toBe(true);
      expect(await storage.isWithdrawn(a.id, 'rbd-1')).toBe(false);
      await storage.revoke(a.id, 'rbd-1');
      expect(await storage.isWithdrawn(a.id, 'rbd-1')).toBe(true);
      expect(await storage.claimSchool(a.id, 'rbd-1')).toBe(false);
      expect(await storage.listGrants(a.id)).toEqual([]);
      expect(await storage.isWithdrawn(b.id, 'rbd-1')).toBe(false);
      await storage.grant(a.id, 'rbd-1');
      expect(await storage.isWithdrawn(a.id, 'rbd-1')).toBe(false);
      expect(await storage.listGrants(a.id)).toEqual(['rbd-1']);
      await storage.revoke(a.id, 'rbd-1');
      expect(await storage.claimSchool(b.id, 'rbd-1')).toBe(true);
    });

    it("a coordinador's or escuela's grant does not count as held", async () => {
      const coord = await storage.createUser(user('coord', 'coordinador'));
      const school = await storage.createUser(user('escuela1', 'escuela'));
      const a = await storage.createUser(user('a'));
      await storage.grant(coord.id, 'rbd-1');
      await storage.grant(school.id, 'rbd-1');
      expect(await storage.claimSchool(a.id, 'rbd-1')).toBe(true);
      expect((await storage.listHolders('rbd-1')).map((h) => h.role).sort()).toEqual([
        'asesor',
        'coordinador',
        'escuela',
      ]);
    });

    it('five concurrent claims of one school: exactly one wins', async () => {
      const asesores = await Promise.all([1, 2, 3, 4, 5].map((i) => storage.createUser(user(`asesor${i}`))));
      const results = await Promise.all(asesores.map((a) => storage.claimSchool(a.id, 'rbd-7')));
      expect(results.filter(Boolean)).toHaveLength(1);
      const holders = await storage.listHolders('rbd-7');
      expect(holders).toHaveLength(1);
      expect(holders[0]?.userId).toBe(asesores[results.indexOf(true)]?.id);
    });

    it('concurrent claims through several instances on the same store: exactly one wins', async () => {
      const others = await Promise.all([open(), open()]);
      const instances = [storage, ...others];
      const asesores = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => storage.createUser(user(`x${i}`))));
      for (let round = 0; round < 5; round++) {
        const school = `rbd-${round}`;
        const results = await Promise.all(
          asesores.map((a, i) => instances[i % instances.length]!.claimSchool(a.id, school)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await storage.listHolders(school)).toHaveLength(1);
      }
    });

    it('several instances opening a fresh store at once migrate it once', async () => {
      const fresh = await makeHarness();
      try {
        const instances = await Promise.all([1, 2, 3, 4].map(() => fresh.open()));
        await instances[0]!.createUser(user('uno'));
        for (const s of instances) expect(await s.findUserByUsername('UNO')).not.toBeNull();
        for (const s of instances) await s.close();
      } finally {
        await fresh.dispose();
      }
    });

    describe('attachments (S-14, S-15)', () => {
      const png = (size: number, fill = 7) => {
        const bytes = new Uint8Array(size).fill(fill);
        bytes.set([0x89, 0x50, 0x4e, 0x47].slice(0, size));
        return bytes;
      };
      const meta = { type: 'image/png', size: 10 } as const;
      const yes = () => true;
      const list = (b: Uint8Array | null) => (b ? Array.from(b) : null);

      it('appends chunks at their offsets; the last one is verified over every byte and completes the blob', async () => {
        const bytes = png(10);
        let verified: number[] | null = null;
        const verify = (chunks: readonly Uint8Array[], info: { size: number }) => (
          (verified = chunks.flatMap((c) => Array.from(c))),
          info.size === 10
        );
        expect(await storage.attachmentInfo('501', 'h1')).toBeNull();
        expect(await storage.appendAttachmentChunk('501', 'h1', meta, 0, bytes.subarray(0, 4), verify)).toEqual({
          outcome: 'appended',
          received: 4,
        });
        expect(await storage.appendAttachmentChunk('501', 'h1', meta, 4, bytes.subarray(4, 9), verify)).toEqual({
          outcome: 'appended',
          received: 9,
        });
        expect(verified).toBeNull();
        expect(await storage.attachmentInfo('501', 'h1')).toEqual({
          type: 'image/png',
          size: 10,
          received: 9,
          complete: false,
        });
        expect(await storage.readAttachment('501', 'h1')).toBeNull();
        expect(await storage.appendAttachmentChunk('501', 'h1', meta, 9, bytes.subarray(9), verify)).toEqual({
          outcome: 'complete',
          size: 10,
        });
        expect(verified).toEqual(Array.from(bytes));
        expect(list(await storage.readAttachment('501', 'h1'))).toEqual(Array.from(bytes));
        expect(await storage.attachmentInfo('501', 'h1')).toEqual({
          type: 'image/png',
          size: 10,
          received: 10,
          complete: true,
        });
        expect(await storage.readAttachment('502', 'h1')).toBeNull();
      });

      it('refuses a chunk at the wrong offset, and any chunk once complete', async () => {
        expect(await storage.appendAttachmentChunk('501', 'h2', meta, 3, png(3), yes)).toEqual({
          outcome: 'offset-mismatch',
          received: 0,
        });
        expect(await storage.attachmentInfo('501', 'h2')).toBeNull();
        await storage.appendAttachmentChunk('501', 'h2', meta, 0, png(5), yes);
        expect(await storage.appendAttachmentChunk('501', 'h2', meta, 0, png(5), yes)).toEqual({
          outcome: 'offset-mismatch',
          received: 5,
        });
        expect(await storage.appendAttachmentChunk('501', 'h2', meta, 6, png(4), yes)).toEqual({
          outcome: 'offset-mismatch',
          received: 5,
        });
        expect(await storage.appendAttachmentChunk('501', 'h2', meta, 5, png(5, 9), yes)).toEqual({
          outcome: 'complete',
          size: 10,
        });
        const already = { outcome: 'already-complete', type: 'image/png', size: 10 };
        expect(await storage.appendAttachmentChunk('501', 'h2', meta, 0, png(10), () => false)).toEqual(already);
        expect(
          await storage.appendAttachmentChunk('501', 'h2', { type: 'image/jpeg', size: 4 }, 0, png(4), yes),
        ).toEqual(already);
        expect((await storage.readAttachment('501', 'h2'))?.length).toBe(10);
      });

      it('a failed verification deletes the upload; restarting at 0 with other metadata replaces a partial', async () => {
        await storage.appendAttachmentChunk('501', 'h3', meta, 0, png(6), () => false);
        expect(await storage.appendAttachmentChunk('501', 'h3', meta, 6, png(4), () => false)).toEqual({
          outcome: 'rejected',
        });
        expect(await storage.attachmentInfo('501', 'h3')).toBeNull();
        expect(await storage.appendAttachmentChunk('501', 'h3b', meta, 0, png(10), () => false)).toEqual({
          outcome: 'rejected',
        });
        expect(await storage.attachmentInfo('501', 'h3b')).toBeNull();

        await storage.appendAttachmentChunk('501', 'h4', meta, 0, png(6), yes);
        const other = { type: 'image/jpeg', size: 4 } as const;
        expect(await storage.appendAttachmentChunk('501', 'h4', other, 2, png(2), yes)).toEqual({
          outcome: 'offset-mismatch',
          received: 0,
        });
        expect(await storage.appendAttachmentChunk('501', 'h4', other, 0, png(4, 1), yes)).toEqual({
          outcome: 'complete',
          size: 4,
        });
        expect(list(await storage.readAttachment('501', 'h4'))).toEqual(Array.from(png(4, 1)));
        expect(await storage.attachmentInfo('501', 'h4')).toMatchObject({ type: 'image/jpeg', size: 4 });
      });

      it('concurrent appends at one offset through several instances: exactly one is stored', async () => {
        const instances = [storage, ...(await Promise.all([open(), open()]))];
        const big = { type: 'image/png', size: 3 * 100_000 } as const;
        for (const offset of [0, 100_000, 200_000]) {
          const results = await Promise.all(
            instances.map((s, i) => s.appendAttachmentChunk('501', 'h5', big, offset, png(100_000, i), yes)),
          );
          const outcomes = results.map((r) => r.outcome).sort();
          expect(outcomes).toEqual(
            offset < 200_000
              ? ['appended', 'offset-mismatch', 'offset-mismatch']
              : ['already-complete', 'already-complete', 'complete'],
          );
        }
        expect((await storage.readAttachment('501', 'h5'))?.length).toBe(big.size);
      });

      it('a database made before attachments gains them at open, keeping its data', async () => {
        const u = await storage.createUser(user('antigua'));
        await storage.appendUpdate('doc', editor()('k', 'v'));
        await storage.close();
        await harness.downgradeToV1();
        const migrated = await open();
        expect(await migrated.findUserById(u.id)).toEqual(u);
        expect((await migrated.loadUpdates('doc')).updates).toHaveLength(1);
        expect(await migrated.appendAttachmentChunk('501', 'h8', meta, 0, png(10), yes)).toEqual({
          outcome: 'complete',
          size: 10,
        });
      });

      it('attachments survive close and reopen', async () => {
        await storage.appendAttachmentChunk('501', 'h6', meta, 0, png(10), yes);
        await storage.appendAttachmentChunk('501', 'h7', meta, 0, png(3), yes);
        await storage.close();
        const reopened = await open();
        expect(list(await reopened.readAttachment('501', 'h6'))).toEqual(Array.from(png(10)));
        expect(await reopened.attachmentInfo('501', 'h7')).toEqual({
          type: 'image/png',
          size: 10,
          received: 3,
          complete: false,
        });
      });
    });

    it('data survives close and reopen', async () => {
      const edit = editor();
      await storage.appendUpdate('doc', edit('k', 'v'));
      const u = await storage.createUser(user('persistente'));
      await storage.grant(u.id, 'rbd-3');
      await storage.close();

      const reopened = await open();
      expect(
        rebuild((await reopened.loadUpdates('doc')).updates)
          .getMap('campos')
          .toJSON(),
      ).toEqual({ k: 'v' });
      expect(await reopened.findUserByUsername('PERSISTENTE')).toEqual(u);
      expect(await reopened.listGrants(u.id)).toEqual(['rbd-3']);
      await reopened.appendUpdate('doc', edit('k2', 'v2'));
      expect((await reopened.loadUpdates('doc')).updates).toHaveLength(2);
    });
  });
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bitacora-storage-'));

describeStorageContract('sqlite', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'missing-parent', 'bitacora.sqlite');
  return {
    open: async () => createSqliteStorage(file),
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
    downgradeToV1: async () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${attachmentsFileOf(file)}${suffix}`, { force: true });
    },
  };
});

// RW-7: the relay's SQLite writes run on a writer thread; the same contract holds there.
describeStorageContract('sqlite (writer thread)', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'bitacora.sqlite');
  const lost: string[] = [];
  return {
    open: async () => createSqliteStorage(file, { writerThread: true, onWriterLost: (e) => lost.push(e) }),
    dispose: async () => {
      fs.rmSync(dir, { recursive: true, force: true });
      expect(lost, 'the writer thread was lost').toEqual([]);
    },
    downgradeToV1: async () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${attachmentsFileOf(file)}${suffix}`, { force: true });
    },
  };
});

const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) {
  describeStorageContract('postgres', async () => {
    const schema = `contract_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(pgUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      open: () => createPostgresStorage(url.toString()),
      dispose: async () => {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
      downgradeToV1: async () => {
        await admin.query(
          `DROP TABLE ${schema}.attachment_chunks, ${schema}.attachments, ${schema}.quarantine, ${schema}.access_version, ${schema}.withdrawn; ALTER TABLE ${schema}.users DROP COLUMN sostenedor_rut; DELETE FROM ${schema}.schema_migrations WHERE version > 1`,
        );
      },
    };
  });
} else {
  describe.skip('storage contract: postgres (set TEST_DATABASE_URL)', () => it('skipped', () => undefined));
}

describe('sqlite durability', () => {
  it.each(['main thread', 'writer thread'])(
    'every update acknowledged before kill -9 is in the file afterwards (%s)',
    async (mode) => {
      const dir = tempDir();
      try {
        const file = path.join(dir, 'durable.sqlite');
        const script = path.join(dir, 'append.mjs');
        const moduleUrl = new URL('../../sync-server/src/storage/sqlite.ts', import.meta.url).href;
        fs.writeFileSync(
          script,
          `import { createSqliteStorage } from ${JSON.stringify(moduleUrl)};
const storage = createSqliteStorage(process.argv[2], {
  writerThread: process.argv[3] === 'writer thread',
  onWriterLost: (e) => process.stderr.write('writer thread lost: ' + e),
});
for (let k = 1; k <= 1000000; k++) {
  await storage.appendUpdate('doc', new TextEncoder().encode('update ' + k));
  process.stdout.write('appended ' + k + '\\n');
}
`,
        );
        const cwd = fileURLToPath(new URL('../..', import.meta.url));
        const child = spawn(process.execPath, ['--import', 'tsx', script, file, mode], {
          cwd,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const acknowledged: number[] = [];
        let [stderr, pending] = ['', ''];
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const exited = new Promise<NodeJS.Signals | null>((resolve) =>
          child.on('close', (_code, signal) => resolve(signal)),
        );
        child.stdout.on('data', (d: Buffer) => {
          pending += d.toString();
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) {
            const m = /^appended (\d+)$/.exec(line);
            if (m) acknowledged.push(Number(m[1]));
            if (acknowledged.length === 200 && !child.killed) child.kill('SIGKILL');
          }
        });
        const signal = await exited;
        expect(stderr).toBe('');
        expect(signal).toBe('SIGKILL');
        expect(acknowledged.length).toBeGreaterThanOrEqual(200);

        const storage = createSqliteStorage(file);
        const stored = new Set((await storage.loadUpdates('doc')).updates.map((u) => new TextDecoder().decode(u)));
        await storage.close();
        const db = new Database(file);
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        db.close();
        const lost = acknowledged.filter((k) => !stored.has(`update ${k}`));
        expect(lost).toEqual([]);
        expect(stored.size).toBeGreaterThanOrEqual(Math.max(...acknowledged));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
