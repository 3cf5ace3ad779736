// @vitest-environment jsdom
// SD-8: the XLSX and the PDF summary, read back, hold the figures the dashboard's rows show.
import * as Y from 'yjs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPme } from '../../../../src/data/docs/pme/read.ts';
import { readMonitoring } from '../../../../src/data/docs/monitoring/read.ts';
import { readProgramme } from '../../../../src/data/docs/programme/read.ts';
import { makeMonitoringDigest, makePmeDigest } from '../../../../src/domain/dashboard/digests.ts';
import { makeDigest } from '../../../../src/domain/programme/digest.ts';
import { schoolDashboardRow } from '../../../../src/domain/dashboard/row.ts';
import { EXPORT_HEADERS, exportRow, monthText } from '../../../../src/domain/dashboard/table.ts';
import { columnName, buildWorkbook } from '../../../../src/reports/xlsx.ts';
import type { ExportCell } from '../../../../src/domain/export/cells.ts';
import { renderDashboardPdf } from '../../../../src/features/dashboard/report/renderDashboardPdf.ts';
import { summaryRow } from '../../../../src/features/dashboard/report/summaryRows.ts';
import { formatPercent } from '../../../../src/domain/shared/numbers.ts';
import { pdfFlatText } from '../../../support/pdfText.ts';
import { seedRichAreas } from '../../../support/seedSchool.ts';

/** One sheet, as the screens' single-sheet exports make it. */
const buildXlsx = (name: string, headers: readonly string[], rows: readonly (readonly ExportCell[])[]) =>
  buildWorkbook([{ name, headers, rows }]);

const YEAR = 2026;
const TODAY = `${YEAR}-06-15`;

function seededRow(schoolId: string, rbd: number, name: string) {
  const docs = { pme: new Y.Doc(), monitoring: new Y.Doc(), programme: new Y.Doc() };
  seedRichAreas(docs, YEAR);
  const pme = readPme(docs.pme, schoolId, YEAR);
  const programme = readProgramme(docs.programme);
  return schoolDashboardRow({
    school: { schoolId, rbd, name, comunaCode: '10307', comunaName: 'Purranque', dependencia: '2', rural: true },
    programme: makeDigest({ ...programme, hoursContracted: 80, openedBy: 'Ana' }),
    pme: makePmeDigest(pme.plan, pme.versions),
    monitoring: makeMonitoringDigest(readMonitoring(docs.monitoring)),
    evaluation: null,
    today: TODAY,
  });
}

const ROWS = [seededRow('7423', 7423, 'Escuela Rural Los Aromos'), seededRow('5834', 5834, 'Liceo Bicentenario')];

function sheetCells(bytes: Uint8Array): Map<string, string> {
  const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
  const sheet = new DOMParser().parseFromString(xml, 'application/xml');
  const cells = new Map<string, string>();
  for (const c of Array.from(sheet.getElementsByTagName('c'))) {
    const t = c.getElementsByTagName('t')[0]?.textContent ?? c.getElementsByTagName('v')[0]?.textContent ?? '';
    cells.set(c.getAttribute('r') ?? '', t);
  }
  return cells;
}

describe('dashboard exports', () => {
  it('SD-8: the XLSX has one row per school with the row figures under their headers', () => {
    const cells = sheetCells(buildXlsx('Establecimientos', EXPORT_HEADERS, ROWS.map(exportRow)));
    const col = (h: (typeof EXPORT_HEADERS)[number]) => columnName(EXPORT_HEADERS.indexOf(h));
    ROWS.forEach((r, i) => {
      const line = i + 2;
      const d = r.monitoring!.dashboard;
      expect(cells.get(`${col('RBD')}${line}`)).toBe(String(r.rbd));
      expect(cells.get(`${col('Mes de la asesoría')}${line}`)).toBe(monthText(r));
      expect(cells.get(`${col('Último corte')}${line}`)).toBe('Corte 1');
      expect(Number(cells.get(`${col('% Completa')}${line}`))).toBe(
        d.levels.find((l) => l.level === 'completa')!.percent,
      );
      expect(Number(cells.get(`${col('Presupuesto ejecutado ($)')}${line}`))).toBe(d.budget.total.executed);
      expect(cells.get(`${col('Estado PME')}${line}`)).toBe('Versión final');
    });
    expect(d0Percent()).toBeGreaterThan(0);
  });

  it('SD-8: the PDF summary prints each school with the figures the screen shows', async () => {
    const text = await pdfFlatText(renderDashboardPdf(ROWS, TODAY, 'Resumen de establecimientos'));
    expect(text).toContain('Acciones por nivel de implementación');
    for (const r of ROWS) {
      const cells = summaryRow(r);
      expect(text).toContain(r.name);
      expect(cells).toContain(formatPercent(r.monitoring!.dashboard.budget.total.percent));
      // pdftotext gives the percent sign's narrow no-break space as a plain space.
      for (const cell of cells.slice(3)) expect(text).toContain(cell.replace(/[\u202f\u00a0]/g, ' '));
    }
  });
});

const d0Percent = () => ROWS[0]!.monitoring!.dashboard.levels.find((l) => l.level === 'completa')!.percent;
