// The data layer never writes a value out of bounds (B-1), and corrects and deletes readings and
// records keeping the history; closed cortes stay frozen.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClosedCycleError } from '../../../../src/data/docs/monitoring/roots.ts';
import {
  correctMeasurement,
  deleteMeasurement,
  putMeasurement,
} from '../../../../src/data/docs/monitoring/measurements.ts';
import { deleteRecord, putRecord, recordKeyOf } from '../../../../src/data/docs/monitoring/records.ts';
import { putCycle, storeClosedCycle } from '../../../../src/data/docs/monitoring/cycles.ts';
import { readMonitoring } from '../../../../src/data/docs/monitoring/read.ts';
import { setPlanYear } from '../../../../src/data/docs/monitoring/plan.ts';
import { populationOf, readPopulation, setPopulation } from '../../../../src/data/docs/diagnosis/survey.ts';
import { readPeiPlanes, setPlan } from '../../../../src/data/docs/diagnosis/peiPlanes.ts';
import { efficiencyOf, putEfficiencyRows, readEfficiency } from '../../../../src/data/docs/diagnosis/results.ts';
import { readPme } from '../../../../src/data/docs/pme/read.ts';
import { setAnnualSettings } from '../../../../src/data/docs/pme/annual.ts';
import { closeCycle } from '../../../../src/domain/monitoring/cycles.ts';
import { measurementHistory } from '../../../../src/domain/monitoring/measurementHistory.ts';
import { pesos } from '../../../../src/domain/shared/money.ts';

const DIR = { userId: 'u-dir', name: 'Directora' };
const reading = (id: string, value: number) => ({
  id,
  goalId: 'g1',
  value,
  date: '2026-05-10',
  source: 'SIGE',
  cycleId: 'c1',
  recordedBy: 'Ana',
});
const updatesOf = (doc: Y.Doc) => {
  const n = { count: 0 };
  doc.on('update', () => n.count++);
  return n;
};

