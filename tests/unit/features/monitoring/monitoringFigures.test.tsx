// @vitest-environment jsdom
// RM-1, RM-2, RM-4: the Seguimiento dashboard and the Informe de Monitoreo made from one fixture print the
// same figures. The screen is rendered with React in jsdom, the PDF read back with pdftotext; each
// side's figures are parsed into label → value maps and compared whole. The fixture over-executes
// SEP (141,2 % of the plan) and executes PIE on an action with no PIE planned (AL-4, AL-5).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, within } from '@testing-library/react';
import { DashboardTab } from '../../../../src/features/monitoring/DashboardTab.tsx';
import { monitoringReportFor } from '../../../../src/features/monitoring/dashboardData.ts';
import { renderMonitoringPdf } from '../../../../src/features/monitoring/report/renderReport.ts';
import type { MonitoringView } from '../../../../src/data/docs/monitoring/read.ts';
import { ALERT_LABELS } from '../../../../src/domain/monitoring/alerts.ts';
import { buildPlan, SCHOOL } from '../../domain/pme/planFixture.ts';
import { CYCLES, PHOTO, ZERO, measurement, record } from '../../domain/monitoring/fixtures.ts';
import { between, pdfFlatText } from '../../../support/pdfText.ts';

const TODAY = '2026-06-15';
const pme = buildPlan();
const cycle = CYCLES[0]!;
const view: MonitoringView = {
  plans: [],
  cycles: CYCLES,
  snapshots: [],
  records: [
    record({
      id: 'r1',
      actionId: 'a1',
      level: 'avanzada',
      progress: 80,
      executed: { ...ZERO, sep: 3_000_000, pie: 25_000 },
      medios: [{ index: 0, text: 'Listas de asistencia', attachments: [PHOTO] }],
    }),
    record({
      id: 'r2',
      actionId: 'a2',
      level: 'completa',
      progress: 100,
      executed: { ...ZERO, sep: 3_000_000 },
      medios: [{ index: 0, text: 'Registro', attachments: [] }],
    }),
    record({ id: 'r3', actionId: 'a3', level: 'no-efectuada', progress: 0 }),
  ],
  measurements: [measurement({ value: 55 }), measurement({ id: 'm3', goalId: 'g3', value: 250, date: '2026-05-20' })],
  instruments: [],
  instrumentRecords: [],
  measurementEntries: [],
  deletedRecords: [],
  invalid: [],
};

type Figures = Record<string, string>;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const matches = (s: string, re: RegExp) => [...s.matchAll(re)];

function screenFigures(root: HTMLElement) {
  const bars = (prefix: string) =>
    [...root.querySelectorAll(`[data-testid^="${prefix}"]`)].map((el) => ({
      label: text(el.querySelector('.dash-label')),
      value: text(el.querySelector('.dash-value')),
    }));
  const levels: Figures = Object.fromEntries(
    bars('dash-level-').map(({ label, value }) => {
      const [, name, count] = /^(.*) · (\d+)$/.exec(label)!;
      return [name!, `${count} (${value})`];
    }),
  );
  const dimensions: Figures = Object.fromEntries(
    bars('dash-dimension-').map(({ label, value }) => {
      const [, name, recorded] = /^(.*) \((\d+ de \d+) registradas\)$/.exec(label)!;
      return [name!, `${value} (${recorded})`];
    }),
  );
  const budget: Figures = Object.fromEntries(
    bars('dash-budget-').map(({ label, value }) => {
      const [, name, executed, planned] = /^(.*): (\$ [\d.]+) de (\$ [\d.]+)$/.exec(label)!;
      return [name!, `${planned} | ${executed} | ${value}`];
    }),
  );
  const indicators: Figures = Object.fromEntries(
    [...within(root).getByTestId('dash-indicators').querySelectorAll('tbody tr')].map((tr) => {
      const [name, ...cells] = [...tr.querySelectorAll('td')].map(text);
      return [name!, cells.join(' | ')];
    }),
  );
  const alerts = [...root.querySelectorAll('[data-testid="dash-alerts"] li')].map((li) => {
    const title = text(li.querySelector('strong')).replace(/\.$/, '');
    return `${title} | ${text(li)
      .slice(text(li.querySelector('strong')).length)
      .trim()}`;
  });
  const alertCount = /Alertas \((\d+)\)/.exec(text(root))?.[1];
  const budgetYear = /Presupuesto ejecutado · plan anual (\d{4})/.exec(text(root))?.[1];
  return { levels, dimensions, budget, indicators, alerts, alertCount, budgetYear };
}

const STATUS = '(En camino|En riesgo|Desviado|Sin datos|Sin línea base o meta)';
const SOURCES = '(SEP|PIE|Subvención General|Mantenimiento|FAEP / otros fondos|Aporte del sostenedor|Otro|Total)';
const alertTitles = Object.values(ALERT_LABELS)
  .map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');

