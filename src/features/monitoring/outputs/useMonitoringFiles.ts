// The files of a corte, made on the device: the Informe de Monitoreo (PDF, from the very figures the
// Seguimiento tab shows; producing it is recorded for the programme) and the year's records as CSV
// and XLSX. Closed cortes are read from their snapshots.
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../../domain/pme/model.ts';
import type { MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import { monitoringCsv, monitoringSheets } from '../../../domain/monitoring/export/rows.ts';
import { localIsoDate } from '../../../domain/shared/localDates.ts';
import type { MonitoringView } from '../../../data/docs/monitoring/index.ts';
import { markMonitoringReportProduced } from '../../../data/docs/monitoring/reportProduced.ts';
import { loadXlsxWriter, saveBlob, useFileAction, useSchoolInfo } from '../../files/index.ts';
import { useWorkspace } from '../../session/index.ts';
import { monitoringReportFor } from '../dashboardData.ts';
import { effectiveData } from '../frozen.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useMonitoringFiles(schoolId: SchoolId, view: MonitoringView, pme: PmePlan, cycle: MonitoringCycle) {
  const school = useSchoolInfo(schoolId);
  const workspace = useWorkspace();
  const { error, run } = useFileAction('monitoring');
  const records = effectiveData(view).records;
  const input = () => ({
    school: school.ids,
    pme,
    cycles: view.cycles.filter((c) => c.year === cycle.year),
    records,
  });
  const recordsName = `monitoreo-${school.rbd}-${cycle.year}`;
  const pdf = (decisions: string) =>
    run('pdf', async () => {
      const { renderMonitoringPdf } = await import('../report/renderReport.ts');
      const content = monitoringReportFor(view, pme, cycle, school, decisions);
      saveBlob(
        new Blob([renderMonitoringPdf(content) as BlobPart], { type: 'application/pdf' }),
        `informe-monitoreo-${school.rbd}-${cycle.name.replace(/\s+/g, '-').toLowerCase()}.pdf`,
      );
      await markMonitoringReportProduced(workspace, schoolId, localIsoDate());
    });
  const csv = () =>
    run('csv', async () =>
      saveBlob(new Blob([monitoringCsv(input(), school)], { type: 'text/csv;charset=utf-8' }), `${recordsName}.csv`),
    );
  const xlsx = () =>
    run('xlsx', async () => {
      const buildWorkbook = await loadXlsxWriter();
      const sheet = buildWorkbook(monitoringSheets(input(), cycle.year, school));
      saveBlob(new Blob([sheet as BlobPart], { type: XLSX_TYPE }), `${recordsName}.xlsx`);
    });
  return { error, pdf, csv, xlsx };
}
