// Renders a small report with jspdf in Node and reads it back with pdftotext (poppler): cover,
// table of contents with page numbers, Spanish characters (ñ, á, °, «», –) and page footers.
import { describe, expect, it } from 'vitest';
import { aggregateDiagnosis } from '../../../../src/domain/diagnosis/aggregation.ts';
import { proposeFindings } from '../../../../src/domain/diagnosis/findings.ts';
import { buildDiagnosisReport } from '../../../../src/domain/diagnosis/report/content.ts';
import { renderDiagnosisPdf } from '../../../../src/features/diagnosis/report/renderPdf.ts';
import { pdfText } from '../../../support/pdfText.ts';

describe('renderDiagnosisPdf', () => {
  it('renders a PDF whose text has the cover, the index with pages, accents and footers', async () => {
    const aggregate = aggregateDiagnosis(
      [
        {
          id: 'q',
          group: 'docentes',
          title: 'Q',
          version: 1,
          items: [{ id: 'i1', kind: 'scale', subdimension: 'LID-1', text: 'x' }],
        },
      ],
      [
        {
          id: 'r1',
          instrumentId: 'q',
          instrumentVersion: 1,
          group: 'docentes',
          mode: 'paper',
          startedAt: 'x',
          completedAt: null,
          answers: { i1: 3 },
          openAnswers: {},
        },
        {
          id: 'r2',
          instrumentId: 'q',
          instrumentVersion: 1,
          group: 'docentes',
          mode: 'paper',
          startedAt: 'x',
          completedAt: null,
          answers: { i1: 4 },
          openAnswers: {},
        },
      ],
      { docentes: 4 },
    );
    const report = buildDiagnosisReport({
      school: { name: 'Escuela Básica Ñuñoa', rbd: '7423', dv: '5', comuna: 'Ñuñoa', dependencia: 'Municipal DAEM' },
      advisor: 'Ana Pérez',
      date: '2026-04-07',
      aggregate,
      findings: proposeFindings(aggregate),
      results: { simce: [], idps: [{ indicator: 'CC', grade: '4b', year: 2024, score: 74 }], efficiency: [] },
      peiPlanes: {
        pei: { vision: '', mision: '', perfilEgreso: '', sellos: [{ id: 's', text: 'Inclusión' }] },
        plans: [],
        matrix: {},
      },
      prioritisation: { method: 'importancia-urgencia', problems: [] },
      conclusions: '',
    });
    const doc = renderDiagnosisPdf(report);
    const pages = doc.getNumberOfPages();
    expect(pages).toBeGreaterThanOrEqual(9);
    const stdout = await pdfText(new Uint8Array(doc.output('arraybuffer')), { mode: 'layout' });
    const text = stdout.replace(/[ \t]+/g, ' ');
    expect(text).toContain('Informe Diagnóstico Participativo');
    expect(text).toContain('Escuela Básica Ñuñoa');
    expect(text).toContain('RBD 7423-5');
    expect(text).toContain('Asesor(a): Ana Pérez');
    expect(text).toContain('Fecha: 07-04-2026');
    expect(text).toContain('4° básico');
    expect(text).toContain('sello «Inclusión»');
    expect(text).toContain('5. Articulación PEI – planes normativos');
    expect(text).toContain('Conclusiones: (pendiente de redacción por el asesor)');
    expect(text).toContain(`Página 1 de ${pages}`);
    expect(text).toContain(`Página ${pages} de ${pages}`);
    expect(text).toMatch(/1\. Presentación y metodología \.+ 3\b/);
    expect(text).toMatch(/3,5/);
  });
});