function pdfFigures(all: string) {
  // Running headers and footers can fall inside a table that continues on the next page.
  const flat = all
    .replace(/Informe de Monitoreo · [^·]+ · Escuela Básica Ñuñoa Página \d+ de \d+ ?/g, '')
    .replace(/Informe de Monitoreo · Escuela Básica Ñuñoa RBD 7423-3 · \d{2}-\d{2}-\d{4} ?/g, '');
  const levels: Figures = Object.fromEntries(
    matches(
      between(flat, 'Acciones por nivel de implementación', 'Avance promedio por dimensión'),
      /(.+?) (\d+ \([\d.,]+ %\))/g,
    ).map((m) => [m[1]!.trim(), m[2]!]),
  );
  const dimensions: Figures = Object.fromEntries(
    matches(
      between(flat, 'cuántas lo están. 0 % 25 % 50 % 75 % 100 %', 'Presupuesto ejecutado y planificado'),
      /(.+?) ((?:[\d.,]+ %|—) \(\d+ de \d+\))/g,
    ).map((m) => [m[1]!.trim(), m[2]!]),
  );
  const budgetSection = between(flat, 'Fuente Planificado Ejecutado % de ejecución', '5. Alertas');
  const budget: Figures = Object.fromEntries(
    matches(budgetSection, new RegExp(`${SOURCES} (\\$ [\\d.]+) (\\$ [\\d.]+) ([\\d.,]+ %|—)`, 'g')).map((m) => [
      m[1]!,
      `${m[2]} | ${m[3]} | ${m[4]}`,
    ]),
  );
  const indicators: Figures = Object.fromEntries(
    matches(
      between(flat, 'Valor del corte Valor esperado Estado', '4. Ejecución'),
      new RegExp(`(.+?) (\\S+) (Meta \\d{4}: \\S+|—) (\\S+(?: \\(\\d{2}-\\d{2}-\\d{4}\\))?|—) (\\S+) ${STATUS}`, 'g'),
    ).map((m) => [m[1]!.trim(), [m[2], m[3], m[4], m[5], m[6]].join(' | ')]),
  );
  const alertSection = between(flat, ') 1. ', flat.includes('6. Decisiones') ? '6. Decisiones' : null);
  const alerts = matches(
    `1. ${alertSection}`,
    new RegExp(`\\d+\\. (${alertTitles}) (.+?)(?= \\d+\\. (?:${alertTitles})|$)`, 'g'),
  ).map((m) => `${m[1]} | ${m[2]!.trim()}`);
  const alertCount = /5\. Alertas \((\d+)\)/.exec(flat)?.[1];
  const summaryAlerts = /Alertas (\d+) Acciones por nivel/.exec(flat)?.[1];
  const budgetYear = /4\. Ejecución presupuestaria por fuente · plan anual (\d{4})/.exec(flat)?.[1];
  return { levels, dimensions, budget, indicators, alerts, alertCount, summaryAlerts, budgetYear };
}

describe('Seguimiento and Informe de Monitoreo: same figures (RM-1, RM-2, RM-4)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('levels, dimensions, indicators with their target year, budget per source and the alerts, figure by figure', async () => {
    const { container } = render(<DashboardTab view={view} pme={pme} cycle={cycle} />);
    const screen = screenFigures(container);
    const pdf = pdfFigures(
      await pdfFlatText(renderMonitoringPdf(monitoringReportFor(view, pme, cycle, SCHOOL, '', TODAY))),
    );

    expect(Object.keys(screen.levels)).toHaveLength(7);
    expect(pdf.levels).toEqual(screen.levels);
    // The screen leaves out dimensions with no action of the year; the PDF lists them as "(0 de 0)".
    expect(Object.keys(screen.dimensions).length).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.entries(pdf.dimensions).filter(([, v]) => !v.endsWith('(0 de 0)')))).toEqual(
      screen.dimensions,
    );
    expect(pdf.indicators).toEqual(screen.indicators);
    expect(screen.indicators['Puntaje SIMCE Lectura 4° básico']).toBe(
      '248 | Meta 2027: 252 | 250 (20-05-2026) | 248,8 | En camino',
    );
    // The screen shows the sources with money planned or executed, and the total; the PDF all of them.
    expect(Object.fromEntries(Object.entries(pdf.budget).filter(([k]) => k in screen.budget))).toEqual(screen.budget);
    for (const [k, v] of Object.entries(pdf.budget)) if (!(k in screen.budget)) expect(v).toBe('$ 0 | $ 0 | —');
    expect(screen.budget.SEP).toBe('$ 4.250.000 | $ 6.000.000 | 141,2 %');
    expect([screen.budgetYear, pdf.budgetYear]).toEqual(['2026', '2026']);

    expect(pdf.alerts).toEqual(screen.alerts);
    expect([pdf.alertCount, pdf.summaryAlerts]).toEqual([screen.alertCount, screen.alertCount]);
    expect(screen.alerts).toContain(
      'Ejecución presupuestaria por sobre lo planificado | SEP (plan anual 2026): ejecutado $ 6.000.000 de $ 4.250.000 planificados (141,2 %), $ 1.750.000 por sobre lo planificado.',
    );
    expect(screen.alerts).toContain(
      'Monto ejecutado sin monto planificado | «Talleres de lectura compartida en 1° y 2° básico» · PIE: ejecutado $ 25.000 sin monto planificado.',
    );
  });
});
