import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addProblem,
  addScore,
  readPrioritisation,
  removeScore,
  setMethod,
  setSelected,
} from '../../../../../src/data/docs/diagnosis/prioritisation.ts';
import { prioritise } from '../../../../../src/domain/diagnosis/prioritisation.ts';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('prioritisation document', () => {
  it('defaults to importancia × urgencia and stores the chosen method', () => {
    const doc = new Y.Doc();
    expect(readPrioritisation(doc).method).toBe('importancia-urgencia');
    setMethod(doc, 'impacto-factibilidad', 't');
    expect(readPrioritisation(doc).method).toBe('impacto-factibilidad');
  });

  it('merges problems and scores added offline by two people, and orders them', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addProblem(a, 'p1', 'Baja asistencia', '2026-03-10', 'a');
    addProblem(b, 'p2', 'Clima de aula', '2026-03-10', 'b');
    sync(a, b);
    addScore(a, 'p1', 's1', { a: 5, b: 4 }, 'a'); // p1: 5 × 4 = 20 on tablet a
    addScore(b, 'p1', 's2', { a: 3, b: 2 }, 'b'); // with b's: (4 × 3) = 12
    addScore(b, 'p2', 's3', { a: 4, b: 4 }, 'b'); // p2: 16
    setSelected(a, 'p2', true, 'a');
    sync(a, b);
    const read = readPrioritisation(b);
    expect(read.problems.map((p) => [p.id, p.scores.length, p.selected]).sort()).toEqual([
      ['p1', 2, false],
      ['p2', 1, true],
    ]);
    expect(prioritise(read.problems).map((p) => [p.id, p.priority, p.rank])).toEqual([
      ['p2', 16, 1],
      ['p1', 12, 2],
    ]);
  });

  it('refuses a score outside 1–5 and ignores invalid stored scores', () => {
    const doc = new Y.Doc();
    addProblem(doc, 'p1', 'Problema', '2026-03-10', 't');
    expect(() => addScore(doc, 'p1', 's1', { a: 6, b: 1 }, 't')).toThrow();
    const scores = doc.getMap<Y.Map<unknown>>('priorities.problems').get('p1')?.get('scores') as Y.Map<unknown>;
    scores.set('bad', { a: 'x', b: 2 });
    expect(readPrioritisation(doc).problems[0]?.scores).toEqual([]);
  });

  it('undoes one vote: removing a score takes it out of the means, the others stay (oldest first)', () => {
    const doc = new Y.Doc();
    addProblem(doc, 'p1', 'Baja asistencia', '2026-03-10', 't');
    addScore(doc, 'p1', 'zz', { a: 5, b: 5, at: '2026-03-10T10:00:00.000Z' }, 't');
    addScore(doc, 'p1', 'aa', { a: 1, b: 1, at: '2026-03-10T10:01:00.000Z' }, 't');
    expect(readPrioritisation(doc).problems[0]?.scoreEntries.map((e) => e.id)).toEqual(['zz', 'aa']);
    expect(prioritise(readPrioritisation(doc).problems)[0]?.priority).toBe(9);
    removeScore(doc, 'p1', 'aa', 't');
    const read = readPrioritisation(doc);
    expect(read.problems[0]?.scores).toEqual([{ a: 5, b: 5, at: '2026-03-10T10:00:00.000Z' }]);
    expect(prioritise(read.problems)[0]?.priority).toBe(25);
  });
});
