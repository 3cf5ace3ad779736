// @vitest-environment jsdom
// SDP-1, SDP-2: the Panel's rows while the background opening derives digests: shown while writes keep
// coming, then following the last digest written; each stored digest version validated once.
import 'fake-indexeddb/auto';
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openUserDb, type UserDb } from '../../../../src/data/userDb.ts';
import { putDashboardDigest, readDashboardDigests } from '../../../../src/data/dashboardDigests.ts';
import * as Y from 'yjs';
import { evaluationDigestSchema } from '../../../../src/domain/dashboard/digests.ts';
import { deriveSchoolIndexEntry } from '../../../../src/domain/schools/schoolIndex.ts';
import { docName, toSchoolId, type SchoolId } from '../../../../src/domain/wire/documentNames.ts';

const session = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('../../../../src/features/session/index.ts', () => ({ useWorkspace: () => ({ db: session.db }) }));
const { useDashboardRows } = await import('../../../../src/features/dashboard/useDashboardRows.ts');

const SCHOOLS = 20;
let users = 0;

/** An evaluation digest as heavy to read back and validate as a school's monitoring year. */
const evaluation = (n: number) => ({
  started: n % 2 === 0,
  closedAt: null,
  actas: Array.from({ length: 400 }, (_, i) => ({
    id: `acta-${i}`,
    year: 2026,
    correctsActaId: null,
    signatures: [{ role: 'director' as const }],
  })),
});

async function deviceWithSchools(): Promise<{ db: UserDb; ids: SchoolId[] }> {
  const db = openUserDb(`dash-rows-${++users}`);
  const ids = Array.from({ length: SCHOOLS }, (_, i) => toSchoolId(40_000 + i));
  await db.schools.bulkPut(
    ids.map((id, i) => deriveSchoolIndexEntry(id, { rbd: 40_000 + i, name: `Escuela ${i}` }, Date.now())),
  );
  await db.dashboardDigests.bulkPut(
    ids.map((id) => ({
      name: docName(id, 'evaluation'),
      schoolId: id,
      kind: 'evaluation' as const,
      digest: evaluation(1),
      updatedAt: 1,
    })),
  );
  return { db, ids };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('dashboard rows while digests are derived', () => {
  it('SDP-2: the rows show, then follow the last digests, while digests keep being written in the background', async () => {
    const { db, ids } = await deviceWithSchools();
    session.db = db;
    let writing = true;
    let stamp = 2;
    // The background opening: a digest written on every turn of the event loop, for as long as it takes.
    const writer = (async () => {
      for (let n = 0; writing && n < 3000; n++) {
        const id = ids[n % ids.length]!;
        void db.dashboardDigests.put({
          name: docName(id, 'evaluation'),
          schoolId: id,
          kind: 'evaluation',
          digest: evaluation(n),
          updatedAt: stamp++,
        });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    const { result } = renderHook(() => useDashboardRows());
    let shownWhileWriting = false;
    await vi.waitFor(
      () => {
        shownWhileWriting = writing && result.current !== undefined;
        expect(result.current).toBeDefined();
      },
      { timeout: 20_000, interval: 20 },
    );
    writing = false;
    await writer;
    expect(shownWhileWriting).toBe(true);
    expect(result.current).toHaveLength(SCHOOLS);
    // Once the writes stop, the rows follow the last digests written.
    await vi.waitFor(async () => {
      const stored = await readDashboardDigests(db);
      const started = ids.filter((id) => stored.get(id)?.evaluation?.started).length;
      expect(result.current!.filter((r) => r.evaluation === 'en-curso')).toHaveLength(started);
    });
    db.close();
  });

  it('SDP-1: a digest is validated once per stored version, and an unchanged one keeps its object', async () => {
    const { db, ids } = await deviceWithSchools();
    const parse = vi.spyOn(evaluationDigestSchema, 'safeParse');
    const first = await readDashboardDigests(db);
    expect(parse).toHaveBeenCalledTimes(SCHOOLS);
    const changed = ids[3]!;
    await db.dashboardDigests.update(docName(changed, 'evaluation'), { digest: evaluation(2), updatedAt: 2 });
    const second = await readDashboardDigests(db);
    expect(parse).toHaveBeenCalledTimes(SCHOOLS + 1);
    expect(second.get(changed)?.evaluation?.started).toBe(true);
    expect(second.get(ids[0]!)?.evaluation).toBe(first.get(ids[0]!)?.evaluation);
    db.close();
  });

  it('SDP-1: a stored digest that is not valid is left out, and read again once rewritten', async () => {
    const { db, ids } = await deviceWithSchools();
    const bad = ids[5]!;
    await db.dashboardDigests.update(docName(bad, 'evaluation'), { digest: { started: 'yes' }, updatedAt: 2 });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await readDashboardDigests(db)).get(bad)).toBeUndefined();
    expect(errors).toHaveBeenCalledTimes(1);
    await db.dashboardDigests.update(docName(bad, 'evaluation'), { digest: evaluation(2), updatedAt: 3 });
    expect((await readDashboardDigests(db)).get(bad)?.evaluation?.started).toBe(true);
    db.close();
  });

  it('SDP-1: a digest validated when derived is not validated again when read; one from other schemas is', async () => {
    const { db, ids } = await deviceWithSchools();
    const derived = ids[7]!;
    const name = docName(derived, 'evaluation');
    await putDashboardDigest(db, name, derived, 'evaluation', new Y.Doc());
    const parse = vi.spyOn(evaluationDigestSchema, 'safeParse');
    const read = await readDashboardDigests(db);
    expect(read.get(derived)?.evaluation).toEqual({ started: false, closedAt: null, actas: [] });
    // The 19 rows written without a check are validated; the derived one is not.
    expect(parse).toHaveBeenCalledTimes(SCHOOLS - 1);
    const row = (await db.dashboardDigests.get(name))!;
    await db.dashboardDigests.put({ ...row, checkedWith: 'an older app', updatedAt: row.updatedAt + 1 });
    await readDashboardDigests(db);
    expect(parse).toHaveBeenCalledTimes(SCHOOLS);
    db.close();
  });
});
