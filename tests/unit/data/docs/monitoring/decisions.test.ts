// FT-4: the decisions taken from a corte's data ("Decisiones tomadas", printed in the Informe de
// Monitoreo) are stored in the school's monitoring document, one text per corte: they used to live
// only in the report screen's state, lost on a tab change or a reload and never seen by the other
// device. Two devices typing them first offline get what every text gets (S-19): one version kept,
// the other in a conflict record the person resolves; nothing is lost and nothing is joined.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import { monitoringHandle } from '../../../../../src/data/docs/monitoring/index.ts';
import { attachMerge, listConflicts } from '../../../../../src/data/merge/index.ts';
import { fieldLabel } from '../../../../../src/features/conflicts/labels.ts';

const NOW = '2026-06-30T22:30:00.000Z';
const DIR = { userId: 'u-dir', name: 'Directora' };
const ANA = { userId: 'u-ana', name: 'Ana' };

function device(user: typeof DIR) {
  const doc = new Y.Doc();
  attachMerge(doc);
  const h = monitoringHandle(
    doc,
    actorOf(user, () => new Date(NOW)),
  );
  h.cycles.save({ id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-06-30' });
  return { doc, h };
}
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};

describe('FT-4 decisions of a corte', () => {
  it('FT-4 are stored per corte, read back, and reach the other device', () => {
    const dir = device(DIR);
    const ana = device(ANA);
    dir.h.decisions.set('c1', 'Reforzar el acompañamiento al aula en 4° básico.');
    expect(dir.h.decisions.view('c1').get()).toBe('Reforzar el acompañamiento al aula en 4° básico.');
    expect(dir.h.decisions.view('c2').get()).toBe('');
    sync(dir.doc, ana.doc);
    expect(ana.h.decisions.view('c1').get()).toBe('Reforzar el acompañamiento al aula en 4° básico.');
  });

  it('FT-4 S-19 two devices writing them first offline: one version kept, the other a conflict in Spanish', () => {
    const dir = device(DIR);
    const ana = device(ANA);
    dir.h.decisions.set('c1', 'Directora: más talleres.');
    ana.h.decisions.set('c1', 'Ana: revisar la asistencia.');
    sync(dir.doc, ana.doc);
    sync(dir.doc, ana.doc);
    const kept = dir.h.decisions.view('c1').get();
    expect(kept).toBe(ana.h.decisions.view('c1').get());
    expect(['Directora: más talleres.', 'Ana: revisar la asistencia.']).toContain(kept);
    const conflicts = listConflicts(dir.doc);
    expect(conflicts.map((c) => c.other)).toEqual([
      kept === 'Ana: revisar la asistencia.' ? 'Directora: más talleres.' : 'Ana: revisar la asistencia.',
    ]);
    expect(fieldLabel(conflicts[0]!)).toBe('Decisiones tomadas');
  });

  it('FT-4 can still be written once the corte is closed (they are taken from its frozen data)', () => {
    const { h } = device(DIR);
    expect(h.cycles.close('c1')).toMatchObject({ ok: true });
    h.decisions.set('c1', 'Continuar con las jornadas de reflexión.');
    expect(h.decisions.view('c1').get()).toBe('Continuar con las jornadas de reflexión.');
  });

  it('FT-4 a view tells its subscribers when the text changes on another device', () => {
    const dir = device(DIR);
    const ana = device(ANA);
    const view = ana.h.decisions.view('c1');
    let calls = 0;
    const stop = view.subscribe(() => calls++);
    dir.h.decisions.set('c1', 'Ajustar el plan de lectura.');
    sync(dir.doc, ana.doc);
    expect(calls).toBeGreaterThan(0);
    expect(view.get()).toBe('Ajustar el plan de lectura.');
    stop();
  });

  it('FT-4 a text over the limit throws and writes nothing', () => {
    const { h } = device(DIR);
    expect(() => h.decisions.set('c1', 'x'.repeat(4001))).toThrow(RangeError);
    expect(h.decisions.view('c1').get()).toBe('');
  });
});
