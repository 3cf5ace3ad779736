import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  deleteEfficiency,
  deleteIdps,
  deleteSimce,
  putEfficiencyRows,
  putIdpsRows,
  putSimceRows,
  readEfficiency,
  readIdps,
  readSimce,
  simceOf,
} from '../../../../../src/data/docs/diagnosis/results.ts';
import type { EfficiencyYear, IdpsResult, SimceResult } from '../../../../../src/domain/results/schemas.ts';

const simce = (over: Partial<SimceResult> = {}): SimceResult => ({
  test: 'lectura',
  grade: '4b',
  year: 2024,
  average: 254.5,
  studentsTested: 31,
  diffPrevious: 3,
  diffGroup: -2,
  socioeconomicGroup: 2,
  pctInsuficiente: 30.5,
  pctElemental: 40,
  pctAdecuado: 29.5,
  ...over,
});
const IDPS: IdpsResult = { indicator: 'CC', grade: '4b', year: 2024, score: 74 };
const EFF: EfficiencyYear = {
  year: 2024,
  matricula: 120,
  asistenciaPct: 88.4,
  retencionPct: 97,
  aprobacionPct: 95.5,
  reprobacionPct: 4.5,
  repitenciaPct: null,
};

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('resultsDataDoc', () => {
  it('round-trips the three kinds of rows, keyed by natural key, in one transaction per import', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    putSimceRows(doc, [simce(), simce({ test: 'matematica', average: 240 })], 'test');
    expect(transactions).toBe(1);
    putIdpsRows(doc, [IDPS], 'test');
    putEfficiencyRows(doc, [EFF], 'test');
    expect(readSimce(doc)).toEqual({
      items: [
        { key: '2024|4b|lectura', row: simce() },
        { key: '2024|4b|matematica', row: simce({ test: 'matematica', average: 240 }) },
      ],
      problems: [],
    });
    expect(readIdps(doc).items).toEqual([{ key: '2024|4b|CC', row: IDPS }]);
    expect(readEfficiency(doc).items).toEqual([{ key: '2024', row: EFF }]);

    deleteSimce(doc, '2024|4b|lectura', 'test');
    deleteIdps(doc, '2024|4b|CC', 'test');
    deleteEfficiency(doc, '2024', 'test');
    expect(readSimce(doc).items.map((i) => i.key)).toEqual(['2024|4b|matematica']);
    expect(readIdps(doc).items).toEqual([]);
    expect(readEfficiency(doc).items).toEqual([]);
  });

  it('writes nothing when one row of an import is invalid', () => {
    const doc = new Y.Doc();
    expect(() => putSimceRows(doc, [simce(), simce({ test: 'matematica', average: -5 })], 'test')).toThrow();
    expect(readSimce(doc).items).toEqual([]);
  });

  it('merges different rows of two replicas; the same row is last-writer-wins', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    putSimceRows(a, [simce()], 'a');
    putSimceRows(b, [simce({ test: 'matematica' })], 'b');
    sync(a, b);
    expect(readSimce(a).items.map((i) => i.key)).toEqual(['2024|4b|lectura', '2024|4b|matematica']);
    expect(readSimce(b)).toEqual(readSimce(a));

    putSimceRows(a, [simce({ average: 260 })], 'a');
    sync(a, b);
    putSimceRows(b, [simce({ average: 270 })], 'b');
    sync(a, b);
    expect(readSimce(a).items[0]?.row.average).toBe(270);
    expect(readSimce(b)).toEqual(readSimce(a));
  });

  it('skips and reports an invalid stored entry without deleting it', () => {
    const doc = new Y.Doc();
    putSimceRows(doc, [simce()], 'test');
    simceOf(doc).set('2023|4b|lectura', { test: 'lectura', grade: '4b', year: 2023, average: 'mucho' });
    simceOf(doc).set('2020|2m|lectura', simce()); // key does not match its row
    const read = readSimce(doc);
    expect(read.items.map((i) => i.key)).toEqual(['2024|4b|lectura']);
    expect(read.problems).toHaveLength(2);
    expect(simceOf(doc).has('2023|4b|lectura')).toBe(true);
  });
});
