import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProfile, profileMap, readProfile, writeProfile } from '../../../../../src/data/docs/profile/fields.ts';
import type { SchoolProfile } from '../../../../../src/domain/schools/school.ts';
import { LASTARRIA_PROFILE } from '../../../../support/fixtures.ts';

const PROFILE: SchoolProfile = LASTARRIA_PROFILE;

/** Two replicas that start from the same profile. */
function twoReplicas(profile: SchoolProfile = PROFILE): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  writeProfile(a, profile, 'setup');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

describe('schoolProfileDoc', () => {
  it('reads back a full valid profile exactly as written', () => {
    const doc = new Y.Doc();
    writeProfile(doc, PROFILE, 'test');
    expect(readProfile(doc)).toEqual({ profile: PROFILE, problems: [] });
  });

  it('reads an emptied text field as "" and a cleared number as null', () => {
    const doc = new Y.Doc();
    writeProfile(doc, PROFILE, 'test');
    writeProfile(doc, { director: '', matricula: null }, 'test');
    const { profile } = readProfile(doc);
    expect(profile.director).toBe('');
    expect(profile.matricula).toBeNull();
  });

  it('writing an unchanged profile produces no update', () => {
    const doc = new Y.Doc();
    writeProfile(doc, PROFILE, 'test');
    let updates = 0;
    doc.on('update', () => updates++);
    writeProfile(doc, { ...PROFILE, niveles: ['media-hc', 'basica'] }, 'test');
    expect(updates).toBe(0);
  });

  it('writes a change of several fields as one update', () => {
    const doc = new Y.Doc();
    writeProfile(doc, PROFILE, 'test');
    let updates = 0;
    doc.on('update', () => updates++);
    writeProfile(doc, { matricula: 900, director: 'Juan Soto', niveles: ['basica'] }, 'test');
    expect(updates).toBe(1);
  });

  it('keeps concurrent edits of different scalar fields', () => {
    const [a, b] = twoReplicas();
    writeProfile(a, { matricula: 900 }, 'a');
    writeProfile(b, { categoria: 'alto', estado: '2' }, 'b');
    exchange(a, b);
    const expected = { ...PROFILE, matricula: 900, categoria: 'alto', estado: '2' };
    expect(readProfile(a).profile).toEqual(expected);
    expect(readProfile(b).profile).toEqual(expected);
  });

  it('merges concurrent niveles toggles: one adds a level, the other removes another', () => {
    const [a, b] = twoReplicas();
    writeProfile(a, { niveles: ['basica', 'media-hc', 'parvularia'] }, 'a');
    writeProfile(b, { niveles: ['basica'] }, 'b');
    exchange(a, b);
    expect(readProfile(a).profile.niveles).toEqual(['basica', 'parvularia']);
    expect(readProfile(b).profile.niveles).toEqual(['basica', 'parvularia']);
  });

  it('merges concurrent edits of the same text field', () => {
    const [a, b] = twoReplicas();
    writeProfile(a, { notes: 'Urgente. Visita en marzo.\nTraer el PME impreso.' }, 'a');
    writeProfile(b, { notes: 'Visita en marzo.\nTraer el PME impreso y el diagnóstico.' }, 'b');
    exchange(a, b);
    const merged = 'Urgente. Visita en marzo.\nTraer el PME impreso y el diagnóstico.';
    expect(readProfile(a).profile.notes).toBe(merged);
    expect(readProfile(b).profile.notes).toBe(merged);
  });

  it('reading an invalid stored value keeps the other fields and reports the problem', () => {
    const doc = new Y.Doc();
    writeProfile(doc, PROFILE, 'test');
    profileMap(doc).set('matricula', 'abc');
    const { profile, problems } = readProfile(doc);
    const { matricula: _dropped, ...rest } = PROFILE;
    expect(profile).toEqual(rest);
    expect(problems).toEqual([expect.stringContaining('matricula')]);
    expect(profileMap(doc).get('matricula')).toBe('abc'); // reading repairs nothing in storage
  });

  it('S-20 a form default left untouched at creation never beats a value chosen on another device, in either order', () => {
    for (const order of ['a-first', 'b-first'] as const) {
      const a = new Y.Doc();
      const b = new Y.Doc();
      if (order === 'b-first') [a.clientID, b.clientID] = [b.clientID, a.clientID];
      createProfile(a, { ...PROFILE, ruralidad: 'rural', estado: '2' }, 'a');
      createProfile(b, { ...PROFILE, ruralidad: 'urbano', estado: '1' }, 'b');
      exchange(a, b);
      for (const doc of [a, b]) {
        expect(readProfile(doc).profile.ruralidad, order).toBe('rural');
        expect(readProfile(doc).profile.estado, order).toBe('2');
      }
    }
  });

  it('a profile created with its form defaults reads them back, and a later choice replaces them', () => {
    const doc = new Y.Doc();
    createProfile(doc, { ...PROFILE, ruralidad: 'urbano', estado: '1' }, 'a');
    expect(readProfile(doc).profile).toMatchObject({ ruralidad: 'urbano', estado: '1' });
    writeProfile(doc, { ruralidad: 'rural' }, 'a');
    expect(readProfile(doc).profile.ruralidad).toBe('rural');
  });
});
