// The final dossier (issue 8): built in Node from six Yjs documents written with the data layer's
// own writers (the fixture of bench/evaluationDossier.ts), unzipped with fflate. The ZIP holds every
// expected file under one folder; every PDF's text (pdftotext) carries the school's name; the acta's
// SHA-256 is on every page of its PDF and in `datos/`; a missing Versión Final or an unsigned acta is
// left out and explained in LEEME.txt.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_TODAY, buildSchoolDocs, type SchoolDocsOptions } from '../../../../bench/evaluationDossier.ts';
import { buildDossier } from '../../../../src/features/evaluation/dossier/buildDossier.ts';
import { pdfPageCount, pdfText as readPdfText } from '../../../support/pdfText.ts';

const SCHOOL = 'Escuela Básica Los Aromos';
const ROOT = 'dossier-pme-7423-2026-escuela-basica-los-aromos/';
const SESSION_DATES = [
  '04-06',
  '04-24',
  '05-12',
  '05-30',
  '06-17',
  '07-05',
  '07-23',
  '08-10',
  '08-28',
  '09-15',
  '10-03',
  '10-21',
];

const EXPECTED = [
  'LEEME.txt',
  '01-informe-diagnostico-7423.pdf',
  '02-borrador-pme-7423.pdf',
  '03-herramientas-monitoreo-7423.pdf',
  '04-pme-version-final-7423.pdf',
  '05-informe-monitoreo-1-7423.pdf',
  'informes-monitoreo/informe-monitoreo-corte-2-7423.pdf',
  'informes-monitoreo/informe-monitoreo-corte-3-7423.pdf',
  '06-informes-monitoreo-finales-7423.pdf',
  '07-informe-evaluacion-7423.pdf',
  '08-acta-verificacion-7423.pdf',
  '09-informe-horas-7423.pdf',
  ...SESSION_DATES.map((d) => `actas-sesiones/acta-7423-2026-${d}.pdf`),
  'datos/acciones-2026.csv',
  'datos/acciones-2026.xlsx',
  'datos/monitoreo-2026.csv',
  'datos/respuestas-diagnostico-7423.csv',
  'datos/respuestas-evaluacion-7423.csv',
  'datos/acta-verificacion-7423-2026.json',
  'datos/acta-verificacion-7423-2026.sha256',
  'datos/monitoreo-2026.xlsx',
];

async function dossierOf(options: SchoolDocsOptions) {
  const school = buildSchoolDocs({ responsesPerGroup: 3, ...options });
  const dossier = await buildDossier({
    schoolId: school.schoolId,
    docs: school.docs,
    advisor: 'Ana Rojas',
    today: DOSSIER_TODAY,
    images: school.images,
  });
  return { dossier, entries: unzipSync(dossier.zip) };
}

const relative = (entries: Record<string, Uint8Array>) => Object.keys(entries).map((p) => p.slice(ROOT.length));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pdfText(bytes: Uint8Array, name: string, page?: number): Promise<string> {
  const file = join(dir, name.replace(/\//g, '_'));
  await writeFile(file, bytes);
  return readPdfText(file, { encoding: 'UTF-8', firstPage: page, lastPage: page });
}

describe('buildDossier with full data', () => {
  let built: Awaited<ReturnType<typeof dossierOf>>;
  beforeAll(async () => {
    built = await dossierOf({});
  }, 60_000);

  it('holds every expected file under one folder named by RBD, year and school', () => {
    expect(Object.keys(built.entries).every((p) => p.startsWith(ROOT))).toBe(true);
    expect(relative(built.entries)).toEqual(EXPECTED);
    expect(built.dossier.files).toEqual(EXPECTED.map((p) => ROOT + p));
    expect(built.dossier.missing).toEqual([]);
  });

  it("carries the school's name in the text of every PDF", async () => {
    const pdfs = Object.entries(built.entries).filter(([p]) => p.endsWith('.pdf'));
    expect(pdfs).toHaveLength(EXPECTED.filter((p) => p.endsWith('.pdf')).length);
    for (const [path, bytes] of pdfs) expect(await pdfText(bytes, path), path).toContain(SCHOOL);
  }, 60_000);

  it("prints the acta's SHA-256 on every page and stores it next to the signed JSON", async () => {
    const json = built.entries[`${ROOT}datos/acta-verificacion-7423-2026.json`]!;
    const hash = createHash('sha256').update(json).digest('hex');
    expect(strFromU8(built.entries[`${ROOT}datos/acta-verificacion-7423-2026.sha256`]!)).toBe(
      `${hash}  acta-verificacion-7423-2026.json\n`,
    );
    const pdf = built.entries[`${ROOT}08-acta-verificacion-7423.pdf`]!;
    await writeFile(join(dir, 'acta.pdf'), pdf);
    const pages = await pdfPageCount(join(dir, 'acta.pdf'));
    expect(pages).toBeGreaterThan(0);
    for (let p = 1; p <= pages; p++)
      expect((await pdfText(pdf, '08.pdf', p)).replace(/\s+/g, ''), `page ${p}`).toContain(hash);
  }, 60_000);

  it('explains the contents in LEEME.txt and says nothing is missing', () => {
    const leeme = strFromU8(built.entries[`${ROOT}LEEME.txt`]!);
    expect(leeme).toContain(`Establecimiento: ${SCHOOL}\r\nRBD: 7423-3\r\n`);
    expect(leeme).toContain('- 07-informe-evaluacion-7423.pdf: Informe de Evaluación');
    expect(leeme).toContain('Ninguna: el dossier está completo.');
  });
});

describe('buildDossier with parts missing', () => {
  it('leaves out the Versión Final and an unsigned acta, and lists why in LEEME.txt', async () => {
    const { dossier, entries } = await dossierOf({ final: false, signed: false, sessions: 2 });
    const files = relative(entries);
    expect(files).not.toContain('04-pme-version-final-7423.pdf');
    expect(files).not.toContain('08-acta-verificacion-7423.pdf');
    expect(files.filter((p) => p.startsWith('datos/acta-verificacion'))).toEqual([]);
    expect(files).toContain('02-borrador-pme-7423.pdf');
    expect(files.filter((p) => p.startsWith('actas-sesiones/'))).toEqual([
      'actas-sesiones/acta-7423-2026-04-06.pdf',
      'actas-sesiones/acta-7423-2026-04-24.pdf',
    ]);
    expect(dossier.missing.map((m) => m.path)).toEqual([
      '04-pme-version-final-7423.pdf',
      '08-acta-verificacion-7423.pdf',
      'datos/acta-verificacion-7423-2026.json',
      'datos/acta-verificacion-7423-2026.sha256',
    ]);
    const leeme = strFromU8(entries[`${ROOT}LEEME.txt`]!);
    expect(leeme).toContain('PARTES QUE FALTAN');
    expect(leeme).toContain('- PME Versión Final (04-pme-version-final-7423.pdf): El PME aún no tiene Versión Final');
    expect(leeme).toMatch(
      /Acta\/Informe de Verificación del PME \(08-acta-verificacion-7423\.pdf\): El Acta de Verificación del 10-12-2026 aún no está firmada \(falta la firma de Director\/a y Asesor\/a ATE\)/,
    );
    expect(leeme).not.toContain('Ninguna: el dossier está completo.');
  }, 60_000);
});
