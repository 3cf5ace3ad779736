// Monto ejecutado a la fecha, by source: the sources the action plans money from, those it has
// executed from, and always SEP.
import { FUNDING_SOURCES } from '../../../domain/pme/model.ts';
import { formatPesos } from '../../../domain/shared/money.ts';
import { PesosInput } from '../../pme/index.ts';
import type { CardPartProps } from './cardProps.ts';

export function ExecutedAmounts({ records, action, cycleId, record, readOnly, tid }: CardPartProps) {
  const shown = FUNDING_SOURCES.filter(
    (f) => action.financiamiento[f.code] > 0 || (record?.executed[f.code] ?? 0) > 0 || f.code === 'sep',
  );
  return (
    <fieldset className="funding" disabled={readOnly || !record}>
      <legend>Monto ejecutado a la fecha</legend>
      {shown.map((f) => (
        <PesosInput
          key={f.code}
          label={`${f.label} (planificado ${formatPesos(action.financiamiento[f.code])})`}
          value={record?.executed[f.code] ?? 0}
          warning={executedWarning(record?.executed[f.code] ?? 0, action.financiamiento[f.code])}
          onChange={(v) => records.setExecuted(action.id, cycleId, f.code, v)}
          testId={`${tid}-executed-${f.code}`}
        />
      ))}
    </fieldset>
  );
}

/** Field-side note (the dashboard's alert is domain/monitoring/alerts.ts): executed above the planned amount. */
function executedWarning(executed: number, planned: number): string | null {
  if (executed <= planned) return null;
  if (planned === 0) return 'Esta fuente no tiene monto planificado en el PME';
  return `Supera lo planificado en ${formatPesos(executed - planned)}`;
}
