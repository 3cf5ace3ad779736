// The Informe de Monitoreo of a corte (PDF, made on the device) and the monitoring records as CSV and
// XLSX. The decisions the team took are typed here, stored in the monitoring document (FT-4), and go
// into the report.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringHandle, MonitoringView } from '../../data/docs/monitoring/index.ts';
import { NOTE_MAX } from '../../domain/monitoring/records.ts';
import { BufferedTextarea } from '../forms/index.ts';
import { useView } from '../session/index.ts';
import { useMonitoringFiles } from './outputs/useMonitoringFiles.ts';

interface Props {
  schoolId: SchoolId;
  handle: MonitoringHandle;
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle;
}

export function ReportSection({ schoolId, handle, view, pme, cycle }: Props) {
  const decisions = useView(handle.decisions.view(cycle.id));
  const files = useMonitoringFiles(schoolId, view, pme, cycle);
  return (
    <section data-testid="monitoring-report">
      <h3>Informe de Monitoreo · {cycle.name}</h3>
      <div className="field wide">
        <label htmlFor="mon-decisions">Decisiones tomadas</label>
        <BufferedTextarea
          key={cycle.id}
          journal={`mon-decisions|${cycle.id}`}
          id="mon-decisions"
          rows={3}
          limit={NOTE_MAX}
          value={decisions}
          onCommit={(text) => handle.decisions.set(cycle.id, text)}
          data-testid="mon-decisions"
        />
      </div>
      <div className="pme-outputs">
        <button
          type="button"
          data-testid="monitoring-pdf"
          onClick={() => void files.pdf(handle.decisions.view(cycle.id).get())}
        >
          Informe de Monitoreo (PDF)
        </button>
        <button type="button" data-testid="monitoring-csv" onClick={() => void files.csv()}>
          Registros (CSV)
        </button>
        <button type="button" data-testid="monitoring-xlsx" onClick={() => void files.xlsx()}>
          Registros (XLSX)
        </button>
      </div>
      {files.error && (
        <p role="alert" className="form-error">
          {files.error}
        </p>
      )}
    </section>
  );
}
