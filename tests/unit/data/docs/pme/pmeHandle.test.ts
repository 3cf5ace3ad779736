// PMH-1, PMH-2: the PME handle's verbs (one local transaction each, the actor's name and clock) and its
// views (re-read per root; an edit in one acción notifies that acción's view only).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import { PmeHandle, VersionRefusedError, pmeHandle } from '../../../../../src/data/docs/pme/index.ts';
import type { View } from '../../../../../src/data/docs/view.ts';
import { LOCAL_EDIT } from '../../../../../src/data/workspace.ts';
import { readPme } from '../../../../../src/data/docs/pme/read.ts';

const NOW = new Date('2027-05-10T14:30:00.000Z');
const actor = actorOf({ userId: 'u-1', name: 'Ana Pérez' }, () => NOW);

function open() {
  const doc = new Y.Doc();
  const origins: unknown[] = [];
  doc.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin));
  return { doc, pme: new PmeHandle(doc, actor, '12345'), origins };
}

/** A plan with one objective, one strategy and two actions in 2027. */
function seeded() {
  const o = open();
  o.pme.strategic.setCycleStartYear(2027);
  const objective = o.pme.objectives.add('GP', '  Mejorar la gestión pedagógica ');
  const strategy = o.pme.strategies.add(objective);
  o.pme.strategies.setText(strategy, 'Acompañamiento al aula');
  const a1 = o.pme.plan.addAction({
    strategyId: strategy,
    year: 2027,
    nombre: 'Observación de clases',
    dimension: 'GP',
  });
  const a2 = o.pme.plan.addAction({ strategyId: strategy, year: 2027, nombre: 'Talleres', dimension: 'GP' });
  return { ...o, objective, strategy, a1, a2 };
}

function counting<T>(view: View<T>): { count: () => number; stop: () => void } {
  let n = 0;
  view.get();
  const stop = view.subscribe(() => n++);
  return { count: () => n, stop };
}

describe('PmeHandle verbs (PMH-1)', () => {
  it('PMH-1: each verb is one LOCAL_EDIT transaction and the plan reads back what the verbs wrote', () => {
    const { pme, origins, objective, strategy, a1 } = seeded();
    expect(origins.length).toBeGreaterThan(0);
    expect(origins.every((o) => o === LOCAL_EDIT)).toBe(true);
    pme.objectives.setPriorities(objective, ['p2', 'p1']);
    pme.plan.setActionFields(a1, {
      descripcion: 'Pauta común',
      financiamiento: { sep: 500_000 },
      subdimensiones: ['GP-2'],
    });
    const { plan } = pme.read();
    expect(plan.id).toBe('pme:12345');
    expect(plan.cycle.startYear).toBe(2027);
    expect(plan.objectives).toMatchObject([
      { id: objective, dimension: 'GP', text: 'Mejorar la gestión pedagógica', priorityIds: ['p1', 'p2'] },
    ]);
    expect(plan.strategies).toMatchObject([{ id: strategy, objectiveId: objective, text: 'Acompañamiento al aula' }]);
    const action = plan.actions.find((a) => a.id === a1)!;
    expect(action).toMatchObject({ descripcion: 'Pauta común', subdimensiones: ['GP-2'], year: 2027 });
    expect(action.financiamiento.sep).toBe(500_000);
    expect(action.financiamiento.pie).toBe(0);
  });

  it('PMH-1, R-1: deleting records the actor and the actor clock; restoring brings the entry and its children back', () => {
    const { pme, strategy, a1, a2 } = seeded();
    pme.strategies.remove(strategy);
    const afterDelete = pme.read();
    expect(afterDelete.plan.strategies).toEqual([]);
    expect(afterDelete.plan.actions).toEqual([]);
    const top = afterDelete.deleted.find((d) => d.id === strategy)!;
    expect(top.deletion).toMatchObject({ byName: 'Ana Pérez', at: NOW.toISOString(), cascadeOf: null });
    expect(
      afterDelete.deleted
        .filter((d) => d.deletion.cascadeOf === strategy)
        .map((d) => d.id)
        .sort(),
    ).toEqual([a1, a2].sort());
    pme.deletions.restore('strategy', strategy);
    expect(
      pme
        .read()
        .plan.actions.map((a) => a.id)
        .sort(),
    ).toEqual([a1, a2].sort());
  });

  it('PMH-1, B-1: annual settings that break B-1 throw and write nothing', () => {
    const { pme } = seeded();
    const bad = { year: 2027, schoolYear: { start: '2027-12-01', end: '2027-03-01' }, declaredSep: null };
    expect(() => pme.plan.setAnnualSettings(bad as never)).toThrow();
    expect(pme.read().plan.annual).toEqual([]);
    pme.plan.setAnnualSettings({
      year: 2027,
      schoolYear: { start: '2027-03-01', end: '2027-12-15' },
      declaredSep: null,
    } as never);
    expect(pme.read().plan.annual.map((a) => a.year)).toEqual([2027]);
  });

  it('PMH-1, R-2: a borrador is frozen with the actor name and clock; the same plan again is refused (VF-2)', () => {
    const { pme } = seeded();
    const id = pme.versions.freezeBorrador('primera');
    const [version] = pme.read().versions;
    expect(version).toMatchObject({
      id,
      kind: 'borrador',
      createdBy: 'Ana Pérez',
      createdAt: NOW.toISOString(),
      note: 'primera',
    });
    expect(version!.plan).toEqual(pme.read().plan);
    expect(() => pme.versions.freezeBorrador()).toThrow(VersionRefusedError);
  });

  it('one factory per school, so useHandle keeps one handle per document', () => {
    expect(pmeHandle('1')).toBe(pmeHandle('1'));
    expect(pmeHandle('1')).not.toBe(pmeHandle('2'));
  });
});

