// Every figure of one corte, formatted once (figures.ts) from its dashboard (dashboard.ts): the one
// function the Seguimiento tab and the Informe de Monitoreo both read (docs/spec/reports.md RM-1).
// Each row keeps the number its bar draws and the actions behind it, so the screen can open them;
// the report prints the figures only.
import type { MonitoringCycle } from '../cycles.ts';
import type { CycleDashboard, ProgressGroup } from '../dashboard.ts';
import type { SourceExecution } from '../budget.ts';
import {
  alertFigures,
  budgetFigure,
  groupFigure,
  indicatorFigure,
  levelFigure,
  sinRegistroFigure,
  type AlertFigure,
  type BudgetFigure,
  type GroupFigure,
  type IndicatorFigure,
  type LevelFigure,
} from './figures.ts';

export interface FigureRow<F> {
  key: string;
  figure: F;
  /** The percentage a bar draws; null when there is none (nothing recorded, nothing planned). */
  value: number | null;
  actionIds: string[];
}

export interface GroupRow extends FigureRow<GroupFigure> {
  /** Actions of the year in the group; the screen leaves out groups with none, the report prints them. */
  actions: number;
}

export interface SourceRow extends FigureRow<BudgetFigure> {
  /** No peso planned nor executed: the screen leaves the source out, the report prints it. */
  empty: boolean;
}

export interface CycleFigures {
  /** The levels of implementation, then "Sin registro en el corte". */
  levels: FigureRow<LevelFigure>[];
  byDimension: GroupRow[];
  byStrategy: GroupRow[];
  indicators: IndicatorFigure[];
  budget: { bySource: SourceRow[]; total: SourceRow };
  alerts: AlertFigure[];
}

const groupRow = (g: ProgressGroup): GroupRow => ({
  key: g.key,
  figure: groupFigure(g),
  value: g.averageProgress,
  actionIds: g.actionIds,
  actions: g.actions,
});

const sourceRow = (s: SourceExecution): SourceRow => ({
  key: s.source,
  figure: budgetFigure(s),
  value: s.percent,
  actionIds: s.actionIds,
  empty: s.planned === 0 && s.executed === 0,
});

export function cycleFigures(
  db: CycleDashboard,
  actionName: (id: string) => string,
  cycles: readonly MonitoringCycle[],
): CycleFigures {
  return {
    levels: [
      ...db.levels.map((l) => ({ key: l.level, figure: levelFigure(l), value: l.percent, actionIds: l.actionIds })),
      {
        key: 'none',
        figure: sinRegistroFigure(db.sinRegistro),
        value: db.sinRegistro.percent,
        actionIds: db.sinRegistro.actionIds,
      },
    ],
    byDimension: db.byDimension.map(groupRow),
    byStrategy: db.byStrategy.map(groupRow),
    indicators: db.indicators.map(indicatorFigure),
    budget: { bySource: db.budget.bySource.map(sourceRow), total: sourceRow(db.budget.total) },
    alerts: alertFigures(db.alerts, actionName, cycles),
  };
}
