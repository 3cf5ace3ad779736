// The workspace's background opening (docs/spec/startup.md): which documents it queues first, how
// a screen's document jumps it, and that an unchanged document is not derived again at each start.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeProfile } from '../../../src/data/docs/profile/fields.ts';
import { LOCAL_EDIT, Workspace } from '../../../src/data/workspace.ts';
import { docName, type DocName, type SchoolId } from '../../../src/domain/wire/documentNames.ts';

let users = 0;
const newUser = () => `warm-${++users}`;
const SCHOOLS = ['1001', '1002', '1003', '1004'] as SchoolId[];
const profileOf = (id: SchoolId) => docName(id, 'profile');
const programmeOf = (id: SchoolId) => docName(id, 'programme');

/** A device that holds four schools (profile and programme), one of them edited here and not synced. */
async function deviceWithFourSchools(pendingSchool: SchoolId): Promise<string> {
  const user = newUser();
  const ws = new Workspace(user);
  for (const id of SCHOOLS) {
    const origin = id === pendingSchool ? LOCAL_EDIT : 'relay';
    writeProfile(await ws.openDoc(profileOf(id)), { rbd: Number(id), name: `Escuela ${id}` }, origin);
    await ws.openDoc(programmeOf(id));
  }
  await vi.waitFor(async () => expect(await ws.db.schools.count()).toBe(SCHOOLS.length));
  await ws.close();
  return user;
}

afterEach(() => vi.restoreAllMocks());

describe('background opening', () => {
  it('CS-2: queues the documents with unsynced changes before every other', async () => {
    const ws = new Workspace(await deviceWithFourSchools('1003' as SchoolId));
    await ws.queueEverything();
    const order = ws.backgroundOrder();
    expect(order[0]).toBe(profileOf('1003' as SchoolId));
    expect(new Set(order)).toEqual(new Set(SCHOOLS.flatMap((id) => [profileOf(id), programmeOf(id)])));
    expect(ws.openDocs()).toEqual([]);
    await ws.close();
  });

  it('CS-3: a school a screen opens goes next, after the unsynced documents', async () => {
    const ws = new Workspace(await deviceWithFourSchools('1001' as SchoolId));
    await ws.queueEverything();
    const doc = await ws.openDoc(profileOf('1004' as SchoolId));
    expect(doc.getMap('profile').size).toBeGreaterThan(0);
    const order = ws.backgroundOrder();
    expect(order.slice(0, 2)).toEqual([profileOf('1001' as SchoolId), programmeOf('1004' as SchoolId)]);
    expect(order).not.toContain(profileOf('1004' as SchoolId));
    await ws.close();
  });

  it('CS-1: opens every document and attaches each as it opens', async () => {
    const ws = new Workspace(await deviceWithFourSchools('1002' as SchoolId));
    const attached: DocName[] = [];
    ws.onDocOpened((name) => attached.push(name));
    await ws.startBackgroundOpening();
    expect(new Set(attached)).toEqual(new Set(SCHOOLS.flatMap((id) => [profileOf(id), programmeOf(id)])));
    expect(attached[0]).toBe(profileOf('1002' as SchoolId));
    await ws.close();
  });

  it('CS-5: an unchanged document is not derived again; a stale derivation is', async () => {
    const user = await deviceWithFourSchools('1001' as SchoolId);
    const before = new Map((await new Workspace(user).db.schools.toArray()).map((s) => [s.schoolId, s.updatedAt]));
    const ws = new Workspace(user);
    await ws.db.docs.update(profileOf('1002' as SchoolId), { derivedSv: 'stale' });
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2099, 0, 1));
    await ws.openAllAndReindex();
    const after = new Map((await ws.db.schools.toArray()).map((s) => [s.schoolId, s.updatedAt]));
    expect(after.get('1002' as SchoolId)).toBe(Date.UTC(2099, 0, 1));
    for (const id of ['1001', '1003', '1004'] as SchoolId[]) expect(after.get(id)).toBe(before.get(id));
    await ws.close();
  });

  it('CS-5: a document a screen opens is not derived again either', async () => {
    const user = await deviceWithFourSchools('1001' as SchoolId);
    const ws = new Workspace(user);
    const before = (await ws.db.schools.get('1003' as SchoolId))?.updatedAt;
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2099, 0, 1));
    await ws.openDoc(profileOf('1003' as SchoolId));
    await ws.startBackgroundOpening();
    expect((await ws.db.schools.get('1003' as SchoolId))?.updatedAt).toBe(before);
    expect((await ws.db.docs.get(profileOf('1003' as SchoolId)))?.derivedSv).toBeTruthy();
    await ws.close();
  });
});