describe('PmeHandle views (PMH-2)', () => {
  it('PMH-2: typing in one acción notifies that acción only, not the other, the year outline or the frame', () => {
    const { pme, a1, a2 } = seeded();
    const own = counting(pme.views.action(a1));
    const other = counting(pme.views.action(a2));
    const year = counting(pme.views.year(2027));
    const frame = counting(pme.views.frame);
    const strategic = counting(pme.views.strategic);
    const whole = counting(pme.views.whole);
    for (const text of ['P', 'Pa', 'Pau', 'Paut', 'Pauta']) pme.plan.setActionFields(a1, { descripcion: text });
    expect(own.count()).toBe(5);
    expect(pme.views.action(a1).get()?.descripcion).toBe('Pauta');
    expect(other.count()).toBe(0);
    expect(year.count()).toBe(0);
    expect(frame.count()).toBe(0);
    expect(strategic.count()).toBe(0);
    expect(whole.count()).toBe(5);
    for (const v of [own, other, year, frame, strategic, whole]) v.stop();
  });

  it('PMH-2: the outline of a year changes when an acción is added or deleted; the frame when something is deleted', () => {
    const { pme, strategy, a1 } = seeded();
    const year = counting(pme.views.year(2027));
    const other = counting(pme.views.year(2028));
    const frame = counting(pme.views.frame);
    pme.plan.addAction({ strategyId: strategy, year: 2027, nombre: 'Nueva', dimension: 'GP' });
    expect(year.count()).toBe(1);
    expect(pme.views.year(2027).get().actions).toHaveLength(3);
    expect(frame.count()).toBe(0);
    pme.plan.removeAction(a1);
    expect(year.count()).toBe(2);
    expect(frame.count()).toBe(1);
    expect(pme.views.frame.get().deleted.map((d) => d.id)).toEqual([a1]);
    expect(pme.views.action(a1).get()).toBeNull();
    expect(other.count()).toBe(0);
    for (const v of [year, other, frame]) v.stop();
  });

  it('PMH-2: the whole plan re-reads only the root an edit touched (the strategic part is reused)', () => {
    const { pme, a1 } = seeded();
    const whole = counting(pme.views.whole);
    const before = pme.views.whole.get();
    pme.plan.setActionFields(a1, { responsable: 'Jefa UTP' });
    const after = pme.views.whole.get();
    expect(after).not.toBe(before);
    expect(after.plan.sellos).toBe(before.plan.sellos);
    expect(after.plan.objectives).toBe(before.plan.objectives);
    expect(after.plan.actions).not.toBe(before.plan.actions);
    whole.stop();
  });

  it('PMH-2: the whole view equals readPme, subscribed or not, and after edits from another device', () => {
    const { doc, pme, a1 } = seeded();
    const whole = counting(pme.views.whole);
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    new PmeHandle(remote, actor, '12345').plan.setActionFields(a1, { nombre: 'Observación entre pares' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
    expect(whole.count()).toBe(1);
    expect(pme.views.whole.get()).toEqual(readPme(doc, '12345', 2027));
    expect(pme.views.action(a1).get()?.nombre).toBe('Observación entre pares');
    whole.stop();
    pme.strategic.setVision('Una escuela que aprende');
    expect(pme.views.whole.get().plan.vision).toBe('Una escuela que aprende');
  });
});
