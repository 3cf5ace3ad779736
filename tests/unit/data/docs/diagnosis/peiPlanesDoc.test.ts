import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addSello,
  readPeiPlanes,
  removeSello,
  setArticulation,
  setPeiText,
  setPlan,
} from '../../../../../src/data/docs/diagnosis/peiPlanes.ts';
import { articulationGaps, matrixKey } from '../../../../../src/domain/diagnosis/peiPlanes.ts';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('PEI–planes document', () => {
  it('starts with six plans, all missing, and no sellos', () => {
    const { pei, plans } = readPeiPlanes(new Y.Doc());
    expect(pei).toEqual({ vision: '', mision: '', perfilEgreso: '', sellos: [] });
    expect(plans.map((p) => [p.code, p.present])).toEqual([
      ['convivencia', false],
      ['formacion-ciudadana', false],
      ['sexualidad', false],
      ['inclusion', false],
      ['desarrollo-docente', false],
      ['pise', false],
    ]);
  });

  it('keeps sellos in the order they were added, merges two people, and feeds the gap analysis', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setPeiText(a, 'vision', 'Una escuela inclusiva', 'a');
    sync(a, b);
    setPeiText(a, 'vision', 'Una escuela inclusiva y rural', 'a');
    setPeiText(b, 'vision', 'Ser una escuela inclusiva', 'b');
    addSello(a, 's1', 'Inclusión', 'a');
    addSello(a, 's2', 'Vida saludable', 'a');
    setPlan(b, { code: 'convivencia', present: true, year: 2025, objectives: 'Buen trato' }, 'b');
    sync(a, b);
    setArticulation(b, matrixKey('s1', 'convivencia'), 3, 'b');
    sync(a, b);
    const read = readPeiPlanes(a);
    expect(read.pei.vision).toBe('Ser una escuela inclusiva y rural');
    expect(read.pei.sellos.map((s) => s.text)).toEqual(['Inclusión', 'Vida saludable']);
    expect(read.plans.find((p) => p.code === 'convivencia')).toEqual({
      code: 'convivencia',
      present: true,
      year: 2025,
      objectives: 'Buen trato',
    });
    const gaps = articulationGaps(read.pei, read.plans, read.matrix);
    expect(gaps.filter((g) => g.kind === 'plan-missing')).toHaveLength(5);
    expect(gaps.filter((g) => g.kind === 'sello-unserved')).toEqual([{ kind: 'sello-unserved', selloId: 's2' }]);
    removeSello(a, 's2', 'a');
    expect(readPeiPlanes(a).pei.sellos.map((s) => s.id)).toEqual(['s1']);
  });

  it('rejects an invalid plan year and ignores invalid stored cells', () => {
    const doc = new Y.Doc();
    expect(() => setPlan(doc, { code: 'pise', present: true, year: 1890, objectives: '' }, 't')).toThrow();
    doc.getMap('articulacion').set('s1|pise', 7);
    expect(readPeiPlanes(doc).matrix).toEqual({});
  });
});
