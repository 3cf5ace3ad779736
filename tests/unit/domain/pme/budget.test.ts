import { describe, expect, it } from 'vitest';
import { actionTotal, budgetSummary, checkSepBudget } from '../../../../src/domain/pme/budget.ts';
import { actionSchema } from '../../../../src/domain/pme/model.ts';
import { actionInput } from './fixtures.ts';

const zero = { sep: 0, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 };
// Hand-computed: A = 1.550.000 (GP), B = 2.650.000 (FC), C = 1.799.999 (GP).
const actions = [
  actionInput({ id: 'A', financiamiento: { ...zero, sep: 1_250_000, pie: 300_000 } }),
  actionInput({
    id: 'B',
    dimension: 'FC',
    subdimensiones: ['FC-2'],
    financiamiento: { ...zero, sep: 2_000_000, general: 500_000, sostenedor: 150_000 },
  }),
  actionInput({ id: 'C', financiamiento: { ...zero, sep: 750_000, faep: 1_000_000, otro: 49_999 } }),
].map((a) => actionSchema.parse(a));

describe('budget totals', () => {
  it('per action', () => {
    expect(actions.map(actionTotal)).toEqual([1_550_000, 2_650_000, 1_799_999]);
  });

  it('per source, per dimension and overall', () => {
    expect(budgetSummary(actions)).toEqual({
      bySource: {
        sep: 4_000_000,
        pie: 300_000,
        general: 500_000,
        mantenimiento: 0,
        faep: 1_000_000,
        sostenedor: 150_000,
        otro: 49_999,
      },
      byDimension: { LID: 0, GP: 3_349_999, FC: 2_650_000, GR: 0 },
      total: 5_999_999,
    });
  });

  it('of no actions is all zeros', () => {
    const s = budgetSummary([]);
    expect(s.total).toBe(0);
    expect(Object.values(s.bySource).every((v) => v === 0)).toBe(true);
    expect(s.byDimension).toEqual({ LID: 0, GP: 0, FC: 0, GR: 0 });
  });
});

describe('checkSepBudget', () => {
  it('warns when the SEP total exceeds the declared budget', () => {
    expect(checkSepBudget(actions, 3_500_000)).toEqual({
      total: 4_000_000,
      declared: 3_500_000,
      exceeded: true,
      excess: 500_000,
      warning:
        'El total SEP de las acciones ($ 4.000.000) supera el presupuesto SEP declarado para el año ($ 3.500.000) en $ 500.000.',
    });
  });

  it('is fine at exactly the declared budget and below it', () => {
    expect(checkSepBudget(actions, 4_000_000)).toEqual({
      total: 4_000_000,
      declared: 4_000_000,
      exceeded: false,
      excess: 0,
      warning: null,
    });
    expect(checkSepBudget(actions, 4_000_001).exceeded).toBe(false);
    expect(checkSepBudget(actions, 3_999_999).excess).toBe(1);
  });
});
