// diagnosis.aggregate.ms: median time of aggregateDiagnosis over 1,000 responses × 60 scale items
// (5 per subdimension) across the 5 stakeholder groups, with some 'ns', unanswered and unknown
// items and a few replicated responses. The data is deterministic (seeded PRNG). Target ≤ 200 ms.
import { aggregateDiagnosis } from '../src/domain/diagnosis/aggregation.ts';
import { STAKEHOLDER_GROUPS } from '../src/domain/diagnosis/model.ts';
import type { Instrument, Response, ScaleAnswer } from '../src/domain/diagnosis/model.ts';
import { SUBDIMENSIONS } from '../src/domain/mge/modelo.ts';
import type { BenchResult } from './types.ts';
import { mulberry32 as prng } from '../tests/support/random.ts';


function buildData(): { instruments: Instrument[]; responses: Response[] } {
  const rand = prng(20260310);
  const instruments: Instrument[] = STAKEHOLDER_GROUPS.map((g) => ({
    id: `q-${g.code}`,
    group: g.code,
    title: `Cuestionario ${g.label}`,
    version: 1,
    items: Array.from({ length: 60 }, (_, i) => ({
      id: `${g.code}-${i}`,
      kind: 'scale' as const,
      subdimension: SUBDIMENSIONS[i % SUBDIMENSIONS.length]?.code ?? 'LID-1',
      text: `Ítem ${i + 1}`,
    })),
  }));
  // Uneven groups, as in a school: many students and parents, few directivos.
  const sizes = [10, 60, 30, 600, 300];
  const responses: Response[] = [];
  STAKEHOLDER_GROUPS.forEach((g, gi) => {
    for (let r = 0; r < (sizes[gi] ?? 0); r++) {
      const answers: Record<string, ScaleAnswer> = {};
      for (let i = 0; i < 60; i++) {
        const x = rand();
        if (x < 0.05) continue; // unanswered
        answers[`${g.code}-${i}`] = x < 0.1 ? 'ns' : (((Math.floor(rand() * 4) + 1) as 1 | 2 | 3 | 4));
      }
      if (rand() < 0.02) answers['desconocido'] = 3;
      responses.push({
        id: `${g.code}-${r}`,
        instrumentId: `q-${g.code}`,
        instrumentVersion: 1,
        group: g.code,
        mode: 'kiosk',
        startedAt: '2026-03-10T10:00:00Z',
        completedAt: '2026-03-10T10:20:00Z',
        answers,
        openAnswers: {},
      });
    }
  });
  for (let i = 0; i < 20; i++) {
    const dup = responses[Math.floor(rand() * responses.length)];
    if (dup) responses.push({ ...dup });
  }
  return { instruments, responses };
}

export async function benchDiagnosisAggregate(): Promise<BenchResult[]> {
  const { instruments, responses } = buildData();
  const population = { directivos: 12, docentes: 70, asistentes: 40, estudiantes: 900, apoderados: 800 };
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
