/* eslint-disable max-lines -- the PME handle's verbs, one case each */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { VersionRefusedError, markVersion } from '../../../../../src/data/docs/pme/versions.ts';
import {
  confirmDeletion,
  createEntry,
  deleteEntry,
  restoreEntry,
  updateEntry,
} from '../../../../../src/data/docs/pme/entries.ts';
import { readPme } from '../../../../../src/data/docs/pme/read.ts';
import { setAnnualSettings } from '../../../../../src/data/docs/pme/annual.ts';
import { setVision } from '../../../../../src/data/docs/pme/strategic.ts';
import { MARK_REFUSAL_MESSAGES, versionCitation, versionTitles } from '../../../../../src/domain/pme/versions.ts';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

function seed(doc: Y.Doc) {
  createEntry(
    doc,
    'objective',
    'o1',
    { dimension: 'LID', text: 'Mejorar la gestión curricular', priorityIds: ['p1'] },
    't',
    1,
  );
  createEntry(
    doc,
    'goal',
    'g1',
    {
      objectiveId: 'o1',
      text: 'Cobertura',
      indicator: { name: 'Cobertura curricular', unit: '%', min: 0, max: 100 },
      targets: [{ year: 2027, value: 80 }],
    },
    't',
    2,
  );
  createEntry(doc, 'strategy', 's1', { objectiveId: 'o1', text: 'Acompañamiento al aula' }, 't', 3);
  createEntry(
    doc,
    'action',
    'a1',
    {
      strategyId: 's1',
      year: 2027,
      nombre: 'Observación de clases',
      dimension: 'GP',
      subdimensiones: ['GP-2'],
      fechaInicio: '2027-04-01',
      fechaTermino: '2027-11-30',
      responsable: 'Jefe/a UTP',
      mediosVerificacion: ['Pautas de observación'],
      financiamiento: { sep: 1_250_000 },
    },
    't',
    4,
  );
}

/** An objective with a meta and an estrategia in each area seed() leaves empty (VF-1). */
function completeAreas(doc: Y.Doc) {
  (['GP', 'FC', 'GR', 'RES'] as const).forEach((d, i) => {
    createEntry(
      doc,
      'objective',
      `o-${d}`,
      { dimension: d, text: `Objetivo de ${d}`, priorityIds: [] },
      't',
      10 + i * 3,
    );
    createEntry(
      doc,
      'goal',
      `g-${d}`,
      {
        objectiveId: `o-${d}`,
        text: 'Meta',
        indicator: { name: 'Indicador', unit: '%', min: 0, max: 100 },
        targets: [{ year: 2027, value: 80 }],
      },
      't',
      11 + i * 3,
    );
    createEntry(doc, 'strategy', `s-${d}`, { objectiveId: `o-${d}`, text: 'Estrategia' }, 't', 12 + i * 3);
  });
}

const refusal = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return e instanceof VersionRefusedError ? e.code : `other: ${String(e)}`;
  }
  return null;
};