function monitoring() {
  const doc = new Y.Doc();
  setPlanYear(doc, 2026, '2026-03-01', '2026-12-20', 't');
  putCycle(doc, { id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-06-30' }, 't');
  return doc;
}

describe('B-1 nothing out of bounds is written', () => {
  it('B-1 a group size of 999999, −3 or 2,5 throws and writes nothing', () => {
    const doc = new Y.Doc();
    const writes = updatesOf(doc);
    for (const n of [999_999, -3, 2.5]) expect(() => setPopulation(doc, 'docentes', n, 't')).toThrow();
    expect(writes.count).toBe(0);
    setPopulation(doc, 'docentes', 5000, 't');
    expect(readPopulation(doc)).toEqual({ docentes: 5000 });
  });

  it('B-1 a group size stored before the bound is read back, not dropped', () => {
    const doc = new Y.Doc();
    populationOf(doc).set('docentes', 999_999);
    expect(readPopulation(doc)).toEqual({ docentes: 999_999 });
  });

  it('B-1 a PEI plan year of 3000 throws and writes nothing', () => {
    const doc = new Y.Doc();
    const writes = updatesOf(doc);
    expect(() => setPlan(doc, { code: 'convivencia', present: true, year: 3000, objectives: '' }, 't', 2026)).toThrow();
    expect(writes.count).toBe(0);
    setPlan(doc, { code: 'convivencia', present: true, year: 2036, objectives: '' }, 't', 2026);
    expect(readPeiPlanes(doc).plans.find((p) => p.code === 'convivencia')?.year).toBe(2036);
  });

  it('B-1 aprobación 60 + reprobación 60 is refused; a row stored before the rule is still read', () => {
    const doc = new Y.Doc();
    const row = {
      year: 2024,
      matricula: 300,
      asistenciaPct: null,
      retencionPct: null,
      aprobacionPct: 60,
      reprobacionPct: 60,
      repitenciaPct: null,
    };
    expect(() => putEfficiencyRows(doc, [row], 't')).toThrow(/no pueden superar 100\u00a0%/);
    expect(efficiencyOf(doc).size).toBe(0);
    efficiencyOf(doc).set('2024', row);
    expect(readEfficiency(doc).items.map((i) => i.row.reprobacionPct)).toEqual([60]);
  });

  it('B-1 a SEP of $ 99.999.999.999.999 or a school year ending before it starts is refused', () => {
    const doc = new Y.Doc();
    const writes = updatesOf(doc);
    const schoolYear = { start: '2026-03-01', end: '2026-12-20' };
    expect(() =>
      setAnnualSettings(doc, { year: 2026, schoolYear, declaredSep: pesos(99_999_999_999_999) }, 't'),
    ).toThrow(/5\.000\.000\.000/);
    expect(() =>
      setAnnualSettings(
        doc,
        { year: 2026, schoolYear: { start: '2026-12-20', end: '2026-03-01' }, declaredSep: null },
        't',
      ),
    ).toThrow(/termina antes de empezar/);
    expect(() =>
      setAnnualSettings(
        doc,
        {
          year: 2026,
          schoolYear: { ...schoolYear, winterBreak: { start: '2026-12-15', end: '2027-01-10' } },
          declaredSep: null,
        },
        't',
      ),
    ).toThrow(/vacaciones/);
    expect(writes.count).toBe(0);
    setAnnualSettings(doc, { year: 2026, schoolYear, declaredSep: pesos(5_000_000_000) }, 't');
    expect(readPme(doc, '7423', 2026).plan.annual[0]?.declaredSep).toBe(5_000_000_000);
  });

  it('B-1 a monto ejecutado above the ceiling is refused', () => {
    const doc = monitoring();
    expect(() =>
      putRecord(
        doc,
        DIR,
        'a1',
        'c1',
        { level: 'avanzada', progress: 80, executed: { sep: 5_000_000_001 } },
        '2026-05-01T10:00:00Z',
        't',
      ),
    ).toThrow(RangeError);
    expect(readMonitoring(doc).records).toEqual([]);
  });

  it('FT-1 a reading dated outside its corte (a typo of the year) throws and writes nothing', () => {
    const doc = monitoring();
    const updates = updatesOf(doc);
    expect(() => putMeasurement(doc, { ...reading('m1', 55), date: '2099-01-01' }, 't')).toThrow(RangeError);
    expect(() => putMeasurement(doc, { ...reading('m2', 55), date: '2026-07-01' }, 't')).toThrow(RangeError);
    putMeasurement(doc, reading('m1', 80), 't');
    expect(() => correctMeasurement(doc, 'm1', { ...reading('m3', 81), date: '2062-05-10' }, 'now', 't')).toThrow(
      RangeError,
    );
    expect(readMonitoring(doc).measurements.map((m) => [m.id, m.date])).toEqual([['m1', '2026-05-10']]);
    expect(updates.count).toBe(1);
  });
});

describe('R-10 readings and records are corrected and deleted, kept in history', () => {
  it('R-10 a correction supersedes the reading; the latest counts and both stay in the history', () => {
    const doc = monitoring();
    putMeasurement(doc, reading('m1', 180), 't', { recordedAt: '2026-05-10T10:00:00Z' });
    correctMeasurement(doc, 'm1', reading('m2', 80), '2026-05-11T10:00:00Z', 't');
    const view = readMonitoring(doc);
    expect(view.measurements.map((m) => [m.id, m.value])).toEqual([['m2', 80]]);
    expect(measurementHistory(view.measurementEntries).map((h) => [h.entry.id, h.state, h.entry.supersedes])).toEqual([
      ['m1', 'corregida', null],
      ['m2', 'vigente', 'm1'],
    ]);
    expect(() => putMeasurement(doc, reading('m2', 81), 't')).toThrow(/exists/);
  });

  it('R-10 a deleted reading no longer counts but keeps who deleted it and when', () => {
    const doc = monitoring();
    putMeasurement(doc, reading('m1', 180), 't');
    deleteMeasurement(doc, 'm1', 'Ana Rojas', '2026-05-12T09:00:00Z', 't');
    const view = readMonitoring(doc);
    expect(view.measurements).toEqual([]);
    expect(view.measurementEntries.map((e) => [e.id, e.value, e.deletedBy, e.deletedAt])).toEqual([
      ['m1', 180, 'Ana Rojas', '2026-05-12T09:00:00Z'],
    ]);
  });

  it('R-10 a deleted record goes to the history as it was; the person can record again', () => {
    const doc = monitoring();
    putRecord(
      doc,
      DIR,
      'a1',
      'c1',
      { level: 'avanzada', progress: 80, executed: { sep: 500_000 }, observaciones: 'Por error' },
      '2026-05-01T10:00:00Z',
      't',
    );
    deleteRecord(doc, recordKeyOf('a1', 'c1', DIR.userId), 'Directora', '2026-05-02T10:00:00Z', 't');
    let view = readMonitoring(doc);
    expect(view.records).toEqual([]);
    expect(
      view.deletedRecords.map((d) => [
        d.record.progress,
        d.record.executed.sep,
        d.record.observaciones,
        d.deletedBy,
        d.deletedAt,
      ]),
    ).toEqual([[80, 500_000, 'Por error', 'Directora', '2026-05-02T10:00:00Z']]);
    putRecord(doc, DIR, 'a1', 'c1', { level: 'adecuada', progress: 60 }, '2026-05-03T10:00:00Z', 't');
    view = readMonitoring(doc);
    expect(view.records.map((r) => r.progress)).toEqual([60]);
    expect(view.deletedRecords).toHaveLength(1);
  });

  it('R-3 R-10 in a closed corte readings and records can be neither corrected nor deleted', () => {
    const doc = monitoring();
    putMeasurement(doc, reading('m1', 70), 't');
    putRecord(doc, DIR, 'a1', 'c1', { level: 'avanzada', progress: 80 }, '2026-05-01T10:00:00Z', 't');
    const view = readMonitoring(doc);
    const closed = closeCycle(view.cycles[0]!, view.records, view.measurements, '2026-07-01T10:00:00Z', 'Ana');
    if (!closed.ok) throw new Error('close failed');
    storeClosedCycle(doc, closed.snapshot, 't');
    const writes = updatesOf(doc);
    expect(() => correctMeasurement(doc, 'm1', reading('m2', 75), '2026-07-02T10:00:00Z', 't')).toThrow(
      ClosedCycleError,
    );
    expect(() => deleteMeasurement(doc, 'm1', 'Ana', '2026-07-02T10:00:00Z', 't')).toThrow(ClosedCycleError);
    expect(() => deleteRecord(doc, recordKeyOf('a1', 'c1', DIR.userId), 'Ana', '2026-07-02T10:00:00Z', 't')).toThrow(
      ClosedCycleError,
    );
    expect(writes.count).toBe(0);
    expect(readMonitoring(doc).measurements.map((m) => m.id)).toEqual(['m1']);
  });
});
