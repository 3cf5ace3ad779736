// @vitest-environment jsdom
// R-8 for the Informe Diagnóstico Participativo: the diagnosis screen (participation table and
// results view, from the school's diagnosis document) and the PDF made from the same document
// print the same figures — participation per estamento with its % (one formatter, "16,7 %"), each
// dimension's general and per-estamento averages, the subdimension tables and the strengths and
// weaknesses — compared row by row. The document holds, besides the fixture's responses, a response
// with only an open answer (it participates) and one started and left blank (it does not).
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DIMENSIONS, SUBDIMENSIONS } from '../../../../src/domain/mge/modelo.ts';
import { STAKEHOLDER_GROUPS } from '../../../../src/domain/diagnosis/model.ts';
import { READY_MADE_INSTRUMENTS } from '../../../../src/domain/diagnosis/templates.ts';
import { FINDING_KINDS } from '../../../../src/domain/diagnosis/findings.ts';
import { buildDiagnosisReport } from '../../../../src/domain/diagnosis/report/content.ts';
import { toSchoolId } from '../../../../src/domain/wire/documentNames.ts';
import {
  answerOpen,
  answerScale,
  completeResponse,
  readInstruments,
  readPopulation,
  readResponses,
  saveInstrument,
  setPopulation,
  startResponse,
} from '../../../../src/data/docs/diagnosis/survey.ts';
import { diagnosisHandle } from '../../../../src/data/docs/diagnosis/index.ts';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { DiagnosisFigures } from '../../../../src/features/diagnosis/DiagnosisScreen.tsx';
import { gatherDiagnosisReportInput } from '../../../../src/features/diagnosis/report/useDiagnosisReport.ts';
import { renderDiagnosisPdf } from '../../../../src/features/diagnosis/report/renderPdf.ts';
import { SCHOOL, POPULATION, diagnosisResponses } from '../schoolFixture.ts';
import { expectSameTable, norm, pdfText, tableRows } from '../figureText.ts';

const SCHOOL_ID = toSchoolId(7423);
const doc = new Y.Doc();
let pdf = '';

function fill(): void {
  for (const ins of READY_MADE_INSTRUMENTS) saveInstrument(doc, ins, 's');
  for (const r of diagnosisResponses()) {
    startResponse(
      doc,
      {
        id: r.id,
        instrumentId: r.instrumentId,
        instrumentVersion: r.instrumentVersion,
        group: r.group,
        mode: r.mode,
        startedAt: r.startedAt,
      },
      's',
    );
    for (const [item, v] of Object.entries(r.answers)) answerScale(doc, r.id, item, v, 's');
    completeResponse(doc, r.id, r.completedAt!, 's');
  }
  const apoderados = READY_MADE_INSTRUMENTS.find((i) => i.id === 'tpl-apoderados')!;
  startResponse(
    doc,
    {
      id: 'open-only',
      instrumentId: apoderados.id,
      instrumentVersion: 1,
      group: 'apoderados',
      mode: 'paper',
      startedAt: '2026-04-11T10:00:00Z',
    },
    's',
  );
  answerOpen(
    doc,
    'open-only',
    apoderados.items.find((i) => i.kind === 'open')!.id,
    'Más talleres para las familias.',
    's',
  );
  startResponse(
    doc,
    {
      id: 'blank',
      instrumentId: 'tpl-docentes',
      instrumentVersion: 1,
      group: 'docentes',
      mode: 'kiosk',
      startedAt: '2026-04-11T11:00:00Z',
    },
    's',
  );
  for (const [g, n] of Object.entries(POPULATION)) setPopulation(doc, g as never, n, 's');
}

beforeAll(async () => {
  fill();
  const input = gatherDiagnosisReportInput(
    SCHOOL_ID,
    doc,
    { name: SCHOOL.name, rbd: 7423, dv: '3', comunaCode: '14108', dependencia: '2' } as never,
    'Ana Rojas',
    '2026-05-10',
  );
  pdf = await pdfText(new Uint8Array(renderDiagnosisPdf(buildDiagnosisReport(input)).output('arraybuffer')), [
    `Informe Diagnóstico Participativo · ${SCHOOL.name}`,
  ]);
});
afterEach(cleanup);

