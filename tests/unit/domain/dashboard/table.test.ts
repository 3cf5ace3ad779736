import { describe, expect, it } from 'vitest';
import { EXPORT_HEADERS, NO_FILTERS, exportRow, filterRows, sortRows } from '../../../../src/domain/dashboard/table.ts';
import { actaState, evaluationState, lastCorte, pmeState } from '../../../../src/domain/dashboard/row.ts';
import type { SchoolDashboardRow } from '../../../../src/domain/dashboard/row.ts';
import type { EvaluationDigest, PmeDigest } from '../../../../src/domain/dashboard/digests.ts';
import { readsSchoolsAtAGlance, seesDashboard } from '../../../../src/domain/dashboard/access.ts';

function row(over: Partial<SchoolDashboardRow> & { schoolId: string; rbd: number }): SchoolDashboardRow {
  return {
    name: `Escuela ${over.rbd}`,
    comunaCode: '10307',
    comunaName: 'Purranque',
    dependencia: '2',
    rural: false,
    asesor: 'Ana',
    programme: null,
    deliverables: { delivered: 0, late: 0, total: 8 },
    pme: { state: 'sin-plan', date: null },
    monitoring: null,
    indicators: { 'en-camino': 0, 'en-riesgo': 0, desviado: 0, otros: 0 },
    evaluation: 'sin-iniciar',
    acta: 'sin-acta',
    ...over,
  };
}

const ROWS = [
  row({ schoolId: '3', rbd: 3, name: 'Ñuble', comunaCode: '16101', comunaName: 'Chillán', rural: true }),
  row({ schoolId: '1', rbd: 1, name: 'Andes', asesor: 'Berta', pme: { state: 'final', date: '2026-07-30T12:00:00Z' } }),
  row({ schoolId: '2', rbd: 2, name: 'Bosque', dependencia: '6', deliverables: { delivered: 2, late: 3, total: 8 } }),
];

describe('dashboard table', () => {
  it('SD-7: every set filter must match; empty filters match all', () => {
    expect(filterRows(ROWS, NO_FILTERS)).toHaveLength(3);
    expect(filterRows(ROWS, { ...NO_FILTERS, comuna: '10307' }).map((r) => r.rbd)).toEqual([1, 2]);
    expect(filterRows(ROWS, { ...NO_FILTERS, rural: 'rural' }).map((r) => r.rbd)).toEqual([3]);
    expect(filterRows(ROWS, { ...NO_FILTERS, rural: 'urbano', dependencia: '2' }).map((r) => r.rbd)).toEqual([1]);
    expect(filterRows(ROWS, { ...NO_FILTERS, asesor: 'Berta' }).map((r) => r.rbd)).toEqual([1]);
    expect(filterRows(ROWS, { ...NO_FILTERS, pmeState: 'final' }).map((r) => r.rbd)).toEqual([1]);
  });

  it('SD-7: sorts by name in Spanish order, by figures both ways, ties in RBD order', () => {
    expect(sortRows(ROWS, 'nombre').map((r) => r.name)).toEqual(['Andes', 'Bosque', 'Ñuble']);
    expect(sortRows(ROWS, 'atrasados', true).map((r) => r.rbd)).toEqual([2, 1, 3]);
    expect(sortRows(ROWS, 'pme').map((r) => r.rbd)).toEqual([2, 3, 1]);
  });

  it('SD-8: one export cell per header, states in Spanish, the PME date as a date cell', () => {
    const cells = exportRow(ROWS[1]!);
    expect(cells).toHaveLength(EXPORT_HEADERS.length);
    const at = (h: (typeof EXPORT_HEADERS)[number]) => cells[EXPORT_HEADERS.indexOf(h)];
    expect(at('Estado PME')).toBe('Versión final');
    expect(at('Fecha estado PME')).toEqual({ kind: 'date', iso: expect.stringMatching(/^2026-07-(29|30)$/) });
    expect(at('Mes de la asesoría')).toBe('Sin asesoría');
    expect(at('Acta de Verificación')).toBe('Sin acta');
  });
});

describe('dashboard states', () => {
  const plan = { objectives: [], goals: [], strategies: [], actions: [] } as unknown as PmeDigest['plan'];
  it('SD-3: final over borrador over the working plan', () => {
    const v = (id: string, kind: 'borrador' | 'final', createdAt: string) => ({ id, kind, createdAt });
    expect(pmeState(null).state).toBe('sin-plan');
    expect(pmeState({ plan, versions: [] }).state).toBe('sin-plan');
    expect(pmeState({ plan: { ...plan, actions: [{} as never] }, versions: [] }).state).toBe('en-elaboracion');
    expect(pmeState({ plan, versions: [v('b', 'borrador', '2026-05-01T10:00:00Z')] })).toEqual({
      state: 'borrador',
      date: '2026-05-01T10:00:00Z',
    });
    expect(
      pmeState({
        plan,
        versions: [v('f', 'final', '2026-07-01T10:00:00Z'), v('b', 'borrador', '2026-08-01T10:00:00Z')],
      }).state,
    ).toBe('final');
  });

  it('SD-4: the last corte begun by today; none before the first starts', () => {
    const cycles = [
      { id: 'c2', start: '2026-07-01' },
      { id: 'c1', start: '2026-03-01' },
    ];
    expect(lastCorte(cycles, '2026-02-28')).toBeNull();
    expect(lastCorte(cycles, '2026-03-01')?.id).toBe('c1');
    expect(lastCorte(cycles, '2026-12-31')?.id).toBe('c2');
  });

  it('SD-5, SD-6: evaluation state and the acta in force of the latest year', () => {
    const e = (over: Partial<EvaluationDigest>): EvaluationDigest => ({
      started: false,
      closedAt: null,
      actas: [],
      ...over,
    });
    expect(evaluationState(e({}))).toBe('sin-iniciar');
    expect(evaluationState(e({ started: true }))).toBe('en-curso');
    expect(evaluationState(e({ started: true, closedAt: '2026-12-01T10:00:00Z' }))).toBe('cerrada');
    const signed = [{ role: 'director' as const }, { role: 'asesor' as const }];
    const acta = (id: string, year: number, sigs: typeof signed, correctsActaId: string | null = null) => ({
      id,
      year,
      correctsActaId,
      signatures: sigs,
    });
    expect(actaState(e({}))).toBe('sin-acta');
    expect(actaState(e({ actas: [acta('a', 2026, signed.slice(0, 1))] }))).toBe('pendiente');
    expect(actaState(e({ actas: [acta('a', 2026, signed)] }))).toBe('firmada');
    // A signed acta of an earlier year does not sign this year's.
    expect(actaState(e({ actas: [acta('a', 2025, signed), acta('b', 2026, [])] }))).toBe('pendiente');
    // A signed acta corrected by a new one is no longer in force.
    expect(actaState(e({ actas: [acta('a', 2026, signed), acta('b', 2026, [], 'a')] }))).toBe('pendiente');
  });

  it('SD-9: coordinador, admin, sostenedor and asesor see it; escuela does not', () => {
    expect(['admin', 'coordinador', 'sostenedor', 'asesor'].every(seesDashboard)).toBe(true);
    expect(seesDashboard('escuela')).toBe(false);
    // SD-10: only those who read schools they do not work in open every school's documents in the background.
    expect(['admin', 'coordinador', 'sostenedor'].every(readsSchoolsAtAGlance)).toBe(true);
    expect(['asesor', 'escuela'].some(readsSchoolsAtAGlance)).toBe(false);
  });
});
