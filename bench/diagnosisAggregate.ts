// diagnosis.aggregate.ms: median time of aggregateDiagnosis over 1,000 responses × 60 scale items
// (5 per subdimension) across the 5 stakeholder groups, with some 'ns', unanswered and unknown
// items and a few replicated responses. The data is deterministic (seeded PRNG). Target ≤ 200 ms.
import { aggregateDiagnosis } from '../src/domain/diagnosis/aggregation.ts';
import type { BenchResult } from './types.ts';
import { BENCH_POPULATION, buildDiagnosisData } from './diagnosisData.ts';
import { mulberry32 as prng } from '../tests/support/random.ts';

export async function benchDiagnosisAggregate(): Promise<BenchResult[]> {
  const { instruments, responses } = buildDiagnosisData(prng(20260310), true);
  const population = BENCH_POPULATION;
  aggregateDiagnosis(instruments, responses, population); // warm-up
  const samples: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    aggregateDiagnosis(instruments, responses, population);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  return [{ id: 'diagnosis.aggregate.ms', value: Math.round(median * 100) / 100, unit: 'ms' }];
}
