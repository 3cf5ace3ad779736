import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClosedCycleError } from '../../../../../src/data/docs/monitoring/roots.ts';
import { putCycle, storeClosedCycle } from '../../../../../src/data/docs/monitoring/cycles.ts';
import { putInstrument, putInstrumentAnswer } from '../../../../../src/data/docs/monitoring/instruments.ts';
import { putMeasurement } from '../../../../../src/data/docs/monitoring/measurements.ts';
import { putPlanEntry, setPlanYear } from '../../../../../src/data/docs/monitoring/plan.ts';
import { putRecord, recordKeyOf, setMedio } from '../../../../../src/data/docs/monitoring/records.ts';
import { readMonitoring } from '../../../../../src/data/docs/monitoring/read.ts';
import { closeCycle } from '../../../../../src/domain/monitoring/cycles.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../../../../src/domain/monitoring/templates.ts';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};
const DIR = { userId: 'u-dir', name: 'Directora' };
const UTP = { userId: 'u-utp', name: 'Jefe UTP' };
const PHOTO = { hash: 'c'.repeat(64), type: 'image/jpeg' as const, size: 1000 };

function base(doc: Y.Doc) {
  setPlanYear(doc, 2026, '2026-03-01', '2026-12-20', 't');
  putCycle(doc, { id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-06-30' }, 't');
}

describe('monitoring document', () => {
  it('keeps one record per action, cycle and person, merging the fields each device wrote', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    base(a);
    sync(a, b);
    putRecord(
      a,
      DIR,
      'a1',
      'c1',
      { level: 'avanzada', progress: 80, executed: { sep: 500_000 } },
      '2026-05-01T10:00:00Z',
      'a',
    );
    putRecord(b, UTP, 'a1', 'c1', { level: 'adecuada', progress: 60 }, '2026-05-01T11:00:00Z', 'b');
    sync(a, b);
    // The director's second device (same user) edits other fields of the same record concurrently.
    const a2 = new Y.Doc();
    sync(a, a2);
    putRecord(a, DIR, 'a1', 'c1', { observaciones: 'Se realizaron 4 visitas' }, '2026-05-02T10:00:00Z', 'a');
    putRecord(a2, DIR, 'a1', 'c1', { executed: { pie: 100_000 } }, '2026-05-02T10:01:00Z', 'a2');
    setMedio(
      a2,
      recordKeyOf('a1', 'c1', DIR.userId),
      0,
      { text: 'Pautas de observación', attachments: [PHOTO] },
      '2026-05-02T10:02:00Z',
      'a2',
    );
    sync(a, a2);
    sync(a, b);
    const { records } = readMonitoring(b);
    expect(records.map((r) => [r.recordedBy, r.level, r.progress]).sort()).toEqual([
      ['Directora', 'avanzada', 80],
      ['Jefe UTP', 'adecuada', 60],
    ]);
    const mine = records.find((r) => r.recordedBy === 'Directora')!;
    expect(mine.executed).toMatchObject({ sep: 500_000, pie: 100_000 });
    expect(mine.observaciones).toBe('Se realizaron 4 visitas');
    expect(mine.medios).toEqual([{ index: 0, text: 'Pautas de observación', attachments: [PHOTO] }]);
  });

  it('freezes a closed cycle: its snapshot is stored and later writes into it are refused', () => {
    const doc = new Y.Doc();
    base(doc);
    putRecord(doc, DIR, 'a1', 'c1', { level: 'completa', progress: 100 }, '2026-06-01T10:00:00Z', 't');
    putMeasurement(
      doc,
      { id: 'm1', goalId: 'g1', value: 88, date: '2026-06-01', source: 'SIGE', cycleId: 'c1', recordedBy: 'Ana' },
      't',
    );
    const view = readMonitoring(doc);
    const closed = closeCycle(view.cycles[0]!, view.records, view.measurements, '2026-07-01T10:00:00Z', 'Ana');
    if (!closed.ok) throw new Error('not closed');
    storeClosedCycle(doc, closed.snapshot, 't');
    const after = readMonitoring(doc);
    expect(after.cycles[0]!.closedAt).toBe('2026-07-01T10:00:00Z');
    expect(after.snapshots[0]!.records.map((r) => r.level)).toEqual(['completa']);
    expect(() => putRecord(doc, DIR, 'a1', 'c1', { progress: 99 }, 'x', 't')).toThrow(ClosedCycleError);
    expect(() =>
      putMeasurement(
        doc,
        { id: 'm2', goalId: 'g1', value: 1, date: '2026-06-02', source: '', cycleId: 'c1', recordedBy: 'Ana' },
        't',
      ),
    ).toThrow(ClosedCycleError);
    expect(() => storeClosedCycle(doc, closed.snapshot, 't')).toThrow(ClosedCycleError);
    expect(readMonitoring(doc).records[0]!.progress).toBe(100);
  });

  it('stores the plan de monitoreo per target and year, and refuses to overwrite a used instrument version', () => {
    const doc = new Y.Doc();
    base(doc);
    putPlanEntry(
      doc,
      2026,
      { kind: 'action', actionId: 'a1' },
      { cargo: 'Jefe/a UTP', frequency: 'trimestral', instrumentId: null, dataSource: 'Actas' },
      't',
    );
    putPlanEntry(doc, 2026, { kind: 'indicator', goalId: 'g1' }, { cargo: 'Director/a', frequency: 'semestral' }, 't');
    const plan = readMonitoring(doc).plans[0]!;
    expect(plan).toMatchObject({ year: 2026, yearStart: '2026-03-01', yearEnd: '2026-12-20' });
    expect(plan.entries.map((e) => [e.target, e.cargo, e.frequency])).toEqual([
      [{ kind: 'action', actionId: 'a1' }, 'Jefe/a UTP', 'trimestral'],
      [{ kind: 'indicator', goalId: 'g1' }, 'Director/a', 'semestral'],
    ]);
    const instrument = instrumentFromTemplate(INSTRUMENT_TEMPLATES[0]!, 'i1');
    putInstrument(doc, instrument, 't');
    const field = instrument.fields[0]!;
    putInstrumentAnswer(
      doc,
      {
        id: 'r1',
        instrumentId: 'i1',
        instrumentVersion: 1,
        cycleId: 'c1',
        target: { kind: 'none' },
        date: '2026-05-01',
        recordedAt: '2026-05-01T10:00:00Z',
        recordedBy: 'Ana',
      },
      field.id,
      true,
      't',
    );
    expect(readMonitoring(doc).instrumentRecords[0]!.answers).toEqual({ [field.id]: true });
    expect(() => putInstrument(doc, { ...instrument, title: 'Otro' }, 't')).toThrow(/new version/);
    putInstrument(doc, { ...instrument, version: 2, title: 'Otro' }, 't');
    expect(
      readMonitoring(doc)
        .instruments.map((i) => i.version)
        .sort(),
    ).toEqual([1, 2]);
  });
});
