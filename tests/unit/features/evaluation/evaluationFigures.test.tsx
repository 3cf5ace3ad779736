// @vitest-environment jsdom
// R-8 for the Informe de Evaluación: the Análisis screen and the PDF, made from one fixture (a school
// evaluating 2027 in the cycle 2026–2029, with a 2028 measurement that must not count), print the
// same figures, table by table and row by row; the year and target sit beside every goal figure;
// the logro-de-metas edge cases (lower is better, wrong way, "mantener", no target for the year, no
// measurement); the impact compares the same estamentos and its "todos los estamentos" column is the
// Informe Diagnóstico's average.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DIMENSIONS } from '../../../../src/domain/mge/modelo.ts';
import { buildDiagnosisReport } from '../../../../src/domain/diagnosis/report/content.ts';
import {
  IMPACT_DIMENSION_HEADERS,
  IMPACT_GROUP_HEADERS,
  RESULTS_HEADERS,
} from '../../../../src/domain/evaluation/report/evaluationImpact.ts';
import {
  ACTION_HEADERS,
  BUDGET_HEADERS,
  COMPLIANCE_HEADERS,
  GOAL_HEADERS,
  OBJECTIVE_HEADERS,
  STRATEGY_HEADERS,
  buildEvaluationReport,
} from '../../../../src/domain/evaluation/report/evaluationReport.ts';
import { AnalysisTab } from '../../../../src/features/evaluation/AnalysisTab.tsx';
import { evaluationHandle } from '../../../../src/data/docs/evaluation/index.ts';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { renderEvaluationPdf } from '../../../../src/features/evaluation/report/renderEvaluation.ts';
import { renderDiagnosisPdf } from '../../../../src/features/diagnosis/report/renderPdf.ts';
import { SCHOOL, YEAR, schoolFixture } from '../schoolFixture.ts';
import { expectSameTable, factRows, norm, pdfText, tableRows } from '../figureText.ts';

const fx = schoolFixture();
const FOOTER = `Informe de Evaluación del PME ${YEAR} · ${SCHOOL.name}`;
let pdf = '';
let screen: HTMLElement;

beforeAll(async () => {
  const report = buildEvaluationReport({
    ...fx.sources,
    school: SCHOOL,
    advisor: 'Ana Rojas',
    date: '2027-12-18',
    projective: [],
    sistematizacion: null,
  });
  pdf = await pdfText(renderEvaluationPdf(report), [FOOTER]);
});
afterEach(cleanup);

function showAnalysis(): HTMLElement {
  return render(
    <AnalysisTab
      evaluation={evaluationHandle(new Y.Doc(), actorOf({ userId: 'u1', name: 'Ana Rojas' }))}
      sources={fx.sources}
      items={[]}
    />,
  ).container;
}

