// Alerts of the monitoring dashboard (issue 7, item 4). Codes only; the Spanish words are in
// ALERT_LABELS / alertText for the screens and the report.
// AL-1 'accion-vencida': an action whose fechaTermino is before `today` and whose latest record (in
//   any cycle) is not "Implementación completa", or that has no record at all.
// AL-2 'completa-sin-evidencia': an action whose latest record is "Implementación completa" with no
//   medio de verificación ticked (attachments hang from ticked medios, so none attached either).
// AL-3 'corte-sin-registro': a cycle whose end is before `today` with actions due in it (plan.ts
//   MP-1 when the monitoring plan has an entry for the action; otherwise when the action's dates
//   overlap the cycle's) that have no record in it. One alert per cycle, listing those actions.
// AL-4 'sobre-ejecucion' and AL-5 'ejecucion-sin-plan': budgetAlerts.ts.
// Every alert reads the corte shown (`cycleId`, default the year's last): records up to it, cycles
// up to it — the same inputs as the budget table and the levels of that corte.
import type { PmeAction } from '../pme/model.ts';
import { formatIsoDate } from '../shared/localDates.ts';
import type { MonitoringCycle } from './cycles.ts';
import { sortCycles } from './cycles.ts';
import type { MonitoringPlan } from './plan.ts';
import { isDueInCycle } from './plan.ts';
import type { MonitoringRecord } from './records.ts';
import { budgetExecution, latestRecordsUpTo, type BudgetExecution } from './budget.ts';
import { budgetAlerts, type BudgetAlertCode, type BudgetAlertFigures } from './budgetAlerts.ts';
import { formatPesos } from '../shared/money.ts';
import { formatPercent } from '../shared/numbers.ts';

export type AlertCode = 'accion-vencida' | 'completa-sin-evidencia' | 'corte-sin-registro' | BudgetAlertCode;

export const ALERT_LABELS: Record<AlertCode, string> = {
  'accion-vencida': 'Acción con fecha de término vencida sin implementación completa',
  'completa-sin-evidencia': 'Acción completa sin medios de verificación ni evidencias',
  'corte-sin-registro': 'Corte de monitoreo vencido con acciones sin registrar',
  'sobre-ejecucion': 'Ejecución presupuestaria por sobre lo planificado',
  'ejecucion-sin-plan': 'Monto ejecutado sin monto planificado',
};

export interface MonitoringAlert {
  code: AlertCode;
  /** The action (AL-1, AL-2); null for AL-3. */
  actionId: string | null;
  /** The cycle of the record behind it (AL-2), the late cycle (AL-3); null otherwise. */
  cycleId: string | null;
  /** Actions concerned (one for AL-1/AL-2, the unrecorded ones for AL-3). */
  actionIds: string[];
  /** Records behind the alert (drill-down). */
  recordIds: string[];
  /** AL-4/AL-5 only: the source and its figures. */
  budget?: BudgetAlertFigures;
}

export interface AlertsInput {
  actions: readonly PmeAction[];
  cycles: readonly MonitoringCycle[];
  records: readonly MonitoringRecord[];
  plan?: MonitoringPlan | null;
  /** ISO date. */
  today: string;
  /** The corte shown; default the last of `cycles`. */
  cycleId?: string;
  /** The corte's budget execution when the caller has it already (the dashboard); else computed. */
  budget?: BudgetExecution;
}

type Window = Pick<PmeAction, 'fechaInicio' | 'fechaTermino'>;
const overlaps = (a: Window, c: Pick<MonitoringCycle, 'start' | 'end'>) =>
  a.fechaInicio <= c.end && a.fechaTermino >= c.start;

/** Is `action` expected to be recorded in `cycle`? (AL-3's rule.) */
export function isActionDue(
  action: PmeAction,
  cycle: Pick<MonitoringCycle, 'start' | 'end'>,
  plan?: MonitoringPlan | null,
): boolean {
  const entry = plan?.entries.find((e) => e.target.kind === 'action' && e.target.actionId === action.id);
  return plan && entry ? isDueInCycle(plan, entry, cycle, action) : overlaps(action, cycle);
}

