// FT2-2: every data export of one school carries the rows of `schoolIdentification` of its profile —
// the actions (CSV, XLSX), the monitoring records (CSV, XLSX) and the anonymous survey responses (CSV),
// from the screens' builders and from the dossier's `datos/` alike. A CSV has them after the table and
// one blank line (the header stays the first line); a workbook has them on its last sheet,
// "Identificación". Each file is read back as bytes, for a profile with the sostenedor's RUT and PIE
// and for one stored before they existed.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BENCH_YEAR } from '../../../bench/pmeData.ts';
import { DOSSIER_TODAY, buildSchoolDocs } from '../../../bench/evaluationDossier.ts';
import { writeProfile } from '../../../src/data/docs/profile/fields.ts';
import { responsesToCsv } from '../../../src/domain/diagnosis/responsesCsv.ts';
import type { DossierFile } from '../../../src/domain/evaluation/dossier.ts';
import { CSV_BOM, CSV_LINE_END, CSV_SEPARATOR } from '../../../src/domain/export/csv.ts';
import {
  MONITORING_EXPORT_COLUMNS,
  monitoringCsv,
  monitoringSheets,
} from '../../../src/domain/monitoring/export/rows.ts';
import { ACTION_COLUMNS, actionSheets, actionsCsv } from '../../../src/domain/pme/export/actionRows.ts';
import {
  schoolIdentification,
  schoolIdentityOf,
  type IdentificationRows,
} from '../../../src/domain/schools/schoolIdentification.ts';
import { dataFile, extraDataFiles } from '../../../src/features/evaluation/dossier/dataFiles.ts';
import { readSchoolState } from '../../../src/features/evaluation/dossier/state.ts';
import { buildWorkbook } from '../../../src/reports/xlsx.ts';
import { LASTARRIA_PROFILE } from '../../support/fixtures.ts';
import { buildPlan, SCHOOL_IDS } from '../domain/pme/planFixture.ts';
import { PROFILES } from '../domain/schools/identificationProfiles.ts';
import { CYCLES, record } from '../domain/monitoring/fixtures.ts';
import type { Instrument, Response } from '../../../src/domain/diagnosis/model.ts';

/** The lines of a CSV we wrote (BOM off); fields split on ";" (the identification needs no quoting). */
function csvLines(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  return csv
    .slice(CSV_BOM.length)
    .split(CSV_LINE_END)
    .map((line) => (line === '' ? [] : line.split(CSV_SEPARATOR)));
}

/** The rows after the table's blank line: the CSV's identification footer. */
function csvFooter(csv: string): string[][] {
  const lines = csvLines(csv).slice(0, -1); // the text ends with CRLF
  return lines.slice(lines.lastIndexOf(lines.find((l) => l.length === 0)!) + 1);
}

