// S-19, S-20, S-21: the create-merge on raw Yjs documents, in both delivery orders and both
// client-id orders (Yjs picks the surviving item by client id, so both must hold).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { attachMerge, listConflicts, resolveConflict } from '../../../../src/data/merge/index.ts';
import { applyTextChange } from '../../../../src/data/textDiff.ts';
import { exchange, replicas, resolutionOf, snapshot, REMOTE } from '../../../support/mergeReplicas.ts';

const orders: [string, number[]][] = [
  ['a first', [0, 1]],
  ['b first', [1, 0]],
];
const clientOrders: [string, number][] = [
  ['low ids', 1],
  ['high ids', 1000],
];

function pair(first: number) {
  const [a, b] = replicas(2, first);
  // Put b's client id below a's in the second ordering, so the other writer wins in Yjs.
  if (first !== 1) b!.clientID = 7;
  return [a!, b!] as const;
}

describe.each(clientOrders)('create-merge (%s)', (_label, firstClient) => {
  describe.each(orders)('delivery %s', (_o, order) => {
    it('S-19 text typed into the same empty field on two devices: one version kept, the other a conflict, never joined', () => {
      const [a, b] = pair(firstClient);
      a.getText('profile.name').insert(0, 'Escuela de Maitencillo');
      b.getText('profile.name').insert(0, 'Escuela Básica de Maitencillo');
      exchange([a, b], order);
      const name = a.getText('profile.name').toString();
      expect(['Escuela de Maitencillo', 'Escuela Básica de Maitencillo']).toContain(name);
      expect(b.getText('profile.name').toString()).toBe(name);
      for (const doc of [a, b]) {
        const conflicts = listConflicts(doc);
        expect(conflicts).toHaveLength(1);
        expect(conflicts[0]).toMatchObject({ kind: 'text', path: ['profile.name'], kept: name });
        expect([conflicts[0]!.kept, conflicts[0]!.other].sort()).toEqual([
          'Escuela Básica de Maitencillo',
          'Escuela de Maitencillo',
        ]);
      }
      expect(snapshot(a)).toEqual(snapshot(b));
    });

    it('S-19 the same text typed on both devices leaves one copy and no conflict', () => {
      const [a, b] = pair(firstClient);
      a.getText('t').insert(0, 'Igual');
      b.getText('t').insert(0, 'Igual');
      exchange([a, b], order);
      expect(a.getText('t').toString()).toBe('Igual');
      expect(b.getText('t').toString()).toBe('Igual');
      expect(listConflicts(a)).toEqual([]);
    });

    it('S-10 edits of an existing text by two people still merge by character', () => {
      const [a, b] = pair(firstClient);
      a.getText('notes').insert(0, 'hola mundo');
      exchange([a, b], order);
      applyTextChange(a.getText('notes'), 'hola gran mundo');
      applyTextChange(b.getText('notes'), 'hola mundo!');
      exchange([a, b], order);
      expect(a.getText('notes').toString()).toBe('hola gran mundo!');
      expect(b.getText('notes').toString()).toBe('hola gran mundo!');
      expect(listConflicts(a)).toEqual([]);
    });

    it('S-10 a text cleared and typed again is an edit, not a new version', () => {
      const [a, b] = pair(firstClient);
      a.getText('t').insert(0, 'viejo');
      exchange([a, b], order);
      applyTextChange(a.getText('t'), '');
      applyTextChange(a.getText('t'), 'nuevo');
      applyTextChange(b.getText('t'), 'viejo y más');
      exchange([a, b], order);
      expect(a.getText('t').toString()).toBe(b.getText('t').toString());
      expect(a.getText('t').toString()).toContain('nuevo');
      expect(listConflicts(a)).toEqual([]);
    });

    it('S-20 typed beats empty: an empty value written at creation never wipes a typed one', () => {
      const [a, b] = pair(firstClient);
      a.getMap('profile').set('prioritariosPct', 62.5);
      a.getMap('profile').set('contactEmail', '');
      b.getMap('profile').set('prioritariosPct', null);
      b.getMap('profile').set('contactEmail', 'director@escuela.cl');
      exchange([a, b], order);
      for (const doc of [a, b]) {
        expect(doc.getMap('profile').get('prioritariosPct')).toBe(62.5);
        expect(doc.getMap('profile').get('contactEmail')).toBe('director@escuela.cl');
        expect(listConflicts(doc)).toEqual([]);
      }
    });

    it('S-21 equal values: no conflict; different values: one conflict holding both, the same on both devices', () => {
      const [a, b] = pair(firstClient);
      a.getMap('profile').set('estado', '1');
      b.getMap('profile').set('estado', '1');
      a.getMap('profile').set('categoria', 'alto');
      b.getMap('profile').set('categoria', 'medio');
      exchange([a, b], order);
      const kept = a.getMap('profile').get('categoria');
      expect(b.getMap('profile').get('categoria')).toBe(kept);
      for (const doc of [a, b]) {
        const conflicts = listConflicts(doc);
        expect(conflicts).toHaveLength(1);
        expect(conflicts[0]).toMatchObject({ kind: 'value', path: ['profile'], key: 'categoria', kept });
        expect([conflicts[0]!.kept, conflicts[0]!.other].sort()).toEqual(['alto', 'medio']);
      }
      expect(snapshot(a)).toEqual(snapshot(b));
    });

    it('S-10 a normal overwrite after seeing the value is not a conflict', () => {
      const [a, b] = pair(firstClient);
      a.getMap('m').set('k', 'uno');
      exchange([a, b], order);
      b.getMap('m').set('k', 'dos');
      exchange([a, b], order);
      a.getMap('m').set('k', '');
      exchange([a, b], order);
      expect(a.getMap('m').get('k')).toBe('');
      expect(b.getMap('m').get('k')).toBe('');
      expect(listConflicts(a)).toEqual([]);
    });

    it('S-20/S-21 the same keyed entry created on two devices is merged field by field, nested texts included', () => {
      const [a, b] = pair(firstClient);
      const make = (doc: Y.Doc, fields: Record<string, unknown>, notes: string) => {
        const entry = new Y.Map<unknown>();
        doc.getMap('records').set('accion1|corte1', entry);
        for (const [k, v] of Object.entries(fields)) entry.set(k, v);
        entry.set('notes', new Y.Text(notes));
        entry.set('agenda', new Y.Text());
        const executed = new Y.Map<unknown>();
        entry.set('executed', executed);
        return executed;
      };
      make(a, { level: 'en-proceso', progress: 40, responsable: '' }, 'Notas de Ana').set('sep', 1000);
      const bAgenda = make(b, { level: 'en-proceso', progress: 55, responsable: 'UTP' }, '');
      bAgenda.set('pie', 500);
      (b.getMap('records').get('accion1|corte1') as Y.Map<unknown>).set('agenda', new Y.Text('Agenda del director'));
      exchange([a, b], order);
      const entry = a.getMap('records').get('accion1|corte1') as Y.Map<unknown>;
      const json = entry.toJSON();
      expect(json).toMatchObject({
        level: 'en-proceso',
        responsable: 'UTP',
        notes: 'Notas de Ana',
        agenda: 'Agenda del director',
        executed: { sep: 1000, pie: 500 },
      });
      expect([40, 55]).toContain(json.progress);
      expect(snapshot(a)).toEqual(snapshot(b));
      const conflicts = listConflicts(b);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        path: ['records', 'accion1|corte1'],
        key: 'progress',
        kept: json.progress,
        other: json.progress === 40 ? 55 : 40,
      });
    });

    it.each(['kept', 'other'] as const)(
      'S-21 resolving with "%s" converges and is never raised again, even replaying every old update',
      (choice) => {
        const [a, b] = pair(firstClient);
        const log: Uint8Array[] = [];
        for (const doc of [a, b]) doc.on('update', (u: Uint8Array) => log.push(u));
        a.getText('profile.notes').insert(0, 'Notas de la asesora');
        b.getText('profile.notes').insert(0, 'Notas del director');
        a.getMap('profile').set('categoria', 'alto');
        b.getMap('profile').set('categoria', 'medio');
        exchange([a, b], order);
        const conflicts = listConflicts(a);
        expect(conflicts).toHaveLength(2);
        const expected = new Map(conflicts.map((c) => [c.id, choice === 'kept' ? c.kept : c.other]));
        for (const c of conflicts) resolveConflict(a, c.id, choice, 'Ana', 'local');
        exchange([a, b], order);
        for (const c of conflicts) expect(resolutionOf(b, c.id)).toMatchObject({ by: 'Ana', choice });
        for (const doc of [a, b]) {
          expect(listConflicts(doc)).toEqual([]);
          expect(doc.getText('profile.notes').toString()).toBe(
            expected.get(conflicts.find((c) => c.kind === 'text')!.id),
          );
          expect(doc.getMap('profile').get('categoria')).toBe(
            expected.get(conflicts.find((c) => c.kind === 'value')!.id),
          );
        }
        // A device reloading its IndexedDB (one transaction of every stored update), or a fresh one
        // receiving all at once.
        for (const replay of [true, false]) {
          const fresh = new Y.Doc();
          attachMerge(fresh, { isReplay: (o) => replay && o === 'idb' });
          Y.applyUpdate(fresh, Y.mergeUpdates(log), replay ? 'idb' : REMOTE);
          expect(listConflicts(fresh)).toEqual([]);
          expect(fresh.getText('profile.notes').toString()).toBe(a.getText('profile.notes').toString());
          expect(fresh.getMap('profile').get('categoria')).toBe(a.getMap('profile').get('categoria'));
        }
      },
    );

    it('S-19 text typed at the start and end of the kept version after the merge stays, also after a reload', () => {
      const [a, b] = pair(firstClient);
      const log: Uint8Array[] = [];
      for (const doc of [a, b]) doc.on('update', (u: Uint8Array) => log.push(u));
      a.getText('t').insert(0, 'versión de Ana');
      b.getText('t').insert(0, 'versión de Raúl');
      exchange([a, b], order);
      const kept = a.getText('t').toString();
      applyTextChange(a.getText('t'), `Inicio: ${kept}`);
      applyTextChange(b.getText('t'), `${b.getText('t').toString()} (fin)`);
      exchange([a, b], order);
      const expected = `Inicio: ${kept} (fin)`;
      expect(a.getText('t').toString()).toBe(expected);
      expect(b.getText('t').toString()).toBe(expected);
      const fresh = new Y.Doc();
      attachMerge(fresh);
      Y.applyUpdate(fresh, Y.mergeUpdates(log), REMOTE);
      expect(fresh.getText('t').toString()).toBe(expected);
    });

    it('S-19 surrogate pairs survive: the kept and the other version have no broken emoji', () => {
      const [a, b] = pair(firstClient);
      a.getText('t').insert(0, '🙂 uno 👩🏽‍🏫');
      b.getText('t').insert(0, '🙂 dos');
      exchange([a, b], order);
      const kept = a.getText('t').toString();
      expect(['🙂 uno 👩🏽‍🏫', '🙂 dos']).toContain(kept);
      expect(listConflicts(b)[0]!.other).toBe(kept === '🙂 dos' ? '🙂 uno 👩🏽‍🏫' : '🙂 dos');
      expect(kept).not.toContain('\uFFFD');
    });
  });
});

