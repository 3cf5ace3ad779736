// The dashboard's files, made on the device from the rows the screen shows (filters and order
// included, SD-8): the table as XLSX and the PDF summary for a sostenedor's board.
import type { SchoolDashboardRow } from '../../domain/dashboard/row.ts';
import { EXPORT_HEADERS, exportRow } from '../../domain/dashboard/table.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { loadXlsxWriter, saveBlob, useFileAction } from '../files/index.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DASHBOARD_PDF_TITLE = 'Resumen de establecimientos';

export function useDashboardFiles(rows: readonly SchoolDashboardRow[]) {
  const { busy, error, run } = useFileAction('dashboard');
  const today = localIsoDate();
  const xlsx = () =>
    run('xlsx', async () => {
      const buildWorkbook = await loadXlsxWriter();
      const sheet = buildWorkbook([{ name: 'Establecimientos', headers: EXPORT_HEADERS, rows: rows.map(exportRow) }]);
      saveBlob(new Blob([sheet as BlobPart], { type: XLSX_TYPE }), `establecimientos-${today}.xlsx`);
    });
  const pdf = () =>
    run('pdf', async () => {
      const { renderDashboardPdf } = await import('./report/renderDashboardPdf.ts');
      const bytes = renderDashboardPdf(rows, today, DASHBOARD_PDF_TITLE);
      saveBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `resumen-establecimientos-${today}.pdf`);
    });
  return { busy, error, xlsx, pdf };
}
