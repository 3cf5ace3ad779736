import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import { profileHandle } from '../../../../../src/data/docs/profile/index.ts';
import { LOCAL_EDIT } from '../../../../../src/data/workspace.ts';
import { emptySchoolForm, type SchoolProfile } from '../../../../../src/domain/schools/school.ts';

const actor = actorOf({ userId: 'u-ana', name: 'Ana Rojas' }, () => new Date('2027-03-02T12:00:00Z'));
const PROFILE = {
  ...emptySchoolForm(),
  rbd: 7423,
  dv: '5',
  name: 'Escuela Los Aromos',
  regionCode: '13',
  comunaCode: '13120',
  dependencia: '6',
  niveles: ['basica'],
  matricula: 420,
  prioritariosPct: null,
  categoria: null,
  categoriaYear: null,
} as unknown as SchoolProfile;

function open() {
  const doc = new Y.Doc();
  let updates = 0;
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin === LOCAL_EDIT) updates++;
  });
  return { doc, handle: profileHandle(doc, actor), localUpdates: () => updates };
}

describe('ProfileHandle', () => {
  it('S-20 create: one local edit; untouched form defaults are kept apart, under any value someone chose', () => {
    const { doc, handle, localUpdates } = open();
    expect(handle.isEmpty()).toBe(true);
    handle.create(PROFILE);
    expect(localUpdates()).toBe(1);
    expect(handle.isEmpty()).toBe(false);
    expect(handle.profile.get()).toMatchObject({ rbd: 7423, name: 'Escuela Los Aromos', niveles: ['basica'] });
    expect(doc.getMap('profile').has('ruralidad')).toBe(false);
    expect(doc.getMap('profile.defaults').get('ruralidad')).toBe(PROFILE.ruralidad);
  });

  it('update writes only the given fields, as one local edit, and the view re-reads on change only', () => {
    const { handle, localUpdates } = open();
    handle.create(PROFILE);
    const before = handle.profile.get();
    let notified = 0;
    handle.profile.subscribe(() => notified++);
    expect(handle.profile.get()).toBe(before);
    handle.update({ director: 'María Soto', notes: 'Jornada completa' });
    expect(localUpdates()).toBe(2);
    // Each root the edit touched (two texts, the map) notifies; React reads the value once per render.
    expect(notified).toBeGreaterThan(0);
    const after = handle.profile.get();
    expect(after).not.toBe(before);
    expect(after).toMatchObject({ name: 'Escuela Los Aromos', director: 'María Soto', notes: 'Jornada completa' });
  });
});
