// The Acta de Verificación PDF's layout, read back with poppler (pdftotext -layout, pdfinfo): no cell
// cut with "…" (the result column is as wide as "Verificada parcialmente"), every signatory shown
// (the unsigned sostenedor as "Pendiente"), and the signature block on the page where the content
// ends — or, when it does not fit there, on the next page under a short repeat of the acta's content.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actaHash, actaSchema, type ActaVerificacion } from '../../../../src/domain/evaluation/acta.ts';
import { sha256Hex } from '../../../../src/domain/evaluation/sha256.ts';
import { buildActaVerificacion } from '../../../../src/domain/evaluation/report/actaContent.ts';
import { renderActaVerificacionPdf } from '../../../../src/features/evaluation/report/renderActaVerificacion.ts';
import { buildMonitoringData } from '../../../../bench/monitoringReport.ts';
import { pdfPageCount, pdfText } from '../../../support/pdfText.ts';

const SCHOOL = { name: 'Escuela Rural Ñirehue', rbd: '7423', dv: '3', comuna: 'Ñuñoa' };
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const SIG = { hash: sha256Hex(PNG), type: 'image/png' as const, size: PNG.length };
const data = buildMonitoringData();
const RESULTS = ['verificada', 'parcial', 'no-verificada'] as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'acta-layout-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An acta over the first `n` actions, signed by the director and the asesor (not the sostenedor). */
function acta(n: number, observations = ''): ActaVerificacion {
  const base = actaSchema.parse({
    id: 'acta-1',
    schoolId: '7423',
    year: 2026,
    pmeVersionId: null,
    date: '2026-12-10',
    correctsActaId: null,
    signatures: [],
    observaciones: 'Se revisaron las carpetas de evidencias con el equipo directivo.',
    items: data.pme.actions.slice(0, n).map((a, i) => {
      const result = RESULTS[i % 3]!;
      return {
        actionId: a.id,
        mediosExist: result === 'no-verificada' ? 'no' : 'en-papel',
        evidence: [],
        result,
        observations,
      };
    }),
  });
  const hash = actaHash(base);
  const sign = (role: 'director' | 'asesor', name: string) => ({
    role,
    name,
    signature: SIG,
    signedAt: '2026-12-10T12:00:00Z',
    signedHash: hash,
  });
  return { ...base, signatures: [sign('director', 'María Pérez'), sign('asesor', 'Ana Rojas')] };
}

async function render(a: ActaVerificacion, name: string) {
  const content = buildActaVerificacion({
    school: SCHOOL,
    acta: a,
    actas: [a],
    pme: data.pme,
    pmeVersionLabel: 'PME Versión Final, 20-06-2026',
    records: [],
    cycles: [],
  });
  const file = join(dir, name);
  await writeFile(file, renderActaVerificacionPdf(content, new Map([[SIG.hash, { bytes: PNG, type: 'image/png' }]])));
  const pages = await pdfPageCount(file);
  const page = async (p: number) => pdfText(file, { mode: 'layout', encoding: 'UTF-8', firstPage: p, lastPage: p });
  const all = await pdfText(file, { mode: 'layout', encoding: 'UTF-8' });
  return { content, pages, page, all };
}

describe('Acta de Verificación PDF layout', () => {
  it(
    'AV-3 shows every signatory: signed with name and date, the sostenedor "Pendiente"; nothing is cut',
    { timeout: 60_000 },
    async () => {
      const { content, pages, page, all } = await render(acta(2), 'acta-corta.pdf');
      expect(content.signatures.map((s) => [s.role, s.name, s.status])).toEqual([
        ['Director/a', 'María Pérez', 'Firmado el 10-12-2026'],
        ['Asesor/a ATE', 'Ana Rojas', 'Firmado el 10-12-2026'],
        ['Sostenedor/a', '—', 'Pendiente (firma opcional)'],
      ]);
      // A short acta is one page: content and signatures together.
      expect(pages).toBe(1);
      const last = await page(pages);
      expect(last).toMatch(/Director\/a\s+Asesor\/a ATE\s+Sostenedor\/a/);
      expect(last).toMatch(/María Pérez\s+Ana Rojas\s+—/);
      expect(last).toMatch(/Firmado el 10-12-2026\s+Firmado el 10-12-2026\s+Pendiente \(firma opcional\)/);
      expect(last.replace(/\s+/g, '')).toContain(content.hash);
      expect(all).not.toContain('…');
      // The result column fits its longest label on one line.
      expect(all).toContain('Verificada parcialmente');
    },
  );

  it(
    'keeps the signatures with the content: on the page where it ends, or with a short repeat of it above them',
    { timeout: 120_000 },
    async () => {
      const long =
        'Las evidencias se revisaron en papel con la jefa de UTP y el equipo de gestión; faltan dos registros de asistencia del segundo semestre.';
      const seen = { together: 0, repeated: 0 };
      for (const n of [1, 2, 3, 6, 9, 12, 15, 20, 25, 30]) {
        const { pages, page, all } = await render(acta(n, long), `acta-${n}.pdf`);
        expect(all, `${n} actions`).not.toContain('…');
        const last = await page(pages);
        expect(last, `${n} actions: signatures on the last page`).toContain('Firmas');
        // The whole block is on that page: every role, signed or pending, and the hash note.
        expect(last).toMatch(/Director\/a\s+Asesor\/a ATE\s+Sostenedor\/a/);
        expect(last).toMatch(/Firmado el 10-12-2026\s+Firmado el 10-12-2026\s+Pendiente/);
        expect(last).toContain('Cada firma se hizo sobre el contenido');
        for (let p = 1; p < pages; p++) expect(await page(p), `${n} actions, page ${p}`).not.toContain('Sostenedor/a');
        // Content ends on the signatures' page, or it is repeated in short above them.
        if (last.includes('Observaciones')) seen.together++;
        else {
          seen.repeated++;
          expect(last, `${n} actions`).toContain('Resumen del acta');
          expect(last.replace(/\s+/g, ' ')).toContain(`${n} acciones (verificada: ${Math.ceil(n / 3)}`);
        }
        const rows = all.match(/Verificada parcialmente/g) ?? [];
        expect(rows.length, `${n} actions`).toBeGreaterThanOrEqual(Math.floor((n + 1) / 3));
      }
      // Both layouts were exercised.
      expect(seen.together).toBeGreaterThan(0);
      expect(seen.repeated).toBeGreaterThan(0);
    },
  );
});
