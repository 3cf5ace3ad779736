// Renders the PME document with jspdf in Node and reads it back with pdftotext (poppler): cover,
// action names, totals "$ 1.250.000", Spanish characters, the version label and "Página N de M" on
// every page, a portrait cover and landscape table pages.
import { describe, expect, it } from 'vitest';
import { buildPmeReport } from '../../../../src/domain/pme/report/content.ts';
import { renderPmeDocument, renderPmePdf } from '../../../../src/features/pme/report/renderPdf.ts';
import { SCHOOL, VERSION, buildPlan } from '../../domain/pme/planFixture.ts';
import { pdfInfo, pdfPages, pdfText as readPdfText } from '../../../support/pdfText.ts';

/** Layout text per page (for footers), the whole text in content order with whitespace collapsed
 * (table cells wrap over several lines), and pdfinfo's report. */
async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; flat: string; info: string }> {
  const pages = await pdfPages(bytes);
  const raw = await readPdfText(bytes, { mode: 'raw' });
  return { pages, flat: raw.replace(/\s+/g, ' '), info: await pdfInfo(bytes, 1, 100) };
}

describe('renderPmePdf', () => {
  it('renders the plan with its actions, totals, accents and a footer on every page', async () => {
    const report = buildPmeReport({ school: SCHOOL, plan: buildPlan(), version: VERSION, year: 2026 });
    const bytes = renderPmePdf(report);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { pages, flat: text, info } = await pdfText(bytes);
    const count = pages.length;
    expect(count).toBe(renderPmeDocument(report).getNumberOfPages());
    expect(count).toBeGreaterThanOrEqual(5);

    expect(text).toContain('Plan de Mejoramiento Educativo (PME)');
    expect(text).toContain('Escuela Básica Ñuñoa');
    expect(text).toContain('RBD 7423-3');
    expect(text).toContain('Ciclo 2026–2029 · Plan anual 2026');
    expect(text).toContain('«Inclusión»');
    for (const g of report.actions.groups) for (const row of g.rows) expect(text).toContain(row[1]);
    expect(text).not.toContain('Acción del año siguiente');
    expect(text).toContain('$ 1.250.000');
    expect(text).toContain('$ 4.875.500');
    expect(text).toContain('Gestión Pedagógica');
    expect(text).toContain('Área de resultados');
    expect(text).toContain('248 (2024) · SIMCE 2024');
    expect(text).toContain('supera el presupuesto SEP declarado');

    pages.forEach((page, i) => {
      expect(page).toContain('PME Versión Final · 15-07-2026');
      expect(page).toContain(`Página ${i + 1} de ${count}`);
    });

    // Page sizes from pdfinfo: A4 portrait cover (595 x 842 pt) and landscape table pages (842 x 595).
    const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
      Number(m[2]) > Number(m[3]) ? 'L' : 'P',
      Math.round(Number(m[2])),
    ]);
    expect(sizes).toHaveLength(count);
    expect(sizes[0]).toEqual(['P', 595]);
    expect(sizes[1]?.[0]).toBe('P');
    const actionsPage = pages.findIndex((p) => p.includes('Subtotal Liderazgo'));
    const objectivesPage = pages.findIndex((p) => p.includes('Meta estratégica'));
    expect(Math.min(actionsPage, objectivesPage)).toBeGreaterThan(1);
    expect(sizes[actionsPage]).toEqual(['L', 842]);
    expect(sizes[objectivesPage]).toEqual(['L', 842]);
  });

  it('breaks a long actions table over several landscape pages and says when a year has no actions', async () => {
    const plan = buildPlan();
    const template = plan.actions[1];
    if (!template) throw new Error('fixture');
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...template,
      id: `m${i}`,
      nombre: `Acción número ${i + 1} del plan`,
      fechaInicio: `2026-0${3 + (i % 7)}-10`,
    }));
    const report = buildPmeReport({
      school: SCHOOL,
      plan: { ...plan, actions: many },
      version: { label: 'Borrador PME', date: '2026-05-30' },
      year: 2026,
    });
    const { pages, flat } = await pdfText(renderPmePdf(report));
    const withActions = pages.filter((p) => /Acción número \d+ del plan/.test(p));
    expect(withActions.length).toBeGreaterThan(1);
    for (let i = 1; i <= 60; i++) expect(flat).toContain(`Acción número ${i} del plan`);
    for (const p of pages) expect(p).toContain('Borrador PME · 30-05-2026');
    expect(flat).toContain('$ 75.000.000'); // 60 × 1.250.000

    const empty = buildPmeReport({ school: SCHOOL, plan, version: VERSION, year: 2028 });
    expect((await pdfText(renderPmePdf(empty))).flat).toContain('Sin acciones registradas para 2028.');
  });
});