describe('R-8 Informe de Evaluación: the Análisis screen and the PDF print the same figures', () => {
  it('summary, cumplimiento per dimension (with the total), budget, estrategias and actions', () => {
    screen = showAnalysis();
    let at = expectSameTable(pdf, factRows(screen, 'compliance-total'), {
      anchor: 'Resumen',
      header: 'no repeated header',
      name: 'Resumen',
    });
    at = expectSameTable(pdf, tableRows(screen, 'compliance-by-dimension'), {
      anchor: COMPLIANCE_HEADERS.join(' '),
      from: at,
      name: 'Cumplimiento por dimensión',
    });
    at = expectSameTable(pdf, tableRows(screen, 'compliance-budget'), {
      anchor: BUDGET_HEADERS.join(' '),
      from: at,
      name: 'Presupuesto',
    });
    at = expectSameTable(pdf, tableRows(screen, 'compliance-strategies'), {
      anchor: STRATEGY_HEADERS.join(' '),
      from: at,
      name: 'Estrategias',
    });
    expectSameTable(pdf, tableRows(screen, 'compliance-actions'), {
      anchor: ACTION_HEADERS.join(' '),
      from: at,
      labelCol: 1,
      name: 'Acciones',
    });
    // Only the actions of 2027 (half the plan).
    expect(tableRows(screen, 'compliance-actions')).toHaveLength(
      fx.sources.pme.actions.filter((a) => a.year === YEAR).length,
    );
  });

  it('logro de metas: counts, every goal row with "Meta 2027: …" beside it, and the objectives', () => {
    screen = showAnalysis();
    const start = pdf.indexOf('2. Logro de metas', pdf.indexOf('Acciones cumplidas'));
    let at = expectSameTable(pdf, factRows(screen, 'goal-counts'), {
      anchor: 'Logrado',
      header: 'no repeated header',
      from: start,
      name: 'Conteo de metas',
    });
    at = expectSameTable(pdf, tableRows(screen, 'goal-achievement'), {
      anchor: GOAL_HEADERS.join(' '),
      from: at,
      name: 'Logro de metas',
    });
    expectSameTable(pdf, tableRows(screen, 'objectives'), {
      anchor: OBJECTIVE_HEADERS.join(' '),
      from: at,
      name: 'Objetivos',
    });
  });

  it('LM edge cases against the 2027 targets, with measurements up to 31-12-2027 only (the 2028 ones left out)', () => {
    screen = showAnalysis();
    const rows = tableRows(screen, 'goal-achievement')
      .slice(0, 6)
      .map((r) => r.slice(1).map(norm));
    expect(rows).toEqual([
      ['30,0 % (2025)', 'Meta 2027: 40,0 %', '37,0 % (20-11-2027)', '70,0 %', 'Parcialmente logrado'],
      ['20,0 % (2025)', 'Meta 2027: 15,0 %', '14,0 % (30-10-2027)', '120,0 %', 'Logrado'],
      ['10,0 % (2025)', 'Meta 2027: 8,0 %', '12,0 % (15-12-2027)', '-100,0 % (retrocede)', 'No logrado'],
      ['0,0 % (2025)', 'Meta 2027: 0,0 %', '0,0 % (15-12-2027)', 'Mantener', 'Logrado'],
      ['240,0 (2024)', '—', '250,0 (30-11-2027)', '—', 'Sin datos: sin meta para el año'],
      ['85,0 % (2025)', 'Meta 2027: 89,0 %', '—', '—', 'Sin datos: sin medición'],
    ]);
    expect(norm(screen.textContent ?? '')).toContain('con la última medición del indicador hasta el 31-12-2027');
    expect(pdf).toContain('con la última medición del indicador hasta el 31-12-2027');
  });

  it('impact: the same estamentos on both sides, said in words on the screen and in the PDF', () => {
    screen = showAnalysis();
    const note = norm(screen.querySelector('[data-testid="impact-groups"]')?.textContent ?? '');
    expect(note).toBe(
      'Se comparan los estamentos que respondieron el diagnóstico y la evaluación: Docentes, Estudiantes. Solo respondieron el diagnóstico (fuera de la comparación): Apoderados. Solo respondieron la evaluación (fuera de la comparación): Equipo directivo.',
    );
    expect(pdf).toContain(note);
    let at = expectSameTable(pdf, tableRows(screen, 'impact'), {
      anchor: IMPACT_DIMENSION_HEADERS.join(' '),
      name: 'Impacto por dimensión',
    });
    at = expectSameTable(pdf, tableRows(screen, 'impact-groups-table'), {
      anchor: IMPACT_GROUP_HEADERS.join(' '),
      from: at,
      name: 'Impacto por estamento',
    });
    expectSameTable(pdf, tableRows(screen, 'impact-results'), {
      anchor: RESULTS_HEADERS.join(' '),
      from: at,
      name: 'Resultados',
    });
  });

  it('impact: the "todos los estamentos" column is the Informe Diagnóstico\'s average, dimension by dimension', async () => {
    screen = showAnalysis();
    const diagnosisPdf = await pdfText(
      new Uint8Array(
        renderDiagnosisPdf(
          buildDiagnosisReport({
            school: { ...SCHOOL, dependencia: SCHOOL.dependencia },
            advisor: 'Ana Rojas',
            date: '2026-05-10',
            aggregate: fx.sources.diagnosis!,
            findings: [],
            results: { simce: [], idps: [], efficiency: [] },
            peiPlanes: { pei: { vision: '', mision: '', sellos: [] }, plans: [], matrix: {} } as never,
            prioritisation: { method: 'impacto-urgencia' as never, problems: [] },
            conclusions: '',
          }),
        ).output('arraybuffer'),
      ),
      [],
    );
    const rows = tableRows(screen, 'impact');
    for (const d of DIMENSIONS) {
      const row = rows.find((r) => r[0] === d.label)!;
      const printed = new RegExp(`${d.label} \\(promedio general ([\\d,—]+)\\)`).exec(diagnosisPdf)?.[1];
      expect(row[1], d.label).toBe(printed);
    }
  });
});