describe('pme document', () => {
  it('reads back what was written, with defaults for what was not', () => {
    const doc = new Y.Doc();
    seed(doc);
    const { plan, deleted, invalid } = readPme(doc, '7423', 2026);
    expect(plan.cycle).toEqual({ startYear: 2026, years: 4 });
    expect(plan.objectives).toEqual([
      { id: 'o1', dimension: 'LID', text: 'Mejorar la gestión curricular', priorityIds: ['p1'] },
    ]);
    expect(plan.goals[0]!.indicator).toEqual({ name: 'Cobertura curricular', unit: '%', min: 0, max: 100 });
    expect(plan.goals[0]!.baseline).toEqual({ value: null, year: null, source: '' });
    expect(plan.goals[0]!.targets).toEqual([{ year: 2027, value: 80 }]);
    const a = plan.actions[0]!;
    expect(a.financiamiento.sep).toBe(1_250_000);
    expect(a.financiamiento.pie).toBe(0);
    expect(a.mediosVerificacion).toEqual(['Pautas de observación']);
    expect(a.usoTIC).toBe(false);
    expect(deleted).toEqual([]);
    expect(invalid).toEqual([]);
  });

  it('merges two people editing different fields and the same text of one action offline', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    seed(a);
    sync(a, b);
    updateEntry(
      a,
      'action',
      'a1',
      { responsable: 'Director/a', financiamiento: { sep: 2_000_000 }, nombre: 'Observación de clases de Lenguaje' },
      'a',
    );
    updateEntry(
      b,
      'action',
      'a1',
      {
        fechaTermino: '2027-10-31',
        financiamiento: { pie: 300_000 },
        nombre: 'Observación de clases y retroalimentación',
      },
      'b',
    );
    updateEntry(
      b,
      'action',
      'a1',
      { mediosVerificacion: ['Pautas de observación', 'Actas de retroalimentación'] },
      'b',
    );
    sync(a, b);
    const [ra, rb] = [readPme(a, 'x', 2026).plan.actions[0]!, readPme(b, 'x', 2026).plan.actions[0]!];
    expect(ra).toEqual(rb);
    expect(ra.responsable).toBe('Director/a');
    expect(ra.fechaTermino).toBe('2027-10-31');
    expect(ra.financiamiento).toMatchObject({ sep: 2_000_000, pie: 300_000 });
    // Both insertions at the same place are kept; their order depends on the writers' ids.
    expect([
      'Observación de clases de Lenguaje y retroalimentación',
      'Observación de clases y retroalimentación de Lenguaje',
    ]).toContain(ra.nombre);
    expect(ra.mediosVerificacion).toEqual(['Pautas de observación', 'Actas de retroalimentación']);
  });

  it('keeps an action deleted by one person while another edits it, flags it, and restores it with the edit', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    seed(a);
    sync(a, b);
    deleteEntry(a, 'action', 'a1', 'Ana', '2027-05-01T10:00:00Z', 'a');
    updateEntry(b, 'action', 'a1', { responsable: 'Encargado/a de convivencia' }, 'b');
    sync(a, b);
    for (const doc of [a, b]) {
      const view = readPme(doc, 'x', 2026);
      expect(view.plan.actions).toEqual([]);
      expect(view.deleted).toMatchObject([
        { kind: 'action', id: 'a1', title: 'Observación de clases', editedSince: true, deletion: { byName: 'Ana' } },
      ]);
    }
    restoreEntry(b, 'action', 'a1', 'b');
    sync(a, b);
    expect(readPme(a, 'x', 2026).plan.actions[0]!.responsable).toBe('Encargado/a de convivencia');
  });

  it('does not flag a plain deletion, and stops flagging once the deletion is confirmed', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    seed(a);
    updateEntry(a, 'action', 'a1', { responsable: 'UTP' }, 'a');
    sync(a, b);
    deleteEntry(b, 'action', 'a1', 'Beto', '2027-05-01T10:00:00Z', 'b');
    sync(a, b);
    expect(readPme(a, 'x', 2026).deleted[0]!.editedSince).toBe(false);
    updateEntry(a, 'action', 'a1', { responsable: 'Director/a' }, 'a');
    expect(readPme(a, 'x', 2026).deleted[0]!.editedSince).toBe(true);
    confirmDeletion(a, 'action', 'a1', 'a');
    expect(readPme(a, 'x', 2026).deleted[0]!.editedSince).toBe(false);
  });

  it('deletes an objective with its metas, strategies and actions, and restores them together', () => {
    const doc = new Y.Doc();
    seed(doc);
    deleteEntry(doc, 'objective', 'o1', 'Ana', '2027-05-01T10:00:00Z', 't');
    const gone = readPme(doc, 'x', 2026);
    expect(
      [gone.plan.objectives, gone.plan.goals, gone.plan.strategies, gone.plan.actions].map((l) => l.length),
    ).toEqual([0, 0, 0, 0]);
    expect(gone.deleted.map((d) => d.kind).sort()).toEqual(['action', 'goal', 'objective', 'strategy']);
    restoreEntry(doc, 'objective', 'o1', 't');
    const back = readPme(doc, 'x', 2026);
    expect(
      [back.plan.objectives, back.plan.goals, back.plan.strategies, back.plan.actions].map((l) => l.length),
    ).toEqual([1, 1, 1, 1]);
    expect(back.deleted).toEqual([]);
  });

  it('restoring an action whose strategy was deleted brings the strategy and objective back', () => {
    const doc = new Y.Doc();
    seed(doc);
    deleteEntry(doc, 'objective', 'o1', 'Ana', '2027-05-01T10:00:00Z', 't');
    restoreEntry(doc, 'action', 'a1', 't');
    const view = readPme(doc, 'x', 2026);
    expect(view.plan.actions.map((a) => a.id)).toEqual(['a1']);
    expect(view.plan.strategies.map((s) => s.id)).toEqual(['s1']);
    expect(view.plan.objectives.map((o) => o.id)).toEqual(['o1']);
  });

  it('freezes versions: later edits do not change them, Versión Final is refused while the plan has problems', () => {
    const doc = new Y.Doc();
    seed(doc);
    setVision(doc, 'Una escuela que aprende', 't');
    setAnnualSettings(
      doc,
      { year: 2027, schoolYear: { start: '2027-03-01', end: '2027-12-15' }, declaredSep: 5_000_000 as never },
      't',
    );
    const plan = readPme(doc, 'x', 2026).plan;
    markVersion(doc, { id: 'v1', kind: 'borrador', plan, createdAt: '2027-05-01T10:00:00Z', createdBy: 'Ana' }, 't');
    updateEntry(doc, 'action', 'a1', { nombre: 'Otra cosa' }, 't');
    const view = readPme(doc, 'x', 2026);
    expect(view.versions).toHaveLength(1);
    expect(view.versions[0]!.plan.actions[0]!.nombre).toBe('Observación de clases');
    expect(view.versions[0]!.plan.annual[0]!.declaredSep).toBe(5_000_000);
    expect(view.plan.actions[0]!.nombre).toBe('Otra cosa');

    const final = (id: string) => () =>
      markVersion(
        doc,
        { id, kind: 'final', plan: readPme(doc, 'x', 2026).plan, createdAt: '2027-08-01T10:00:00Z', createdBy: 'Ana' },
        't',
      );
    // VF-1: four of five areas without objectives, then an action without responsable.
    expect(refusal(final('v2'))).toBe('has-problems');
    completeAreas(doc);
    updateEntry(doc, 'action', 'a1', { responsable: '' }, 't');
    expect(refusal(final('v2'))).toBe('has-problems');
    updateEntry(doc, 'action', 'a1', { responsable: 'Jefe/a UTP' }, 't');
    expect(refusal(final('v2'))).toBeNull();
    expect(readPme(doc, 'x', 2026).versions.map((v) => v.kind)).toEqual(['borrador', 'final']);
  });

  it('R-2 VF-2 refuses a version identical to the latest of its kind (a double tap makes one); a changed plan gets a numbered one', () => {
    const doc = new Y.Doc();
    seed(doc);
    completeAreas(doc);
    const mark = (id: string, kind: 'borrador' | 'final', at: string) => () =>
      markVersion(doc, { id, kind, plan: readPme(doc, 'x', 2026).plan, createdAt: at, createdBy: 'Ana' }, 't');
    // Two taps on the same plan: the second is refused with its code; its Spanish words come from the domain.
    expect(refusal(mark('f1', 'final', '2027-08-01T10:00:00Z'))).toBeNull();
    expect(refusal(mark('f2', 'final', '2027-08-01T10:00:01Z'))).toBe('identical-to-latest');
    expect(MARK_REFUSAL_MESSAGES['identical-to-latest']).toMatch(/no ha cambiado/);
    // Another kind of the same content is not a duplicate.
    expect(refusal(mark('b1', 'borrador', '2027-08-01T10:00:02Z'))).toBeNull();
    expect(readPme(doc, 'x', 2026).versions.map((v) => v.id)).toEqual(['f1', 'b1']);
    // The same content read from another replica (keys merged in another order) is still identical.
    const other = new Y.Doc();
    sync(doc, other);
    expect(
      refusal(() =>
        markVersion(
          other,
          {
            id: 'f3',
            kind: 'final',
            plan: readPme(other, 'x', 2026).plan,
            createdAt: '2027-08-02T10:00:00Z',
            createdBy: 'Dir',
          },
          't',
        ),
      ),
    ).toBe('identical-to-latest');
    // A changed plan may be frozen again: numbered, the first kept.
    updateEntry(doc, 'action', 'a1', { responsable: 'Director/a' }, 't');
    expect(refusal(mark('f4', 'final', '2027-09-01T10:00:00Z'))).toBeNull();
    const { versions } = readPme(doc, 'x', 2026);
    const titles = versionTitles(versions);
    expect(versions.filter((v) => v.kind === 'final').map((v) => titles.get(v.id))).toEqual([
      'PME Versión Final (1)',
      'PME Versión Final (2)',
    ]);
    // An acta prepared on the first keeps citing the first, not the latest.
    expect(versionCitation(versions, 'f1')).toBe('PME Versión Final (1), 01-08-2027');
    expect(versionCitation(versions, null)).toBeNull();
    // Going back to the first content differs from the latest: allowed.
    updateEntry(doc, 'action', 'a1', { responsable: 'Jefe/a UTP' }, 't');
    expect(refusal(mark('f5', 'final', '2027-09-02T10:00:00Z'))).toBeNull();
  });

  it('reports unreadable stored entries without dropping the rest', () => {
    const doc = new Y.Doc();
    seed(doc);
    doc.getMap('pme.actions').set('bad', 'not a map' as never);
    doc.getMap('pme.versions').set('vbad', { kind: 'nope' });
    const view = readPme(doc, 'x', 2026);
    expect(view.invalid.sort()).toEqual(['action:bad', 'version:vbad']);
    expect(view.plan.actions.map((a) => a.id)).toEqual(['a1']);
  });

  it('does not count an edit when nothing changes', () => {
    const doc = new Y.Doc();
    seed(doc);
    const before = Y.encodeStateVector(doc);
    updateEntry(doc, 'action', 'a1', { responsable: 'Jefe/a UTP', financiamiento: { sep: 1_250_000 } }, 't');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
