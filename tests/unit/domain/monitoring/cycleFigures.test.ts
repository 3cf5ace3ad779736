// RM-1: the Seguimiento tab and the Informe de Monitoreo read one function, cycleFigures. Each row keeps
// the number its bar draws and the actions behind it; the report takes the figures of the same rows.
import { describe, expect, it } from 'vitest';
import { cycleDashboard } from '../../../../src/domain/monitoring/dashboard.ts';
import { cycleFigures } from '../../../../src/domain/monitoring/report/cycleFigures.ts';
import { monitoringReportContent } from '../../../../src/domain/monitoring/report/content.ts';
import { buildPlan, SCHOOL } from '../pme/planFixture.ts';
import { CYCLES, ZERO, record } from './fixtures.ts';

const pme = buildPlan();
const records = [
  record({ id: 'r1', actionId: 'a1', level: 'avanzada', progress: 80, executed: { ...ZERO, sep: 1_000_000 } }),
  record({ id: 'r2', actionId: 'a3', level: 'no-efectuada', progress: 0, executed: { ...ZERO, pie: 25_000 } }),
];
const dashboard = cycleDashboard({
  pme,
  cycles: CYCLES,
  cycleId: 'c1',
  records,
  measurements: [],
  today: '2026-06-15',
});
const figures = cycleFigures(dashboard, (id) => `acción ${id}`, CYCLES);

describe('cycleFigures (RM-1)', () => {
  it('lists the levels, then «Sin registro en el corte» with the actions without a record', () => {
    expect(figures.levels.map((l) => l.key)).toEqual([...dashboard.levels.map((l) => l.level), 'none']);
    const none = figures.levels.at(-1)!;
    expect(none.figure.label).toBe('Sin registro en el corte');
    expect(none.actionIds).toEqual(dashboard.sinRegistro.actionIds);
    expect(none.actionIds).not.toContain('a1');
    const avanzada = figures.levels.find((l) => l.key === 'avanzada')!;
    expect([avanzada.actionIds, avanzada.value]).toEqual([
      ['a1'],
      dashboard.levels.find((l) => l.level === 'avanzada')!.percent,
    ]);
  });

  it('marks sources with no peso planned nor executed as empty, and keeps the actions behind each bar', () => {
    const sep = figures.budget.bySource.find((s) => s.key === 'sep')!;
    expect(sep.empty).toBe(false);
    expect(sep.actionIds).toContain('a1');
    const untouched = figures.budget.bySource.filter((s) => s.empty).map((s) => s.figure.ejecutado);
    expect(untouched.length).toBeGreaterThan(0);
    expect(new Set(untouched)).toEqual(new Set(['$ 0']));
    expect(figures.budget.total.key).toBe('total');
  });

  it('gives each dimension its count of actions, 0 for the dimensions the screen leaves out', () => {
    expect(figures.byDimension.map((g) => g.actions)).toEqual(dashboard.byDimension.map((g) => g.actions));
    expect(figures.byDimension.some((g) => g.actions === 0)).toBe(true);
  });

  it('is what the report prints: levels, dimensions, indicators, budget and alerts', () => {
    const content = monitoringReportContent({
      school: SCHOOL,
      pme,
      cycle: CYCLES[0]!,
      cycles: CYCLES,
      dashboard,
      records,
      decisions: '',
      date: '2026-06-15',
    });
    const levels = figures.levels.map(({ figure: { label, count, percent } }) => ({ label, count, percent }));
    expect(content.levels).toEqual(levels);
    expect(content.byDimension.map((d) => d.average)).toEqual(figures.byDimension.map((g) => g.figure.average));
    expect(content.indicators).toEqual(figures.indicators);
    expect(content.budget).toEqual([...figures.budget.bySource, figures.budget.total].map((s) => s.figure));
    expect(content.alerts.map((a) => a.title)).toEqual(figures.alerts.map((a) => a.title));
  });
});
