// Renders the Informe de Monitoreo with jspdf in Node and reads it back with poppler (pdftotext,
// pdfinfo): identification, summary figures and the chart labels and values, the actions with
// their nivel de implementación, indicators, budget, alerts with « », the decisions, the footer
// label with the school on every page with "Página N de M", and landscape table pages.
import { describe, expect, it } from 'vitest';
import { cycleDashboard } from '../../../../src/domain/monitoring/dashboard.ts';
import { monitoringReportContent } from '../../../../src/domain/monitoring/report/content.ts';
import { cycleNameOf, parsePercent, parsePesos } from '../../../../src/features/monitoring/report/chartData.ts';
import {
  renderMonitoringDocument,
  renderMonitoringPdf,
} from '../../../../src/features/monitoring/report/renderReport.ts';
import { buildPlan, SCHOOL } from '../../domain/pme/planFixture.ts';
import { CYCLES, PHOTO, ZERO, measurement, record } from '../../domain/monitoring/fixtures.ts';
import { pdfInfo, pdfPages, pdfText as readPdfText } from '../../../support/pdfText.ts';

/** Layout text per page, the whole text with whitespace collapsed, and pdfinfo's page sizes. */
async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; flat: string; sizes: ('L' | 'P')[] }> {
  const pages = await pdfPages(bytes);
  const raw = await readPdfText(bytes, { mode: 'raw' });
  const info = await pdfInfo(bytes, 1, 100);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    (m) => (Number(m[1]) > Number(m[2]) ? 'L' : 'P') as 'L' | 'P',
  );
  return { pages, flat: raw.replace(/\s+/g, ' '), sizes };
}

const pme = buildPlan();
const records = [
  record({
    id: 'r1',
    actionId: 'a1',
    level: 'avanzada',
    progress: 80,
    executed: { ...ZERO, sep: 1_000_000, pie: 25_000 },
    medios: [{ index: 0, text: 'Listas de asistencia', attachments: [PHOTO, PHOTO] }],
    observaciones: 'Buen avance; falta 2° básico',
  }),
  record({ id: 'r2', actionId: 'a3', level: 'no-efectuada', progress: 0, observaciones: 'Sin docente de reemplazo' }),
  record({
    id: 'r3',
    actionId: 'a2',
    level: 'completa',
    progress: 100,
    medios: [{ index: 0, text: 'Registro fotográfico', attachments: [PHOTO] }],
  }),
];

function content(decisions: string) {
  const dashboard = cycleDashboard({
    pme,
    cycles: CYCLES,
    cycleId: 'c1',
    records,
    measurements: [measurement({ value: 55 })],
    today: '2026-06-15',
  });
  return monitoringReportContent({
    school: SCHOOL,
    pme,
    cycle: CYCLES[0]!,
    cycles: CYCLES,
    dashboard,
    records,
    decisions,
    date: '2026-06-15',
  });
}

