import type { ReactNode } from 'react';
import { isClosed, type MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import type { MonitoringInstrument } from '../../../domain/monitoring/instruments.ts';

interface Props {
  instrument: MonitoringInstrument;
  /** The blank form to print (MX-6). */
  blankForm: ReactNode;
  /** Records of every version of the instrument. */
  recordCount: number;
  cycle: MonitoringCycle | null;
  onEdit: () => void;
  onFill: () => void;
}

/** An instrument in the list: its version, size and use, «Editar», and «Completar» while the corte is open. */
export function InstrumentSummary({ instrument: i, blankForm, recordCount, cycle, onEdit, onFill }: Props) {
  return (
    <>
      <strong>{i.title}</strong>{' '}
      <span className="muted">
        · versión {i.version} · {i.fields.length} campos · {recordCount} registros
      </span>{' '}
      <button type="button" className="link" onClick={onEdit}>
        Editar
      </button>{' '}
      {blankForm}{' '}
      {cycle && !isClosed(cycle) && (
        <button type="button" className="link" onClick={onFill}>
          Completar en {cycle.name}
        </button>
      )}
    </>
  );
}
