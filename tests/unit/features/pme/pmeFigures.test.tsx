// @vitest-environment jsdom
// RM-1, RM-5: a PME Versión Final with objectives in every area, frozen through the Yjs document as
// the app freezes it, shown on the version screen and printed as PDF from the same content function.
// Figures compared one by one: per area its objectives (never "Sin objetivos…" here), per meta its
// baseline and its target per year, per action every cell (descripción, recursos, amount per source),
// the budget per source and per dimension with its share, and the SEP check.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanup, render } from '@testing-library/react';
import { VersionView } from '../../../../src/features/pme/VersionView.tsx';
import { renderPmePdf } from '../../../../src/features/pme/report/renderPdf.ts';
import { buildPmeReport, NO_OBJECTIVES } from '../../../../src/domain/pme/report/content.ts';
import { markVersion } from '../../../../src/data/docs/pme/versions.ts';
import { readPme } from '../../../../src/data/docs/pme/read.ts';
import { PME_AREAS } from '../../../../src/domain/pme/model.ts';
import { buildPlan, SCHOOL } from '../../domain/pme/planFixture.ts';
import { between, pdfFlatText } from '../../../support/pdfText.ts';

const YEAR = 2026;
const goal = (id: string, objectiveId: string, name: string, baseline: number, targets: [number, number][]) => ({
  id,
  objectiveId,
  text: `Meta de ${name}`,
  indicator: { name, unit: '%' as const, min: 0, max: 100 },
  baseline: { value: baseline, year: 2025, source: 'Diagnóstico' },
  targets: targets.map(([year, value]) => ({ year, value })),
});

function frozenFinal() {
  const base = buildPlan();
  const plan = buildPlan({
    objectives: [
      ...base.objectives,
      {
        id: 'oL',
        dimension: 'LID',
        text: 'Consolidar el monitoreo de metas en el consejo escolar al 2029',
        priorityIds: [],
      },
      {
        id: 'oF',
        dimension: 'FC',
        text: 'Fortalecer la convivencia con participación de las familias al 2028',
        priorityIds: [],
      },
      {
        id: 'oR2',
        dimension: 'GR',
        text: 'Asegurar recursos educativos para la lectura en todas las salas al 2027',
        priorityIds: [],
      },
    ],
    goals: [
      ...base.goals,
      goal('gL', 'oL', '% de consejos con revisión de metas', 20, [
        [2027, 22],
        [2029, 80],
      ]),
      goal('gF', 'oF', '% de familias en talleres', 15.5, [[2026, 30]]),
      goal('gR', 'oR2', '% de salas con biblioteca de aula', 40, [[2027, 100]]),
    ],
    strategies: [
      ...base.strategies,
      { id: 'sL', objectiveId: 'oL', text: 'Revisión de metas en cada consejo escolar' },
      { id: 'sF', objectiveId: 'oF', text: 'Talleres de convivencia con familias' },
      { id: 'sR2', objectiveId: 'oR2', text: 'Bibliotecas de aula en todas las salas' },
    ],
  });
  const doc = new Y.Doc();
  markVersion(doc, { id: 'v1', kind: 'final', plan, createdAt: '2026-07-15T15:00:00Z', createdBy: 'Ana Rojas' }, null);
  const version = readPme(doc, plan.schoolId, 2026).versions[0];
  if (!version) throw new Error('version not stored');
  return version.plan;
}

/** From the last `marker` (the table of contents names the sections first). */
const fromLast = (text: string, marker: string) => text.slice(text.lastIndexOf(marker));
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => norm(td.textContent));

function stripFrames(flat: string): string {
  return flat
    .replace(/PME Versión Final · 15-07-2026 Página \d+ de \d+ ?/g, '')
    .replace(/Plan de Mejoramiento Educativo \(PME\) · Escuela Básica Ñuñoa RBD 7423-3 ?/g, '')
    .replace(
      /N° Acción Descripción Subdimensiones Inicio Término Responsable Recursos Medios de verificación Financiamiento por fuente Total ?/g,
      '',
    );
}

