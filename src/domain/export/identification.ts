// The school a data export belongs to (reports.md FT2-2): the identification rows every PDF prints
// (`schoolIdentification`, IDN-1), written into the file itself so that a CSV or XLSX handed to a
// sostenedor says which school and sostenedor it is. XLSX: a last sheet "Identificación" (Dato,
// Valor), the data sheets keep their place. CSV: the same rows after the table and one blank line
// (`toCsv`'s footer): the table's header stays the first line, where a program reading it looks.
import { schoolIdentification, type SchoolIdentity } from '../schools/schoolIdentification.ts';
import type { ExportSheet } from './cells.ts';
import type { MineducSchool } from './mineducSchool.ts';

/** A school as its exports need it: the identity every document prints and Mineduc's columns (MX-1). */
export type ExportSchool = SchoolIdentity & { ids: MineducSchool };

const IDENTIFICATION_SHEET = 'Identificación';
const IDENTIFICATION_HEADERS: readonly string[] = ['Dato', 'Valor'];

/** The workbook sheet with the school's identification rows. */
export function identificationSheet(school: SchoolIdentity): ExportSheet {
  return { name: IDENTIFICATION_SHEET, headers: IDENTIFICATION_HEADERS, rows: schoolIdentification(school) };
}
