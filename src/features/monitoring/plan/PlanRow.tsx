// One row of the plan de monitoreo. Text cells save on blur (a keystroke is not an entry); a row
// without an entry gets one with «mensual» as its frequency when anything is set.
import { FREQUENCIES, type Frequency } from '../../../domain/monitoring/plan.ts';
import type { MonitoringInstrument } from '../../../domain/monitoring/instruments.ts';
import type { PlanEntryFields } from '../../../data/docs/monitoring/index.ts';
import type { PlanRowData } from './planRows.ts';

interface Props {
  row: PlanRowData;
  index: number;
  instruments: readonly MonitoringInstrument[];
  onSet: (fields: PlanEntryFields) => void;
}

export function PlanRow({ row: r, index, instruments, onSet }: Props) {
  const e = r.entry;
  const frequency = e?.frequency ?? 'mensual';
  return (
    <tr data-testid={`plan-row-${index}`}>
      <td>
        <span className="muted">{r.kind}:</span> {r.title || '(sin nombre)'}
      </td>
      <td>
        <input
          aria-label={`Cargo que monitorea: ${r.title}`}
          defaultValue={e?.cargo ?? ''}
          key={`c-${e?.cargo ?? ''}`}
          onBlur={(ev) =>
            ev.target.value.trim() !== (e?.cargo ?? '') && onSet({ cargo: ev.target.value.trim(), frequency })
          }
        />
      </td>
      <td>
        <select
          aria-label={`Frecuencia: ${r.title}`}
          value={e?.frequency ?? ''}
          onChange={(ev) => onSet({ frequency: ev.target.value as Frequency })}
        >
          {!e && <option value="">—</option>}
          {FREQUENCIES.map((f) => (
            <option key={f.code} value={f.code}>
              {f.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <InstrumentSelect
          title={r.title}
          value={e?.instrumentId ?? ''}
          instruments={instruments}
          onChoose={(instrumentId) => onSet({ instrumentId, frequency })}
        />
      </td>
      <td>
        <input
          aria-label={`Fuente de información: ${r.title}`}
          defaultValue={e?.dataSource ?? ''}
          key={`s-${e?.dataSource ?? ''}`}
          onBlur={(ev) =>
            ev.target.value !== (e?.dataSource ?? '') && onSet({ dataSource: ev.target.value, frequency })
          }
        />
      </td>
    </tr>
  );
}

interface InstrumentSelectProps {
  title: string;
  value: string;
  instruments: readonly MonitoringInstrument[];
  onChoose: (instrumentId: string | null) => void;
}

function InstrumentSelect({ title, value, instruments, onChoose }: InstrumentSelectProps) {
  return (
    <select aria-label={`Herramienta: ${title}`} value={value} onChange={(ev) => onChoose(ev.target.value || null)}>
      <option value="">Ninguna</option>
      {instruments.map((ins) => (
        <option key={ins.id} value={ins.id}>
          {ins.title}
        </option>
      ))}
    </select>
  );
}
