import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../../src/domain/pme/diff.ts';
import { draftPlanSchema } from '../../../../src/domain/pme/draft.ts';
import { editedSinceDeletion } from '../../../../src/domain/pme/tombstones.ts';
import { problemsToMark, versionTitles } from '../../../../src/domain/pme/versions.ts';
import type { PmePlan } from '../../../../src/domain/pme/model.ts';

const action = (id: string, nombre: string, extra: Record<string, unknown> = {}) => ({
  id,
  strategyId: 's1',
  year: 2027,
  nombre,
  descripcion: '',
  dimension: 'GP',
  subdimensiones: ['GP-1'],
  fechaInicio: '2027-04-01',
  fechaTermino: '2027-06-30',
  responsable: 'UTP',
  recursos: '',
  mediosVerificacion: ['Actas'],
  usoTIC: false,
  asesoriaATE: false,
  planesNormativos: [],
  programaAsociado: '',
  financiamiento: { sep: 100_000, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
  ...extra,
});

function plan(over: Partial<Record<keyof PmePlan, unknown>> = {}): PmePlan {
  return draftPlanSchema.parse({
    id: 'p',
    schoolId: '7423',
    cycle: { startYear: 2026, years: 4 },
    vision: 'Visión',
    sellos: [],
    objectives: [{ id: 'o1', dimension: 'LID', text: 'Objetivo uno', priorityIds: [] }],
    goals: [],
    strategies: [{ id: 's1', objectiveId: 'o1', text: 'Estrategia' }],
    actions: [action('a1', 'Uno'), action('a2', 'Dos')],
    annual: [],
    ...over,
  });
}

describe('diffPlans', () => {
  it('finds nothing between equal plans', () => {
    const d = diffPlans(plan(), plan());
    expect(d.entries).toEqual([]);
    expect(d.vision).toBeNull();
    expect(d.counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('lists added, removed and changed actions with the fields that changed, shown as text', () => {
    const after = plan({
      vision: 'Visión nueva',
      actions: [
        action('a1', 'Uno', {
          responsable: 'Director/a',
          fechaTermino: '2027-07-15',
          financiamiento: { sep: 250_000, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
        }),
        action('a3', 'Tres'),
      ],
    });
    const d = diffPlans(plan(), after);
    expect(d.vision).toMatchObject({ before: 'Visión', after: 'Visión nueva' });
    expect(d.counts).toEqual({ added: 1, removed: 1, changed: 1 });
    const changed = d.entries.find((e) => e.change === 'changed')!;
    expect(changed).toMatchObject({ kind: 'action', id: 'a1', title: 'Uno' });
    expect(changed.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Fecha de término', '30-06-2027', '15-07-2027'],
      ['Responsable', 'UTP', 'Director/a'],
      ['Monto SEP', '$ 100.000', '$ 250.000'],
      ['Monto total', '$ 100.000', '$ 250.000'],
    ]);
    expect(d.entries.filter((e) => e.change !== 'changed').map((e) => [e.change, e.id, e.title])).toEqual([
      ['added', 'a3', 'Tres'],
      ['removed', 'a2', 'Dos'],
    ]);
  });

  it('treats a renamed action as a change and a reworded objective as a change', () => {
    const d = diffPlans(
      plan(),
      plan({
        objectives: [{ id: 'o1', dimension: 'LID', text: 'Objetivo reescrito', priorityIds: [] }],
        actions: [action('a1', 'Uno bis'), action('a2', 'Dos')],
      }),
    );
    expect(d.entries.map((e) => [e.kind, e.change, e.fields.map((f) => f.field)])).toEqual([
      ['objective', 'changed', ['text']],
      ['action', 'changed', ['nombre']],
    ]);
  });
});

describe('tombstones and versions', () => {
  it('an edit the deleter had not seen is a conflict; seen edits are not', () => {
    expect(editedSinceDeletion({ seen: { '1': 2 } }, { '1': 2 })).toBe(false);
    expect(editedSinceDeletion({ seen: { '1': 2 } }, { '1': 3 })).toBe(true);
    expect(editedSinceDeletion({ seen: { '1': 2 } }, { '1': 2, '7': 1 })).toBe(true);
    expect(editedSinceDeletion({ seen: {} }, {})).toBe(false);
  });

  it('numbers versions of the same kind in creation order', () => {
    const titles = versionTitles([
      { id: 'b', kind: 'borrador', createdAt: '2027-06-01' },
      { id: 'a', kind: 'borrador', createdAt: '2027-05-01' },
      { id: 'f', kind: 'final', createdAt: '2027-08-01' },
    ]);
    expect([titles.get('a'), titles.get('b'), titles.get('f')]).toEqual([
      'Borrador PME (1)',
      'Borrador PME (2)',
      'PME Versión Final',
    ]);
  });

  it('a Borrador is never blocked; Versión Final is blocked by the plan validation', () => {
    const incomplete = plan({ actions: [action('a1', 'Uno', { responsable: '' })] });
    expect(problemsToMark('borrador', incomplete)).toEqual([]);
    expect(problemsToMark('final', incomplete).map((p) => p.code)).toContain('no-responsible');
  });
});
