// pme.pdf.ms: median time (7 runs, after a warm-up) to build the PME document's content from a full
// plan (12 objectives, 20 goals, 24 strategies, 40 actions; bench/pmeData.ts) and render it to PDF
// bytes with jspdf, in Node.
import { buildPmeReport } from '../src/domain/pme/report/content.ts';
import { renderPmePdf } from '../src/features/pme/report/renderPdf.ts';
import { BENCH_SCHOOL, BENCH_YEAR, buildFullPlan } from './pmeData.ts';
import type { BenchResult } from './types.ts';

const RUNS = 7;

export async function benchPmePdf(): Promise<BenchResult[]> {
  const plan = buildFullPlan();
  const input = {
    school: BENCH_SCHOOL,
    plan,
    version: { label: 'PME Versión Final', date: '2026-07-15' },
    year: BENCH_YEAR,
  };
  renderPmePdf(buildPmeReport(input)); // warm-up
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const bytes = renderPmePdf(buildPmeReport(input));
    samples.push(performance.now() - start);
    if (bytes.byteLength === 0) throw new Error('empty PDF');
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  return [{ id: 'pme.pdf.ms', value: Math.round(median * 100) / 100, unit: 'ms' }];
}