describe('create-merge leaves other types alone', () => {
  it('R-5/S-20 never writes into records that do not change once written (a signed acta written twice offline)', () => {
    const [a, b] = replicas(2);
    a!.getMap('eval.signed').set('acta1', { hash: 'aaa' });
    b!.getMap('eval.signed').set('acta1', { hash: 'bbb', extra: 'x' });
    a!.getMap('pme.versions').set('v1', {});
    b!.getMap('pme.versions').set('v1', { kind: 'borrador' });
    exchange([a!, b!]);
    expect(listConflicts(a!)).toEqual([]);
    expect(a!.getMap('eval.signed').get('acta1')).toEqual(b!.getMap('eval.signed').get('acta1'));
    expect(['aaa', 'bbb']).toContain((a!.getMap('eval.signed').get('acta1') as { hash: string }).hash);
    expect(a!.getMap('pme.versions').toJSON()).toEqual(b!.getMap('pme.versions').toJSON());
    // Only the two writers' own items: the merge wrote nothing into these roots.
    expect([...Y.decodeStateVector(Y.encodeStateVector(a!)).values()].reduce((x, y) => x + y, 0)).toBe(4);
  });

  it('S-10 concurrent pushes to a list (not a text) are both kept and the list stays a list', () => {
    const [a, b] = replicas(2);
    a!.getArray('list').push(['uno']);
    b!.getArray('list').push(['dos']);
    const fresh = new Y.Doc();
    attachMerge(fresh);
    Y.applyUpdate(fresh, Y.mergeUpdates([Y.encodeStateAsUpdate(a!), Y.encodeStateAsUpdate(b!)]), REMOTE);
    expect(fresh.getArray('list').toArray().sort()).toEqual(['dos', 'uno']);
    exchange([a!, b!]);
    expect(a!.getArray('list').toArray().sort()).toEqual(['dos', 'uno']);
  });
});

describe('create-merge with three devices', () => {
  it('S-19..S-21 three versions: one kept, two conflicts, typed beats empty, identical replicas in every order', () => {
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      const docs = replicas(3);
      const values = ['Escuela A', 'Escuela B', 'Escuela C'];
      docs.forEach((d, i) => {
        d.getText('profile.name').insert(0, values[i]!);
        d.getMap('profile').set('matricula', i === 1 ? 120 : null);
      });
      exchange(docs, order);
      const name = docs[0]!.getText('profile.name').toString();
      expect(values).toContain(name);
      for (const d of docs) {
        expect(d.getText('profile.name').toString()).toBe(name);
        expect(d.getMap('profile').get('matricula')).toBe(120);
        const others = listConflicts(d)
          .map((c) => c.other)
          .sort();
        expect(others).toEqual(values.filter((v) => v !== name));
        expect(snapshot(d)).toEqual(snapshot(docs[0]!));
      }
    }
  });
});