export function monitoringAlerts(input: AlertsInput): MonitoringAlert[] {
  const { actions, today } = input;
  const all = sortCycles(input.cycles);
  const shownAt = input.cycleId === undefined ? all.length - 1 : all.findIndex((c) => c.id === input.cycleId);
  if (shownAt < 0 && input.cycleId !== undefined) throw new RangeError(`unknown cycle ${input.cycleId}`);
  const sorted = all.slice(0, shownAt + 1);
  const shown = sorted.at(-1);
  const latest = shown ? latestRecordsUpTo(input.records, sorted, shown.id) : new Map<string, MonitoringRecord>();
  const out: MonitoringAlert[] = [];
  for (const a of actions) {
    const r = latest.get(a.id);
    if (a.fechaTermino < today && r?.level !== 'completa') {
      out.push({
        code: 'accion-vencida',
        actionId: a.id,
        cycleId: r?.cycleId ?? null,
        actionIds: [a.id],
        recordIds: r ? [r.id] : [],
      });
    }
    if (r?.level === 'completa' && r.medios.length === 0) {
      out.push({
        code: 'completa-sin-evidencia',
        actionId: a.id,
        cycleId: r.cycleId,
        actionIds: [a.id],
        recordIds: [r.id],
      });
    }
  }
  for (const c of sorted) {
    if (c.end >= today) continue;
    const recorded = new Set(input.records.filter((r) => r.cycleId === c.id).map((r) => r.actionId));
    const missing = actions.filter((a) => isActionDue(a, c, input.plan) && !recorded.has(a.id)).map((a) => a.id);
    if (missing.length > 0)
      out.push({ code: 'corte-sin-registro', actionId: null, cycleId: c.id, actionIds: missing, recordIds: [] });
  }
  if (shown)
    out.push(
      ...budgetAlerts(
        actions,
        input.budget ?? budgetExecution(actions, input.records, sorted, shown.id),
        latest,
        shown.year,
      ),
    );
  return out;
}

function budgetText(alert: MonitoringAlert, actionName: (id: string) => string): string {
  const b = alert.budget;
  if (!b) return '';
  const who =
    alert.actionId === null ? `${b.label} (plan anual ${b.year})` : `«${actionName(alert.actionId)}» · ${b.label}`;
  if (alert.code === 'ejecucion-sin-plan') return `${who}: ejecutado ${formatPesos(b.executed)} sin monto planificado.`;
  return `${who}: ejecutado ${formatPesos(b.executed)} de ${formatPesos(b.planned)} planificados (${formatPercent(b.percent)}), ${formatPesos(b.executed - b.planned)} por sobre lo planificado.`;
}

/** One Spanish sentence for an alert (report and screens). */
export function alertText(
  alert: MonitoringAlert,
  actionName: (id: string) => string,
  cycle: (id: string) => Pick<MonitoringCycle, 'name' | 'end'> | undefined,
): string {
  switch (alert.code) {
    case 'accion-vencida':
      return `«${actionName(alert.actionId ?? '')}» terminó su plazo y no registra implementación completa.`;
    case 'completa-sin-evidencia':
      return `«${actionName(alert.actionId ?? '')}» está registrada como completa sin medios de verificación marcados.`;
    case 'corte-sin-registro': {
      const c = cycle(alert.cycleId ?? '');
      const n = alert.actionIds.length;
      return `El corte «${c?.name ?? ''}» venció el ${c ? formatIsoDate(c.end) : ''} con ${n} ${n === 1 ? 'acción' : 'acciones'} sin registro.`;
    }
    case 'sobre-ejecucion':
    case 'ejecucion-sin-plan':
      return budgetText(alert, actionName);
  }
}
