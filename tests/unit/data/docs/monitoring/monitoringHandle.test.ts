// The monitoring handle (issue 14): domain verbs over a plain Y.Doc with a fixed-clock actor. Every
// write is one LOCAL_EDIT transaction stamped with the actor's name and clock; views re-read only
// what a change touched; the progress rule (MO-H3) is the record schema's, in writes and reads alike.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import {
  ClosedCycleError,
  monitoringHandle,
  type MonitoringHandle,
} from '../../../../../src/data/docs/monitoring/index.ts';
import { putRecord } from '../../../../../src/data/docs/monitoring/records.ts';
import { readMonitoring } from '../../../../../src/data/docs/monitoring/read.ts';
import { LOCAL_EDIT } from '../../../../../src/data/workspace.ts';
import { progressOutOfRangeMessage } from '../../../../../src/domain/monitoring/levels.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../../../../src/domain/monitoring/templates.ts';

const NOW = '2026-05-04T15:30:00.000Z';
const DIR = { userId: 'u-dir', name: 'Directora' };

function setup(): { doc: Y.Doc; h: MonitoringHandle; origins: unknown[] } {
  const doc = new Y.Doc();
  const h = monitoringHandle(
    doc,
    actorOf(DIR, () => new Date(NOW)),
  );
  h.plan.setYear(2026, '2026-03-01', '2026-12-20');
  h.cycles.save({ id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-06-30' });
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  return { doc, h, origins };
}

describe('monitoring handle: records', () => {
  it('writes the acting user’s record in one LOCAL_EDIT transaction, stamped with the actor and the clock', () => {
    const { doc, h, origins } = setup();
    h.records.setLevel('a1', 'c1', 'avanzada');
    expect(origins).toEqual([LOCAL_EDIT]);
    const [r] = readMonitoring(doc).records;
    expect(r).toMatchObject({
      id: 'a1|c1|u-dir',
      level: 'avanzada',
      progress: 75,
      recordedAt: NOW,
      recordedBy: 'Directora',
    });
  });

  it('MO-H3 setLevel keeps a % that fits the new level and moves one that does not to its lower bound', () => {
    const { h } = setup();
    h.records.setLevel('a1', 'c1', 'avanzada');
    expect(h.records.setProgress('a1', 'c1', 90)).toBeNull();
    h.records.setLevel('a1', 'c1', 'completa');
    expect(h.records.mine('a1', 'c1').get()?.progress).toBe(100);
    h.records.setLevel('a1', 'c1', 'parcial');
    expect(h.records.mine('a1', 'c1').get()).toMatchObject({ level: 'parcial', progress: 25 });
  });

  it('MO-H3 setProgress writes nothing and says why, in Spanish, when the % is off its level or not whole', () => {
    const { doc, h } = setup();
    h.records.setLevel('a1', 'c1', 'avanzada');
    const before = Y.encodeStateAsUpdate(doc);
    expect(h.records.setProgress('a1', 'c1', 60)).toBe(progressOutOfRangeMessage('avanzada'));
    expect(h.records.setProgress('a1', 'c1', 80.5)).toBe('Ingrese el % de avance como número entero');
    expect(h.records.setProgress('a1', 'c1', Number('abc'))).toBe('Ingrese el % de avance como número entero');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(h.records.setProgress('a1', 'c1', 80)).toBeNull();
    expect(h.records.mine('a1', 'c1').get()?.progress).toBe(80);
  });

  it('MO-H3 the data layer refuses a % off its level, whoever writes it', () => {
    const { doc, h } = setup();
    h.records.setLevel('a1', 'c1', 'completa');
    expect(() => putRecord(doc, DIR, 'a1', 'c1', { progress: 50 }, NOW, 't')).toThrow(RangeError);
    expect(() => putRecord(doc, DIR, 'a2', 'c1', { level: 'inicial', progress: 0 }, NOW, 't')).toThrow(RangeError);
    expect(readMonitoring(doc).records.map((r) => [r.actionId, r.progress])).toEqual([['a1', 100]]);
  });

  it('reads a record with the domain’s draft schema: notes as typed, a merged % off its level still shown', () => {
    const { doc, h } = setup();
    h.records.setLevel('a1', 'c1', 'avanzada');
    h.records.setText('a1', 'c1', 'observaciones', 'Faltan listas ');
    // Two devices: the level from one, the % from the other (each fine on its own device).
    (doc.getMap('mon.records').get('a1|c1|u-dir') as Y.Map<unknown>).set('progress', 30);
    expect(h.records.mine('a1', 'c1').get()).toMatchObject({
      observaciones: 'Faltan listas ',
      level: 'avanzada',
      progress: 30,
    });
  });

  it('sets amounts, notes and medios (starting the record), and deletes it into the history (R-10)', () => {
    const { doc, h } = setup();
    h.records.setMedio('a1', 'c1', 0, { text: 'Actas', attachments: [] });
    h.records.setExecuted('a1', 'c1', 'sep', 250_000);
    h.records.setText('a1', 'c1', 'ajustes', 'Reprogramar');
    expect(h.records.mine('a1', 'c1').get()).toMatchObject({
      medios: [{ index: 0, text: 'Actas' }],
      ajustes: 'Reprogramar',
    });
    expect(h.records.mine('a1', 'c1').get()?.executed.sep).toBe(250_000);
    h.records.delete('a1', 'c1');
    const view = readMonitoring(doc);
    expect(view.records).toEqual([]);
    expect(view.deletedRecords).toMatchObject([
      { deletedAt: NOW, deletedBy: 'Directora', record: { ajustes: 'Reprogramar' } },
    ]);
  });
});

describe('monitoring handle: views', () => {
  it('a record view re-reads only when its own record changes', () => {
    const { h } = setup();
    h.records.setLevel('a1', 'c1', 'inicial');
    h.records.setLevel('a2', 'c1', 'inicial');
    const mine1 = h.records.mine('a1', 'c1');
    const mine2 = h.records.mine('a2', 'c1');
    expect(h.records.mine('a1', 'c1')).toBe(mine1);
    const calls = { a1: 0, a2: 0 };
    const stop1 = mine1.subscribe(() => calls.a1++);
    const stop2 = mine2.subscribe(() => calls.a2++);
    const second = mine2.get();
    h.records.setText('a1', 'c1', 'observaciones', 'L');
    expect(calls).toEqual({ a1: 1, a2: 0 });
    expect(mine1.get()?.observaciones).toBe('L');
    expect(mine2.get()).toBe(second);
    stop1();
    stop2();
  });

  it('the whole view re-reads only the roots a change touched', () => {
    const { h } = setup();
    const stop = h.view.subscribe(() => undefined);
    const before = h.view.get();
    h.records.setLevel('a1', 'c1', 'inicial');
    const after = h.view.get();
    expect(after).not.toBe(before);
    expect(after.records).toHaveLength(1);
    expect(after.cycles).toBe(before.cycles);
    expect(after.plans).toBe(before.plans);
    expect(h.view.get()).toBe(after);
    stop();
  });
});

describe('monitoring handle: cortes, measurements, instruments', () => {
  it('R-3 closes a corte as the acting user now; its records are then read-only', () => {
    const { doc, h } = setup();
    h.records.setLevel('a1', 'c1', 'completa');
    expect(h.cycles.close('c1')).toMatchObject({ ok: true });
    const view = readMonitoring(doc);
    expect(view.cycles[0]).toMatchObject({ closedAt: NOW, closedBy: 'Directora' });
    expect(view.snapshots[0]?.records.map((r) => r.actionId)).toEqual(['a1']);
    expect(() => h.records.setText('a1', 'c1', 'observaciones', 'tarde')).toThrow(ClosedCycleError);
    expect(h.cycles.close('nope')).toEqual({ ok: false, code: 'unknown-cycle' });
  });

  it('R-10 adds, corrects and deletes readings, each signed by the acting user', () => {
    const { doc, h } = setup();
    h.measurements.add({ id: 'm1', goalId: 'g1', value: 50, date: '2026-05-01', source: 'UTP', cycleId: 'c1' });
    h.measurements.correct('m1', {
      id: 'm2',
      goalId: 'g1',
      value: 55,
      date: '2026-05-01',
      source: 'UTP',
      cycleId: 'c1',
    });
    let view = readMonitoring(doc);
    expect(view.measurements.map((m) => [m.id, m.value, m.recordedBy])).toEqual([['m2', 55, 'Directora']]);
    expect(view.measurementEntries.find((e) => e.id === 'm2')).toMatchObject({ supersedes: 'm1', recordedAt: NOW });
    h.measurements.delete('m2');
    view = readMonitoring(doc);
    expect(view.measurements).toEqual([]);
    expect(view.measurementEntries.find((e) => e.id === 'm2')).toMatchObject({
      deletedBy: 'Directora',
      deletedAt: NOW,
    });
  });

  it('saves an instrument and an answer, the record signed by the acting user; a used version is frozen', () => {
    const { doc, h } = setup();
    const instrument = instrumentFromTemplate(INSTRUMENT_TEMPLATES[0]!, 'ins1');
    h.instruments.save(instrument);
    const record = {
      id: 'ir1',
      instrumentId: 'ins1',
      instrumentVersion: 1,
      cycleId: 'c1',
      target: { kind: 'none' as const },
      date: '2026-05-04',
    };
    h.instruments.answer(record, 'realizada-segun-plan', true);
    expect(readMonitoring(doc).instrumentRecords).toMatchObject([
      { id: 'ir1', recordedBy: 'Directora', recordedAt: NOW, answers: { 'realizada-segun-plan': true } },
    ]);
    expect(() => h.instruments.save(instrument)).toThrow(/has records/);
  });
});