function showResults(): HTMLElement {
  return render(
    <DiagnosisFigures
      diagnosis={diagnosisHandle(doc, actorOf({ userId: 'u1', name: 'Ana Rojas' }))}
      schoolId={SCHOOL_ID}
      instruments={readInstruments(doc).items}
      responses={readResponses(doc).items}
      population={readPopulation(doc)}
    />,
  ).container;
}

describe('R-8 Informe Diagnóstico: the diagnosis screen and the PDF print the same figures', () => {
  it('participation per estamento and in total, with % through one formatter', () => {
    const screen = showResults();
    const rows = tableRows(screen, 'participation');
    expectSameTable(pdf, rows, { anchor: 'Estamento Respuestas Población % participación', name: 'Participación' });
    // 9 apoderados with answers + 1 with only an open answer; the blank docentes response does not count.
    expect(
      rows
        .find((r) => r[0] === 'Apoderados')!
        .slice(1, 4)
        .map(norm),
    ).toEqual(['10', '80', '12,5 %']);
    expect(
      rows
        .find((r) => r[0] === 'Docentes')!
        .slice(1, 4)
        .map(norm),
    ).toEqual(['12', '18', '66,7 %']);
    expect(screen.querySelector('[data-testid="rate-docentes"]')?.textContent).toBe('66,7\u00a0%');
  });

  it("each dimension: the general average and each estamento's, and its subdimension table", () => {
    const screen = showResults();
    let at = 0;
    for (const d of DIMENSIONS) {
      const general = screen.querySelector(`[data-testid="mean-${d.code}"]`)?.textContent ?? '';
      const heading = `${d.label} (promedio general `;
      at = pdf.indexOf(heading, at);
      expect(at, d.label).toBeGreaterThanOrEqual(0);
      expect(pdf.slice(at + heading.length).split(')')[0], `${d.label}: promedio general`).toBe(general);
      const bars = [...screen.querySelectorAll(`[data-dimension="${d.code}"] .bar-row`)].map((b) => [
        b.querySelector('.bar-label')!.textContent!,
        b.querySelector('.bar-value')!.textContent!,
      ]);
      expect(bars.map((b) => b[0])).toEqual(STAKEHOLDER_GROUPS.map((g) => g.label));
      at = expectSameTable(pdf, [...bars, ['Promedio general', general]], {
        anchor: `${d.label}: promedio por estamento (escala 1 a 4)`,
        from: at,
        name: `${d.label}: barras`,
      });
      const table = tableRows(screen, `subdimensions-${d.code}`);
      const header = ['Subdimensión', ...STAKEHOLDER_GROUPS.map((g) => g.label), 'General', 'N'].join(' ');
      at = expectSameTable(pdf, table, {
        anchor: `${d.label}: promedio por subdimensión ${header}`,
        header,
        from: at,
        name: `${d.label}: subdimensiones`,
      });
    }
  });

  it('strengths and weaknesses: the average and N of each, as the review table shows them', () => {
    const screen = showResults();
    let at = pdf.indexOf('3. Fortalezas y debilidades', pdf.indexOf('Índice') + 20);
    let compared = 0;
    for (const { code: kind, label } of FINDING_KINDS) {
      const title = kind === 'fortaleza' ? 'Fortalezas' : kind === 'debilidad' ? 'Debilidades' : label;
      // The PDF prints each subdimension with its dimension next to it; the label is both (no label inside another).
      const dimensionOf = (code: string) =>
        DIMENSIONS.find((d) => d.code === SUBDIMENSIONS.find((x) => x.code === code)?.dimension)!.label;
      const rows = [...screen.querySelectorAll(`[data-testid="findings"] tr.finding-${kind}`)].map((tr) => [
        `${tr.children[0]!.textContent!} ${dimensionOf(tr.getAttribute('data-code')!)}`,
        tr.children[1]!.textContent!,
      ]);
      if (rows.length === 0) continue;
      at = expectSameTable(pdf, rows, {
        anchor: `${title} Subdimensión Dimensión Promedio N Nota del equipo`,
        header: 'Subdimensión Dimensión Promedio N Nota del equipo',
        from: at,
        name: title,
      });
      compared += rows.length;
    }
    expect(compared).toBe(12);
    expect(screen.querySelectorAll('[data-testid="findings"] tr.finding-fortaleza').length).toBeGreaterThan(0);
    expect(screen.querySelectorAll('[data-testid="findings"] tr.finding-debilidad').length).toBeGreaterThan(0);
  });
});
