// diagnosis.reportPdf.ms: median time (5 runs, after a warm-up) to build the Informe Diagnóstico
// content from 1,000 responses × 60 scale items (aggregate + findings, results data, PEI–planes and
// prioritised problems) and render it to a PDF ArrayBuffer with jspdf, in Node. Target ≤ 1,500 ms.
import { aggregateDiagnosis } from '../src/domain/diagnosis/aggregation.ts';
import { proposeFindings } from '../src/domain/diagnosis/findings.ts';
import { NORMATIVE_PLANS } from '../src/domain/diagnosis/peiPlanes.ts';
import { buildDiagnosisReport, type DiagnosisReportInput } from '../src/domain/diagnosis/report/content.ts';
import { renderDiagnosisPdf } from '../src/features/diagnosis/report/renderPdf.ts';
import type { BenchResult } from './types.ts';
import { BENCH_POPULATION, buildDiagnosisData } from './diagnosisData.ts';
import { mulberry32 } from '../tests/support/random.ts';

// eslint-disable-next-line max-lines-per-function -- a fixture: one literal per part of the input, in order
function buildInput(): DiagnosisReportInput {
  const rand = mulberry32(20260407);
  const { instruments, responses } = buildDiagnosisData(rand, false);
  const aggregate = aggregateDiagnosis(instruments, responses, BENCH_POPULATION);
  const years = [2022, 2023, 2024];
  return {
    school: {
      name: 'Escuela Básica Los Aromos',
      rbd: '7423',
      dv: '5',
      comuna: 'Ñuñoa',
      dependencia: 'Servicio Local de Educación Pública (SLEP)',
    },
    advisor: 'Ana Pérez',
    date: '2026-04-07',
    aggregate,
    findings: proposeFindings(aggregate),
    results: {
      simce: years.flatMap((year) =>
        (['lectura', 'matematica'] as const).map((test) => ({
          test,
          grade: '4b' as const,
          year,
          average: 250 + Math.round(rand() * 30),
          studentsTested: 45,
          diffPrevious: 3,
          diffGroup: -2,
          socioeconomicGroup: 2 as const,
          pctInsuficiente: 30,
          pctElemental: 40,
          pctAdecuado: 30,
        })),
      ),
      idps: years.flatMap((year) =>
        (['AM', 'CC', 'PF', 'HV'] as const).map((indicator) => ({
          indicator,
          grade: '4b' as const,
          year,
          score: 70 + Math.round(rand() * 10),
        })),
      ),
      efficiency: years.map((year) => ({
        year,
        matricula: 480,
        asistenciaPct: 88.5,
        retencionPct: 97.1,
        aprobacionPct: 94,
        reprobacionPct: 6,
        repitenciaPct: 3.4,
      })),
    },
    peiPlanes: {
      pei: {
        vision: 'Ser una comunidad educativa inclusiva. '.repeat(8),
        mision: 'Formar personas integrales. '.repeat(8),
        perfilEgreso: '',
        sellos: [
          { id: 's1', text: 'Inclusión' },
          { id: 's2', text: 'Vida saludable' },
        ],
      },
      plans: NORMATIVE_PLANS.map((p, i) => ({
        code: p.code,
        present: i % 3 !== 0,
        year: 2025,
        objectives: 'Objetivos del plan. '.repeat(4),
      })),
      matrix: { 's1|inclusion': 3 },
    },
    prioritisation: {
      method: 'importancia-urgencia',
      problems: Array.from({ length: 15 }, (_, i) => ({
        id: `p${i}`,
        text: `Problema ${i + 1}: descripción del problema detectado en el diagnóstico participativo`,
        scores: [{ a: 1 + Math.floor(rand() * 5), b: 1 + Math.floor(rand() * 5) }],
        selected: i < 3,
      })),
    },
    conclusions: 'Conclusión del asesor. '.repeat(40),
  };
}

export async function benchDiagnosisReport(): Promise<BenchResult[]> {
  const input = buildInput();
  renderDiagnosisPdf(buildDiagnosisReport(input)).output('arraybuffer'); // warm-up
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const bytes = renderDiagnosisPdf(buildDiagnosisReport(input)).output('arraybuffer');
    samples.push(performance.now() - start);
    if (bytes.byteLength === 0) throw new Error('empty PDF');
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  return [{ id: 'diagnosis.reportPdf.ms', value: Math.round(median * 100) / 100, unit: 'ms' }];
}