/** The cells of a workbook's sheet, by name, as the inline strings and numbers it holds. */
function xlsxSheet(bytes: Uint8Array, name: string): string[][] {
  const files = unzipSync(bytes);
  const names = [...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
  const index = names.indexOf(name);
  expect(index, `sheet ${name} in ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
  const xml = strFromU8(files[`xl/worksheets/sheet${index + 1}.xml`]!);
  return (xml.match(/<row[ >][\s\S]*?<\/row>/g) ?? []).map((row) =>
    [...row.matchAll(/<t[^>]*>([\s\S]*?)<\/t>|<v>([\s\S]*?)<\/v>/g)].map((m) => m[1] ?? m[2]!),
  );
}

/** Decodes keeping the BOM, which the default decoder drops. */
const withBom = new TextDecoder('utf-8', { ignoreBOM: true });
const withHeader = (rows: IdentificationRows) => [['Dato', 'Valor'], ...rows];

const INSTRUMENT: Instrument = {
  id: 'diag-docentes',
  group: 'docentes',
  title: 'Docentes',
  version: 1,
  items: [{ id: 'q1', kind: 'scale', subdimension: 'GP-1', text: 'Planificamos en equipo' }],
};
const RESPONSE: Response = {
  id: 'r1',
  instrumentId: 'diag-docentes',
  instrumentVersion: 1,
  group: 'docentes',
  mode: 'kiosk',
  startedAt: '2026-03-10T10:00:00Z',
  completedAt: null,
  answers: { q1: 3 },
  openAnswers: {},
};

describe.each(PROFILES)('FT2-2 data exports of $label', ({ identity }) => {
  const expected = schoolIdentification(identity);
  const school = { ...identity, ids: SCHOOL_IDS };
  const plan = buildPlan();
  const monitoring = { school: SCHOOL_IDS, pme: plan, cycles: CYCLES, records: [record({ id: 'r1' })] };

  it('FT2-2 identifies the school with all seven rows', () => {
    expect(expected.map(([label]) => label)).toEqual([
      'Establecimiento',
      'RBD',
      'Comuna',
      'Dependencia',
      'Sostenedor',
      'RUT del sostenedor',
      'Convenio PIE',
    ]);
  });

  it('FT2-2 the actions CSV keeps its header first and ends with the identification rows', () => {
    const csv = actionsCsv(plan, 2026, school);
    expect(csvLines(csv)[0]).toEqual(ACTION_COLUMNS);
    expect(csvFooter(csv)).toEqual(expected);
  });

  it('FT2-2 the actions XLSX has the identification sheet', () => {
    const bytes = buildWorkbook(actionSheets(plan, 2026, school, new Map()));
    expect(xlsxSheet(bytes, 'Identificación')).toEqual(withHeader(expected));
    expect(xlsxSheet(bytes, 'Acciones 2026')[0]).toEqual(ACTION_COLUMNS);
  });

  it('FT2-2 the monitoring CSV and XLSX end with the identification', () => {
    const csv = monitoringCsv(monitoring, identity);
    expect(csvLines(csv)[0]).toEqual(MONITORING_EXPORT_COLUMNS);
    expect(csvFooter(csv)).toEqual(expected);
    const bytes = buildWorkbook(monitoringSheets(monitoring, 2026, identity));
    expect(xlsxSheet(bytes, 'Identificación')).toEqual(withHeader(expected));
  });

  it('FT2-2 the survey responses CSV ends with the identification', () => {
    const csv = responsesToCsv([INSTRUMENT], [RESPONSE], identity);
    expect(csvLines(csv)[0]?.[0]).toBe('respuesta');
    expect(csvFooter(csv)).toEqual(expected);
  });
});

describe('FT2-2 the dossier’s data files', () => {
  it('FT2-2 every data file of datos/ carries the identification of the stored profile', () => {
    const docs = buildSchoolDocs({ responsesPerGroup: 2 });
    writeProfile(docs.docs.profile, LASTARRIA_PROFILE, 't');
    const s = readSchoolState(docs.schoolId, docs.docs, 'Ana Rojas', DOSSIER_TODAY);
    const expected = schoolIdentification(schoolIdentityOf(docs.schoolId, LASTARRIA_PROFILE));
    expect(expected.find(([label]) => label === 'RUT del sostenedor')?.[1]).toBe('62.000.660-2');
    const file = (path: string, format: DossierFile['format']) => {
      const made = dataFile(s, { path, title: path, format, deliverable: null });
      if (!made.ok || !('bytes' in made)) throw new Error(`${path} was not made`);
      return made.bytes;
    };
    for (const path of [
      `datos/acciones-${BENCH_YEAR}.csv`,
      `datos/monitoreo-${BENCH_YEAR}.csv`,
      `datos/respuestas-diagnostico-${docs.schoolId}.csv`,
      `datos/respuestas-evaluacion-${docs.schoolId}.csv`,
    ])
      expect(csvFooter(withBom.decode(file(path, 'csv'))), path).toEqual(expected);
    const actions = file(`datos/acciones-${BENCH_YEAR}.xlsx`, 'xlsx');
    expect(xlsxSheet(actions, 'Identificación')).toEqual(withHeader(expected));
    const extra = extraDataFiles(s, [BENCH_YEAR]);
    expect(extra.map((f) => f.path)).toEqual([`datos/monitoreo-${BENCH_YEAR}.xlsx`]);
    const made = extra[0]!.made;
    if (!made.ok || !('bytes' in made)) throw new Error('monitoring workbook was not made');
    expect(xlsxSheet(made.bytes, 'Identificación')).toEqual(withHeader(expected));
  });
});
