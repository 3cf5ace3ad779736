// The dossier a sostenedor archives at the close: the list of files the advisory leaves, with names
// that sort and read well in any file manager (ASCII, lowercase, no spaces). Pure: it names files,
// the features produce them.
//
// Rules, exactly:
// - DO-1 The programme's deliverables, numbered in template order (programme/template.ts
//   DELIVERABLES): `NN-<deliverable code>-<rbd>.pdf`, e.g. `01-informe-diagnostico-7423.pdf`.
// - DO-2 Then the hours-and-activities report, then (only with `includeSatisfaction`) the
//   satisfaction survey's results, numbered on.
// - DO-3 One acta per session in `actas-sesiones/acta-<rbd>-<date>.pdf` (the name the session's acta
//   button gives), in date order; a second session on the same date gets `-2`, and so on.
// - DO-4 Data in `datos/`: per year of the annual plans `acciones-<year>.csv` and `.xlsx` (readable
//   columns; the XLSX adds Mineduc's open-data columns, MX-2) and `monitoreo-<year>.csv` (MX-3); the
//   diagnosis' and the evaluation's raw responses; the acta de verificación's canonical JSON and its SHA-256
//   (acta.ts AV-1, AV-2) to check integrity.
import { isIsoDate } from '../shared/localDates.ts';
import { DELIVERABLES, type DeliverableCode } from '../programme/template.ts';

export type DossierFormat = 'pdf' | 'csv' | 'xlsx' | 'json' | 'sha256';

export interface DossierFile {
  path: string;
  title: string;
  format: DossierFormat;
  /** The programme deliverable it is, if any. */
  deliverable: DeliverableCode | null;
}

export interface DossierInput {
  rbd: string;
  /** The year evaluated (the annual plan verified). */
  year: number;
  /** Years of annual plans whose data to include; default [year]. */
  actionYears?: readonly number[];
  /** ISO dates of the sessions held (one acta each). */
  sessionDates?: readonly string[];
  includeSatisfaction?: boolean;
}

const RBD = /^[1-9][0-9]{0,7}$/;
const two = (n: number) => String(n).padStart(2, '0');

/** Name of the folder holding the dossier, e.g. `dossier-pme-7423-2026`. */
export function dossierFolderName(rbd: string, year: number): string {
  if (!RBD.test(rbd)) throw new RangeError(`not an RBD: ${rbd}`);
  return `dossier-pme-${rbd}-${year}`;
}

/** A file that is no programme deliverable. */
const other = (path: string, title: string, format: DossierFormat): DossierFile => ({
  path,
  title,
  format,
  deliverable: null,
});

/** DO-1, DO-2: the numbered PDFs. */
function numberedReports(rbd: string, includeSatisfaction: boolean): DossierFile[] {
  const files: DossierFile[] = DELIVERABLES.map((d, i) => ({
    path: `${two(i + 1)}-${d.code}-${rbd}.pdf`,
    title: d.label,
    format: 'pdf',
    deliverable: d.code,
  }));
  let n = DELIVERABLES.length;
  files.push(other(`${two(++n)}-informe-horas-${rbd}.pdf`, 'Informe de horas y actividades de la asesoría', 'pdf'));
  if (includeSatisfaction)
    files.push(
      other(`${two(++n)}-encuesta-satisfaccion-${rbd}.pdf`, 'Resultados de la encuesta de satisfacción', 'pdf'),
    );
  return files;
}

/** DO-3: one acta per session date (sorted), `-2`, `-3`… for repeats of a date. */
function sessionActas(rbd: string, dates: readonly string[]): DossierFile[] {
  const seen = new Map<string, number>();
  return dates.map((d) => {
    const k = (seen.get(d) ?? 0) + 1;
    seen.set(d, k);
    const title = `Acta de sesión del ${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;
    return other(`actas-sesiones/acta-${rbd}-${d}${k > 1 ? `-${k}` : ''}.pdf`, title, 'pdf');
  });
}

/** DO-4: the data folder. */
function dataFiles(rbd: string, year: number, years: readonly number[]): DossierFile[] {
  const perYear = years.flatMap((y) => {
    const actions = `Acciones del plan anual ${y}`;
    return [
      other(`datos/acciones-${y}.csv`, actions, 'csv'),
      other(`datos/acciones-${y}.xlsx`, actions, 'xlsx'),
      other(`datos/monitoreo-${y}.csv`, `Registros de monitoreo ${y}`, 'csv'),
    ];
  });
  const acta = `datos/acta-verificacion-${rbd}-${year}`;
  return [
    ...perYear,
    other(`datos/respuestas-diagnostico-${rbd}.csv`, 'Respuestas anónimas del diagnóstico participativo', 'csv'),
    other(`datos/respuestas-evaluacion-${rbd}.csv`, 'Respuestas anónimas de la evaluación participativa', 'csv'),
    other(`${acta}.json`, 'Acta de Verificación: contenido firmado (JSON canónico)', 'json'),
    other(`${acta}.sha256`, 'Acta de Verificación: huella SHA-256 del contenido firmado', 'sha256'),
  ];
}

/**
 * DO-1…DO-4. Throws RangeError for an RBD that is not a number, a year that is not an integer, or a session date that
 * is not ISO.
 */
export function dossierManifest(input: DossierInput): DossierFile[] {
  const { rbd, year } = input;
  if (!RBD.test(rbd)) throw new RangeError(`not an RBD: ${rbd}`);
  const years = [...new Set(input.actionYears ?? [year])].sort((a, b) => a - b);
  for (const y of [year, ...years])
    if (!Number.isInteger(y) || y < 1000 || y > 9999) throw new RangeError(`not a year: ${y}`);
  const dates = [...(input.sessionDates ?? [])].sort();
  for (const d of dates) if (!isIsoDate(d)) throw new RangeError(`not an ISO date: ${d}`);
  return [
    ...numberedReports(rbd, input.includeSatisfaction ?? false),
    ...sessionActas(rbd, dates),
    ...dataFiles(rbd, year, years),
  ];
}
