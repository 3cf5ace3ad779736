// S-19, S-20 in the workspace: every document it opens has the create-merge attached (also across a
// reload from IndexedDB), and the merge's writes count as this device's pending changes.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Workspace } from '../../../src/data/workspace.ts';
import { listConflicts } from '../../../src/data/merge/index.ts';
import type { DocName, SchoolId } from '../../../src/domain/wire/documentNames.ts';

const SCHOOL = '484' as SchoolId;
const NAME = 'school:484:profile' as DocName;

function remoteVersion(client: number, name: string, categoria: string | null): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  doc.getText('profile.name').insert(0, name);
  doc.getMap('profile').set('categoria', categoria);
  return Y.encodeStateAsUpdate(doc);
}

describe('Workspace create-merge', () => {
  it('S-19/S-20 merges two remote creations of a school, counts the merge as pending, and keeps the result after a reload', async () => {
    const ws = new Workspace('merge-user-1');
    const doc = await ws.openSchoolProfile(SCHOOL);
    Y.applyUpdate(doc, remoteVersion(11, 'Escuela de Maitencillo', null), 'relay');
    Y.applyUpdate(doc, remoteVersion(12, 'Escuela Básica de Maitencillo', 'medio'), 'relay');
    const name = doc.getText('profile.name').toString();
    expect(['Escuela de Maitencillo', 'Escuela Básica de Maitencillo']).toContain(name);
    expect(doc.getMap('profile').get('categoria')).toBe('medio');
    expect(listConflicts(doc)).toHaveLength(1);
    await vi.waitFor(async () => expect((await ws.db.syncState.get(NAME))?.pending).toBeGreaterThan(0));
    // The school list marks the school while the conflict is open.
    await vi.waitFor(async () => expect((await ws.db.schools.get(SCHOOL))?.conflicts).toBe(1));
    await ws.close();

    const again = new Workspace('merge-user-1');
    const reloaded = await again.openSchoolProfile(SCHOOL);
    expect(reloaded.getText('profile.name').toString()).toBe(name);
    expect(reloaded.getMap('profile').get('categoria')).toBe('medio');
    expect(listConflicts(reloaded).map((c) => c.other)).toEqual(listConflicts(doc).map((c) => c.other));
    await again.close();
  });
});
