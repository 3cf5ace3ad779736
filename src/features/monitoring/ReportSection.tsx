// The Informe de Monitoreo of a corte (PDF, made on the device) and the monitoring records as CSV and
// XLSX. The decisions the team took are typed here and go into the report.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import { MONITORING_EXPORT_COLUMNS, monitoringRows } from '../../domain/monitoring/export/rows.ts';
import { toCsv } from '../../domain/export/csv.ts';
import type { MonitoringView } from '../../data/docs/monitoring/index.ts';
import { loadXlsxWriter, saveBlob, useFileAction, useSchoolInfo } from '../files/index.ts';
import { monitoringReportFor } from './dashboardData.ts';
import { effectiveData } from './frozen.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { markMonitoringReportProduced } from '../../data/docs/monitoring/reportProduced.ts';
import { useWorkspace } from '../session/index.ts';

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function ReportSection({
  schoolId,
  view,
  pme,
  cycle,
}: {
  schoolId: SchoolId;
  view: MonitoringView;
  pme: PmePlan;
  cycle: MonitoringCycle;
}) {
  const school = useSchoolInfo(schoolId);
  const workspace = useWorkspace();
  const [decisions, setDecisions] = useState('');
  const { error, run } = useFileAction('monitoring');
  const records = effectiveData(view).records;
  const rows = () => monitoringRows({ school, pme, cycles: view.cycles.filter((c) => c.year === cycle.year), records });
  return (
    <section data-testid="monitoring-report">
      <h3>Informe de Monitoreo · {cycle.name}</h3>
      <div className="field wide">
        <label htmlFor="mon-decisions">Decisiones tomadas</label>
        <textarea id="mon-decisions" rows={3} value={decisions} onChange={(e) => setDecisions(e.target.value)} />
      </div>
      <div className="pme-outputs">
        <button
          type="button"
          data-testid="monitoring-pdf"
          onClick={() =>
            void run('pdf', async () => {
              const { renderMonitoringPdf } = await import('./report/renderReport.ts');
              const content = monitoringReportFor(view, pme, cycle, school, decisions);
              saveBlob(
                new Blob([renderMonitoringPdf(content) as BlobPart], { type: 'application/pdf' }),
                `informe-monitoreo-${school.rbd}-${cycle.name.replace(/\s+/g, '-').toLowerCase()}.pdf`,
              );
              await markMonitoringReportProduced(workspace, schoolId, localIsoDate());
            })
          }
        >
          Informe de Monitoreo (PDF)
        </button>
        <button
          type="button"
          data-testid="monitoring-csv"
          onClick={() =>
            void run('csv', async () =>
              saveBlob(
                new Blob([toCsv(rows(), MONITORING_EXPORT_COLUMNS)], { type: 'text/csv;charset=utf-8' }),
                `monitoreo-${school.rbd}-${cycle.year}.csv`,
              ),
            )
          }
        >
          Registros (CSV)
        </button>
        <button
          type="button"
          data-testid="monitoring-xlsx"
          onClick={() =>
            void run('xlsx', async () => {
              const buildXlsx = await loadXlsxWriter();
              saveBlob(
                new Blob([buildXlsx(`Monitoreo ${cycle.year}`, MONITORING_EXPORT_COLUMNS, rows()) as BlobPart], {
                  type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                }),
                `monitoreo-${school.rbd}-${cycle.year}.xlsx`,
              );
            })
          }
        >
          Registros (XLSX)
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