describe('renderMonitoringPdf', () => {
  it('renders identification, summary, charts, tables, alerts and decisions, with a footer on every page', async () => {
    const report = content(
      'Reforzar la lectura en 2° básico con «tutorías entre pares».\nRevisar la acción de la señora Núñez.',
    );
    const bytes = renderMonitoringPdf(report);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { pages, flat, sizes } = await pdfText(bytes);
    const count = pages.length;
    expect(count).toBe(renderMonitoringDocument(report).getNumberOfPages());
    expect(count).toBeGreaterThanOrEqual(2);

    expect(flat).toContain('Informe de Monitoreo');
    expect(flat).toContain('Corte 1 · 01-03-2026 al 31-05-2026 · Plan anual 2026');
    expect(flat).toContain('RBD 7423-3');
    expect(flat).toContain('Fecha del informe: 15-06-2026');
    for (const s of report.summary) expect(flat).toContain(`${s.label} ${s.value}`.replace(/\u00a0/g, ' '));
    expect(flat).toContain('(21,0 %)');

    // Chart of levels: every label, with count and percentage (5 actions of 2026).
    for (const l of report.levels) expect(flat).toContain(l.label);
    expect(flat).toContain('Implementación avanzada: 75% a 99% 1 (20,0 %)');
    expect(flat).toContain('Implementación completa: 100% 1 (20,0 %)');
    expect(flat).toContain('Sin registro en el corte 2 (40,0 %)');
    // Average progress per dimension and budget per source.
    for (const d of report.byDimension)
      expect(flat).toContain(`${d.label} ${d.average} (${d.recorded})`.replace(/\u00a0/g, ' '));
    expect(flat).toContain('Planificado Ejecutado');
    expect(flat).toContain('$ 1.000.000 (23,5 %)');

    for (const a of report.actions) expect(flat).toContain(a.nombre);
    expect(flat).toContain('Buen avance; falta 2° básico');
    expect(flat).toContain('1 de 2 medios · 2 archivos');
    expect(flat).toContain('% de cursos con lectura compartida semanal (%)');
    expect(flat).toContain('En camino');
    expect(flat).toContain('$ 4.250.000');
    expect(flat).toContain('El corte «Corte 1» venció el 31-05-2026');
    expect(flat).toContain('Decisiones tomadas');
    expect(flat).toContain(
      'Reforzar la lectura en 2° básico con «tutorías entre pares». Revisar la acción de la señora Núñez.',
    );

    pages.forEach((page, i) => {
      expect(page).toContain('Informe de Monitoreo · Corte 1 · Escuela Básica Ñuñoa');
      expect(page).toContain(`Página ${i + 1} de ${count}`.replace(/\u00a0/g, ' '));
    });

    expect(sizes).toHaveLength(count);
    expect(sizes[0]).toBe('P');
    const actionsPage = pages.findIndex((p) => p.includes('Talleres de lectura compartida'));
    expect(actionsPage).toBeGreaterThan(0);
    expect(sizes[actionsPage]).toBe('L');
  });

  it('leaves out the decisions when none were typed and breaks a long actions table over landscape pages', async () => {
    const template = pme.actions[0]!;
    const many = Array.from({ length: 45 }, (_, i) => ({
      ...template,
      id: `m${i}`,
      nombre: `Acción monitoreada número ${i + 1}`,
    }));
    const big = { ...pme, actions: many };
    const recs = many
      .slice(0, 30)
      .map((a, i) => record({ id: `r${i}`, actionId: a.id, level: 'parcial', progress: 25 + (i % 25) }));
    const dashboard = cycleDashboard({
      pme: big,
      cycles: CYCLES,
      cycleId: 'c1',
      records: recs,
      measurements: [],
      today: '2026-05-01',
    });
    const report = monitoringReportContent({
      school: SCHOOL,
      pme: big,
      cycle: CYCLES[0]!,
      cycles: CYCLES,
      dashboard,
      records: recs,
      decisions: '  ',
      date: '2026-05-01',
    });
    const { pages, flat, sizes } = await pdfText(renderMonitoringPdf(report));
    expect(flat).not.toContain('Decisiones tomadas');
    expect(flat).toContain('Sin alertas en el corte.');
    expect(flat).toContain('Implementación parcial: 25% a 49% 30 (66,7 %)');
    for (let i = 1; i <= 45; i++) expect(flat).toContain(`Acción monitoreada número ${i}`.replace(/\u00a0/g, ' '));
    const withActions = pages.map((p, i) => [p, i] as const).filter(([p]) => /Acción monitoreada número \d+/.test(p));
    expect(withActions.length).toBeGreaterThan(1);
    for (const [, i] of withActions) expect(sizes[i]).toBe('L');
    for (const p of pages) expect(p).toContain('Escuela Básica Ñuñoa');
  });
});

describe('chart values read back from the content strings', () => {
  it('parses pesos, percentages and the cycle name', () => {
    expect([parsePesos('$ 1.250.000'), parsePesos('$ 0'), parsePesos('—')]).toEqual([1_250_000, 0, null]);
    expect([parsePercent('62,5 %'), parsePercent('100,0%'), parsePercent('—')]).toEqual([62.5, 100, null]);
    expect(cycleNameOf({ subtitle: 'Corte 1 · Marzo · 01-03-2026 al 31-05-2026 · Plan anual 2026' })).toBe(
      'Corte 1 · Marzo',
    );
  });
});
