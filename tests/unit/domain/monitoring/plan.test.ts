import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkDates,
  checkPeriods,
  dueFor,
  isDueInCycle,
  monitoringPlanSchema,
  planCargos,
} from '../../../../src/domain/monitoring/plan.ts';
import type { MonitoringPlan } from '../../../../src/domain/monitoring/plan.ts';
import { buildPlan } from '../pme/planFixture.ts';
import { CYCLES, measurement, record } from './fixtures.ts';

const YEAR = { yearStart: '2026-03-01', yearEnd: '2026-12-20' };

describe('MP-1 check dates', () => {
  it.each([
    [
      'mensual',
      [
        '2026-03-31',
        '2026-04-30',
        '2026-05-31',
        '2026-06-30',
        '2026-07-31',
        '2026-08-31',
        '2026-09-30',
        '2026-10-31',
        '2026-11-30',
        '2026-12-20',
      ],
    ],
    ['bimestral', ['2026-04-30', '2026-06-30', '2026-08-31', '2026-10-31', '2026-12-20']],
    ['trimestral', ['2026-05-31', '2026-08-31', '2026-11-30', '2026-12-20']],
    ['semestral', ['2026-08-31', '2026-12-20']],
  ] as const)('%s', (f, dates) => {
    expect(checkDates(YEAR, f)).toEqual(dates);
  });

  it('periods start on the same day of month, clamped to the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(checkPeriods({ yearStart: '2026-03-02', yearEnd: '2026-06-01' }, 'mensual')).toEqual([
      { start: '2026-03-02', end: '2026-04-01' },
      { start: '2026-04-02', end: '2026-05-01' },
      { start: '2026-05-02', end: '2026-06-01' },
    ]);
  });

  it('for an action, only periods overlapping its dates', () => {
    expect(checkDates(YEAR, 'trimestral', { fechaInicio: '2026-06-15', fechaTermino: '2026-09-10' })).toEqual([
      '2026-08-31',
      '2026-11-30',
    ]);
  });

  it.each([
    ['semestral', 'c1', false],
    ['semestral', 'c2', true],
    ['semestral', 'c3', false],
    ['semestral', 'c4', true],
    ['trimestral', 'c1', true],
    ['bimestral', 'c1', true],
    ['mensual', 'c4', true],
  ] as const)('%s due in %s: %s', (frequency, cycleId, due) => {
    expect(
      isDueInCycle(
        YEAR,
        { frequency },
        CYCLES.find((c) => c.id === cycleId)!,
      ),
    ).toBe(due);
  });
});

describe('plan de monitoreo', () => {
  const pme = buildPlan();
  const plan: MonitoringPlan = monitoringPlanSchema.parse({
    year: 2026,
    ...YEAR,
    entries: [
      {
        id: 'e1',
        target: { kind: 'action', actionId: 'a1' },
        cargo: 'Jefa de UTP',
        frequency: 'trimestral',
        instrumentId: 'seg',
        dataSource: 'Listas de asistencia',
      },
      {
        id: 'e2',
        target: { kind: 'action', actionId: 'a3' },
        cargo: 'Director/a',
        frequency: 'mensual',
        instrumentId: null,
        dataSource: 'Actas',
      },
      {
        id: 'e3',
        target: { kind: 'indicator', goalId: 'g1' },
        cargo: 'jefa de  utp',
        frequency: 'semestral',
        instrumentId: null,
        dataSource: 'Registro UTP',
      },
      {
        id: 'e4',
        target: { kind: 'action', actionId: 'gone' },
        cargo: 'Jefa de UTP',
        frequency: 'mensual',
        instrumentId: null,
        dataSource: '',
      },
      {
        id: 'e5',
        target: { kind: 'action', actionId: 'a4' },
        cargo: 'Jefa de ÚTP',
        frequency: 'mensual',
        instrumentId: null,
        dataSource: '',
      },
    ],
  });

  it('rejects two entries for the same target and a blank cargo', () => {
    const dup = { ...plan, entries: [plan.entries[0], { ...plan.entries[0], id: 'x' }] };
    expect(monitoringPlanSchema.safeParse(dup).success).toBe(false);
    expect(monitoringPlanSchema.safeParse({ ...plan, entries: [{ ...plan.entries[0], cargo: ' ' }] }).success).toBe(
      false,
    );
  });

  it('MP-2: what a cargo has due in a cycle, matched without case/accents, deleted targets left out, done when recorded', () => {
    const c2 = CYCLES[1]!;
    const due = dueFor(
      {
        plan,
        actions: pme.actions,
        goals: pme.goals,
        cycle: c2,
        records: [record({ id: 'r9', cycleId: 'c2' })],
        measurements: [measurement({ cycleId: 'c1' })],
      },
      'JEFA DE UTP',
    );
    expect(due.map((d) => [d.entry.id, d.title, d.done, d.doneIds])).toEqual([
      ['e1', 'Talleres de lectura compartida en 1° y 2° básico', true, ['r9']],
      ['e3', '% de cursos con lectura compartida semanal', false, []],
      ['e5', 'Jornadas de convivencia y participación estudiantil', false, []],
    ]);
    // c1 holds no semestral check: the indicator is not due there.
    expect(
      dueFor(
        { plan, actions: pme.actions, goals: pme.goals, cycle: CYCLES[0]!, records: [], measurements: [] },
        'Jefa de UTP',
      ).map((d) => d.entry.id),
    ).toEqual(['e1', 'e5']);
  });

  it('lists cargos once', () => {
    expect(planCargos(plan)).toEqual(['Jefa de UTP', 'Director/a']);
  });
});
