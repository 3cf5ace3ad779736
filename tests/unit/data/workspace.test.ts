import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { readProfile, writeProfile } from '../../../src/data/docs/profile/fields.ts';
import { LOCAL_EDIT, Workspace } from '../../../src/data/workspace.ts';
import type { SchoolProfile } from '../../../src/domain/schools/school.ts';
import type { DocName, SchoolId } from '../../../src/domain/wire/documentNames.ts';
import { LASTARRIA_PROFILE } from '../../support/fixtures.ts';

const LASTARRIA = '7423' as SchoolId;
const LASTARRIA_DOC = 'school:7423:profile' as DocName;
const OTHER = '8485' as SchoolId;
const OTHER_DOC = 'school:8485:profile' as DocName;

const PROFILE: SchoolProfile = {
  ...LASTARRIA_PROFILE,
  name: 'Liceo José Victorino  Lastarria',
  contactEmail: '',
  contactPhone: '',
  sostenedor: '',
  notes: 'Visita en marzo.',
};

// fake-indexeddb keeps its databases for the whole file: each test uses its own user ids.
let users = 0;
const newUser = () => `user-${++users}`;
const workspace = (userId: string) => new Workspace(userId);

/** Polls until `read` finds a row (index writes are debounced, pending counts are async). */
function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
  return vi.waitFor(async () => (await read()) ?? Promise.reject(new Error('not written yet')));
}

const indexed = (ws: Workspace, schoolId: SchoolId) => eventually(() => ws.db.schools.get(schoolId));

describe('Workspace', () => {
  it('indexes a local edit of a profile and counts it as pending', async () => {
    const ws = workspace(newUser());
    const doc = await ws.openSchoolProfile(LASTARRIA);
    writeProfile(doc, PROFILE, LOCAL_EDIT);

    expect(await indexed(ws, LASTARRIA)).toMatchObject({
      schoolId: '7423',
      rbd: 7423,
      dv: '3',
      name: 'Liceo José Victorino  Lastarria',
      nameSearch: 'liceo jose victorino lastarria 7423 santiago',
      comunaCode: '13101',
      comunaName: 'Santiago',
      regionCode: '13',
      categoria: 'medio',
    });
    const sync = await eventually(() => ws.db.syncState.get(LASTARRIA_DOC));
    expect(sync.schoolId).toBe('7423');
    expect(sync.pending).toBeGreaterThanOrEqual(1);
    expect(await ws.db.docs.get(LASTARRIA_DOC)).toMatchObject({ schoolId: '7423', kind: 'profile' });
    await ws.close();
  });

  it('indexes a change from another origin without counting it as pending', async () => {
    const ws = workspace(newUser());
    const doc = await ws.openSchoolProfile(OTHER);
    writeProfile(doc, { rbd: 8485, dv: '9', name: 'Escuela Rural Trabunco', comunaCode: '08101' }, 'remote');

    expect(await indexed(ws, OTHER)).toMatchObject({ name: 'Escuela Rural Trabunco', comunaName: 'Concepción' });
    expect((await ws.db.syncState.get(OTHER_DOC))?.pending ?? 0).toBe(0);
    await ws.close();
  });

  it('a new workspace for the same user reloads the documents from IndexedDB', async () => {
    const user = newUser();
    const first = workspace(user);
    writeProfile(await first.openSchoolProfile(LASTARRIA), PROFILE, LOCAL_EDIT);
    await first.close();

    const second = workspace(user);
    await second.openAllAndReindex();
    const reopened = second.openDocs();
    expect(reopened.map(([name]) => name)).toEqual([LASTARRIA_DOC]);
    expect(readProfile(reopened[0]![1]).profile).toEqual(PROFILE);
    await second.close();
  });

  it('close() right after an edit still writes the index entry', async () => {
    const user = newUser();
    const first = workspace(user);
    writeProfile(await first.openSchoolProfile(LASTARRIA), PROFILE, LOCAL_EDIT);
    await first.close();

    const second = workspace(user);
    expect(await second.db.schools.get(LASTARRIA)).toMatchObject({ name: PROFILE.name });
    await second.close();
  });

  it('rebuilds a cleared schools table from the Yjs documents', async () => {
    const ws = workspace(newUser());
    writeProfile(await ws.openSchoolProfile(LASTARRIA), PROFILE, LOCAL_EDIT);
    await indexed(ws, LASTARRIA);
    await ws.db.schools.clear();

    await ws.openAllAndReindex();
    expect(await ws.db.schools.get(LASTARRIA)).toMatchObject({ name: PROFILE.name, comunaName: 'Santiago' });
    await ws.close();
  });

  it('rebuilds the registry and the index when the whole user Dexie db was deleted', async () => {
    const user = newUser();
    const first = workspace(user);
    writeProfile(await first.openSchoolProfile(LASTARRIA), PROFILE, LOCAL_EDIT);
    await indexed(first, LASTARRIA);
    await first.close();
    await first.db.delete();

    const second = workspace(user);
    expect(await second.db.schools.count()).toBe(0);
    await second.openAllAndReindex();
    expect(await second.db.schools.get(LASTARRIA)).toMatchObject({
      name: PROFILE.name,
      nameSearch: expect.stringContaining('7423'),
    });
    expect(await second.knownDocNames()).toEqual([LASTARRIA_DOC]);
    await second.close();
  });

  it("keeps two users' workspaces apart", async () => {
    const [userA, userB] = [newUser(), newUser()];
    const a = workspace(userA);
    const b = workspace(userB);
    writeProfile(await a.openSchoolProfile(LASTARRIA), PROFILE, LOCAL_EDIT);
    writeProfile(await b.openSchoolProfile(OTHER), { rbd: 8485, dv: '9', name: 'Escuela B' }, LOCAL_EDIT);
    await indexed(a, LASTARRIA);
    await indexed(b, OTHER);
    await a.close();
    await b.close();

    const b2 = workspace(userB);
    await b2.openAllAndReindex();
    expect(b2.openDocs().map(([name]) => name)).toEqual([OTHER_DOC]);
    expect((await b2.db.schools.toArray()).map((s) => s.schoolId)).toEqual(['8485']);
    expect(await b2.db.syncState.get(LASTARRIA_DOC)).toBeUndefined();
    await b2.close();
  });
});
