// What a month of the asesoría covers, from the standard programme (docs/domain.md §7), and the agenda a
// new session of that month starts from (MX-4, MX-5). The month's theme and workshops are the plan's own
// (a compressed programme already carries the merged months' themes and workshops); its deliverables are
// those of the template months it covers; the cross-cutting contents run through every month.
import { CROSS_CUTTING_CONTENTS, DELIVERABLES } from './template.ts';
import type { MonthPlan } from './engagement.ts';
import { SESSION_AGENDA_MAX } from './session.ts';

export interface MonthContents {
  month: number;
  theme: string;
  workshops: readonly string[];
  /** Labels of the deliverables due at the end of the month. */
  deliverables: readonly string[];
  crossCutting: readonly string[];
}

type MonthShape = Pick<MonthPlan, 'month' | 'theme' | 'workshops' | 'templateMonths'>;

export function monthContents(m: MonthShape): MonthContents {
  return {
    month: m.month,
    theme: m.theme,
    workshops: m.workshops,
    deliverables: DELIVERABLES.filter((d) => m.templateMonths.includes(d.templateMonth)).map((d) => d.label),
    crossCutting: CROSS_CUTTING_CONTENTS,
  };
}

/** MX-5: the agenda a new session of month `m` starts from; editable like any agenda, within its limit. */
export function agendaFromMonth(m: MonthShape): string {
  const c = monthContents(m);
  const lines = [
    `Mes ${c.month} del programa: ${c.theme}`,
    ...c.workshops.map((w, i) => `${i + 1}. ${w}`),
    ...(c.deliverables.length > 0 ? [`Entregables del mes: ${c.deliverables.join('; ')}`] : []),
    `Contenidos transversales: ${c.crossCutting.join('; ')}`,
  ];
  return lines.join('\n').slice(0, SESSION_AGENDA_MAX);
}
