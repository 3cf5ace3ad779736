// The plan's outputs, made on this device (offline too): the PME as PDF, and the year's actions as CSV
// (readable columns) and XLSX (readable sheet + Mineduc's open-data columns, MX-2). jspdf and the XLSX
// writer load on demand.
import { fileSlug } from '../../domain/shared/text.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { actionSheets, actionsCsv } from '../../domain/pme/export/actionRows.ts';
import { levelsAtYearEnd } from '../../domain/monitoring/export/yearLevels.ts';
import { recordsInForce } from '../../domain/monitoring/recordsInForce.ts';
import { readMonitoring } from '../../data/docs/evaluation/otherDocs.ts';
import { buildPmeReport, type PmeReportVersion } from '../../domain/pme/report/content.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { OutputButton, OutputError, loadXlsxWriter, saveBlob, useFileAction, useSchoolInfo } from '../files/index.ts';
import { useDocView } from '../session/index.ts';

const WORKING_LABEL = 'Plan de trabajo (no versionado)';

export function PmeOutputs({
  schoolId,
  plan,
  year,
  version,
}: {
  schoolId: SchoolId;
  plan: PmePlan;
  year: number;
  version: PmeReportVersion | null;
}) {
  const school = useSchoolInfo(schoolId);
  const { busy, error, run } = useFileAction('pme');
  const monitoring = useDocView(schoolId, 'monitoring', readMonitoring).view;
  const v = version ?? { label: WORKING_LABEL, date: localIsoDate() };
  const base = `pme-${school.rbd}-${fileSlug(v.label)}`;
  const pdf = () =>
    run('pdf', async () => {
      const { renderPmePdf } = await import('./report/renderPdf.ts');
      const bytes = renderPmePdf(buildPmeReport({ school, plan, version: v, year }));
      saveBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `${base}.pdf`);
    });
  const csv = () =>
    run('csv', async () => {
      saveBlob(
        new Blob([actionsCsv(plan, year, school)], { type: 'text/csv;charset=utf-8' }),
        `${base}-acciones-${year}.csv`,
      );
    });
  const xlsx = () =>
    run('xlsx', async () => {
      const buildWorkbook = await loadXlsxWriter();
      const records = monitoring ? recordsInForce(monitoring.records, monitoring.snapshots) : [];
      const levels = levelsAtYearEnd(monitoring?.cycles ?? [], records, year);
      const bytes = buildWorkbook(actionSheets(plan, year, school, levels));
      saveBlob(
        new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        `${base}-acciones-${year}.xlsx`,
      );
    });
  const scope = version ? version.label : 'plan de trabajo';
  return (
    <div className="pme-outputs" data-testid={version ? 'version-outputs' : 'pme-outputs'}>
      <OutputButton testId="pme-pdf" busy={busy !== null} onClick={pdf}>
        {busy === 'pdf' ? 'Generando PDF…' : `PDF del PME (${scope})`}
      </OutputButton>
      <OutputButton testId="pme-csv" busy={busy !== null} onClick={csv}>
        Acciones {year} (CSV)
      </OutputButton>
      <OutputButton testId="pme-xlsx" busy={busy !== null} onClick={xlsx}>
        Acciones {year} (XLSX)
      </OutputButton>
      <OutputError error={error} />
    </div>
  );
}