describe('PME Versión Final: version screen and PDF print the same figures (RM-1, RM-5)', () => {
  afterEach(cleanup);

  it('areas, metas, actions with every field and amounts per source, budget and SEP check', async () => {
    const plan = frozenFinal();
    const { container } = render(<VersionView plan={plan} title="PME Versión Final" year={YEAR} />);
    const pdf = stripFrames(
      await pdfFlatText(
        renderPmePdf(
          buildPmeReport({
            school: SCHOOL,
            plan,
            version: { label: 'PME Versión Final', date: '2026-07-15T15:00:00Z' },
            year: YEAR,
          }),
        ),
      ),
    );

    // Areas: every one has objectives on both; the PDF's section of an area names the same objectives.
    expect(pdf).not.toContain(NO_OBJECTIVES);
    expect(container.textContent).not.toContain(NO_OBJECTIVES);
    const objectivesSection = between(
      fromLast(pdf, '2. Objetivos estratégicos, metas y estrategias'),
      'y estrategias.',
      `3. Plan anual ${YEAR}: acciones`,
    );
    PME_AREAS.forEach((area, i) => {
      const screenObjectives = [
        ...container.querySelectorAll(
          `[data-testid="version-area-${area.code}"] [data-testid="version-objective"] > p`,
        ),
      ].map((p) => norm(p.textContent));
      expect(screenObjectives.length, area.label).toBeGreaterThan(0);
      const next = PME_AREAS[i + 1];
      const section = between(objectivesSection, `2.${i + 1} ${area.label}`, next ? `2.${i + 2} ${next.label}` : null);
      const pdfObjectives = [...section.matchAll(/(?:^|[^.\d])(\d+)\. /g)].map((m) => m[1]!);
      expect([...new Set(pdfObjectives)].filter((n) => screenObjectives.some((o) => o.startsWith(`${n}. `)))).toEqual(
        screenObjectives.map((o) => o.split('.')[0]),
      );
      for (const o of screenObjectives) expect(section).toContain(o);
    });

    // Metas: baseline and the target of each cycle year, taken from the PDF row of the same meta.
    const goalRows = [...container.querySelectorAll('[data-testid="version-goal"]')].map(cells);
    expect(goalRows).toHaveLength(6);
    for (const row of goalRows) {
      const [label, indicator, unit, baseline, ...targets] = row as [string, string, string, string, ...string[]];
      const number = label.split('. ')[0]!;
      const start = objectivesSection.indexOf(`${label} ${indicator} ${unit} `);
      expect(start, label).toBeGreaterThanOrEqual(0);
      const tokens = objectivesSection.slice(start + `${label} ${indicator} ${unit} `.length).split(' ');
      const baselineTokens = baseline.split(' ').length;
      expect({
        number,
        baseline: tokens.slice(0, baselineTokens).join(' '),
        targets: tokens.slice(baselineTokens, baselineTokens + targets.length),
      }).toEqual({ number, baseline, targets });
    }
    expect(goalRows.find((r) => r[1] === '% de consejos con revisión de metas')?.slice(3)).toEqual([
      '20 (2025) · Diagnóstico',
      '—',
      '22',
      '—',
      '80',
    ]);

    // Actions: each PDF row, cut at its details line, equals the screen's cells in order.
    const actionsSection = between(
      fromLast(pdf, `3. Plan anual ${YEAR}: acciones`),
      'acciones',
      `4. Presupuesto ${YEAR}`,
    );
    const screenRows = [...container.querySelectorAll('[data-testid="version-action"]')].map(cells);
    const details = [...container.querySelectorAll('[data-testid="version-action-details"]')].map((r) =>
      norm(r.textContent),
    );
    expect(screenRows).toHaveLength(5);
    let rest = actionsSection;
    const pdfRows = screenRows.map((row, i) => {
      const end = rest.indexOf(details[i]!);
      expect(end, `details of action ${row[0]}`).toBeGreaterThan(0);
      const text = rest.slice(0, end).trim();
      rest = rest.slice(end + details[i]!.length);
      // Drop a group title or a previous subtotal in front of the row.
      return text.slice(text.lastIndexOf(`${row[0]} ${row[1]}`));
    });
    expect(pdfRows).toEqual(screenRows.map((r) => r.join(' ')));
    const a2 = screenRows.find((r) => r[1] === 'Evaluación trimestral de comprensión lectora')!;
    expect(a2.slice(2)).toEqual([
      'Dos talleres mensuales de lectura compartida con apoyo de la biblioteca CRA.',
      'Enseñanza y Aprendizaje en el Aula',
      '16-03-2026',
      '04-12-2026',
      'Jefa de UTP',
      'Libros, proyector, horas de coordinación',
      'Listas de asistencia; Registro fotográfico',
      'SEP: $ 2.400.000 PIE: $ 350.000',
      '$ 2.750.000',
    ]);
    const total = norm(container.querySelector('[data-testid="version-actions-total"]')?.textContent);
    expect(actionsSection).toMatch(
      new RegExp(`Total plan anual ${YEAR} \\(5 acciones\\) ${total.replace('$', '\\$')}`),
    );

    // Budget: per source and per dimension, amount and share, and the SEP sentence.
    const screenBudget = (prefix: string) =>
      Object.fromEntries(
        [...container.querySelectorAll(`[data-testid="${prefix}-table"] tbody tr`)].map((tr) => [
          norm(tr.querySelector('th')?.textContent),
          cells(tr).join(' | '),
        ]),
      );
    const budgetSection = between(fromLast(pdf, `4. Presupuesto ${YEAR}`), `${YEAR}`, 'Control del presupuesto SEP');
    const budgetRows = (section: string) =>
      Object.fromEntries(
        [...section.matchAll(/([A-ZÁÉÍÓÚÑ][^$]*?) (\$ [\d.]+) ([\d.,]+ %|—)/g)].map((m) => [
          m[1]!.trim(),
          `${m[2]} | ${m[3]}`,
        ]),
      );
    const bySource = budgetRows(between(budgetSection, 'Fuente de financiamiento Monto % del total', 'Por dimensión'));
    expect(bySource).toEqual(screenBudget('budget-source'));
    expect(bySource.SEP).toBe('$ 4.250.000 | 87,2 %');
    const byDimension = budgetRows(between(budgetSection, 'Dimensión Monto % del total', null));
    expect(byDimension).toEqual(screenBudget('budget-dimension'));
    const sepScreen = norm(container.querySelector('[data-testid="sep-warning"]')?.textContent);
    expect(sepScreen).toContain('supera el presupuesto SEP declarado');
    expect(norm(between(pdf, 'Total SEP de las acciones $ 4.250.000', null)).startsWith(sepScreen)).toBe(true);
  });
});
