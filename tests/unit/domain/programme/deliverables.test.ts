import { describe, expect, it } from 'vitest';
import {
  DELIVERABLE_CODES,
  deliverableChecklist,
  deliverableDueDate,
  deliverableDueMonth,
  deliverableItems,
  deliverableStatesSchema,
  lateDeliverables,
  layoutProgramme,
  shiftSchedule,
  type DeliverableStates,
} from '../../../../src/domain/programme/index.ts';

const plan8 = layoutProgramme('2026-03-16', 8, 80);
const plan6 = layoutProgramme('2026-03-16', 6, 80);

describe('due months and dates from the plan', () => {
  it('8 months: the template months; due at the last day of the month', () => {
    expect(DELIVERABLE_CODES.map((c) => deliverableDueMonth(plan8, c))).toEqual([1, 3, 3, 5, 5, 8, 8, 8]);
    expect(deliverableDueDate(plan8, 'informe-diagnostico')).toBe('2026-04-15');
    expect(deliverableDueDate(plan8, 'acta-verificacion')).toBe('2026-11-15');
  });

  it('6 months: follow the merged months', () => {
    expect(DELIVERABLE_CODES.map((c) => deliverableDueMonth(plan6, c))).toEqual([1, 3, 3, 4, 4, 6, 6, 6]);
    expect(deliverableDueDate(plan6, 'pme-version-final')).toBe('2026-07-15');
  });

  it('moves with a shifted calendar', () => {
    const r = shiftSchedule(plan8, 2, 7);
    if (!r.ok) throw new Error('shift failed');
    expect(deliverableDueDate(r.plan, 'informe-diagnostico')).toBe('2026-04-22');
  });

  it('gives no due month when the plan does not cover the template month', () => {
    const broken = plan8.map((m) => (m.month === 1 ? { ...m, templateMonths: [] } : m));
    expect(deliverableDueMonth(broken, 'informe-diagnostico')).toBeNull();
    expect(lateDeliverables(broken, {}, '2030-01-01').map((d) => d.code)).not.toContain('informe-diagnostico');
  });
});

describe('states and lateness', () => {
  it('parses states; entregado needs its date; unknown codes rejected', () => {
    expect(
      deliverableStatesSchema.safeParse({ 'borrador-pme': { status: 'entregado', deliveredOn: '2026-06-10' } }).success,
    ).toBe(true);
    expect(deliverableStatesSchema.safeParse({ 'borrador-pme': { status: 'entregado' } }).success).toBe(false);
    expect(deliverableStatesSchema.safeParse({ 'borrador-pme': { status: 'listo' } }).success).toBe(false);
    expect(deliverableStatesSchema.safeParse({ otro: { status: 'pendiente' } }).success).toBe(false);
  });

  it('a missing state is pendiente', () => {
    expect(deliverableItems(plan8, {}, '2026-03-16').every((d) => d.state.status === 'pendiente')).toBe(true);
  });

  it('late: not delivered and today after the due date; due today is not late', () => {
    const states: DeliverableStates = { 'informe-diagnostico': { status: 'en-elaboracion' } };
    expect(lateDeliverables(plan8, states, '2026-04-15')).toEqual([]);
    expect(lateDeliverables(plan8, states, '2026-04-16').map((d) => d.code)).toEqual(['informe-diagnostico']);
    const delivered: DeliverableStates = { 'informe-diagnostico': { status: 'entregado', deliveredOn: '2026-04-10' } };
    expect(lateDeliverables(plan8, delivered, '2026-04-16')).toEqual([]);
    expect(lateDeliverables(plan8, {}, '2026-06-16').map((d) => d.code)).toEqual([
      'informe-diagnostico',
      'borrador-pme',
      'herramientas-monitoreo',
    ]);
  });

  it('marks a delivery after the due date as delivered late, not late', () => {
    const states: DeliverableStates = { 'informe-diagnostico': { status: 'entregado', deliveredOn: '2026-04-20' } };
    const item = deliverableItems(plan8, states, '2026-05-01').find((d) => d.code === 'informe-diagnostico');
    expect(item).toMatchObject({ late: false, deliveredLate: true });
  });
});

describe('deliverableChecklist', () => {
  it('lists every month of the plan with the deliverables due in it', () => {
    const list = deliverableChecklist(plan6, {}, '2026-03-20');
    expect(list.map((m) => [m.month, m.items.map((i) => i.code)])).toEqual([
      [1, ['informe-diagnostico']],
      [2, []],
      [3, ['borrador-pme', 'herramientas-monitoreo']],
      [4, ['pme-version-final', 'informe-monitoreo-1']],
      [5, []],
      [6, ['informes-monitoreo-finales', 'informe-evaluacion', 'acta-verificacion']],
    ]);
    expect(list[0]?.items[0]?.label).toBe('Informe Diagnóstico Participativo');
  });
});
