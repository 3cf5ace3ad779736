// The Informe de Monitoreo of a corte (PDF, made on the device) and the monitoring records as CSV and
// XLSX. The decisions the team took are typed here and go into the report.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { MonitoringView } from '../../data/docs/monitoring/index.ts';
import { useMonitoringFiles } from './outputs/useMonitoringFiles.ts';

interface Props {
  schoolId: SchoolId;
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle;
}

export function ReportSection({ schoolId, view, pme, cycle }: Props) {
  const [decisions, setDecisions] = useState('');
  const files = useMonitoringFiles(schoolId, view, pme, cycle);
  return (
    <section data-testid="monitoring-report">
      <h3>Informe de Monitoreo · {cycle.name}</h3>
      <div className="field wide">
        <label htmlFor="mon-decisions">Decisiones tomadas</label>
        <textarea id="mon-decisions" rows={3} value={decisions} onChange={(e) => setDecisions(e.target.value)} />
      </div>
      <div className="pme-outputs">
        <button type="button" data-testid="monitoring-pdf" onClick={() => void files.pdf(decisions)}>
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
