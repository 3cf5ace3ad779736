// Deterministic diagnosis data for the benchmarks: 5 questionnaires × 60 scale items and 1,000
// responses spread unevenly as in a school (many students and parents, few directivos), with 5%
// unanswered items and 5% "no sé". With `noise`, also unknown items and 20 duplicated responses.
import { STAKEHOLDER_GROUPS } from '../src/domain/diagnosis/model.ts';
import type { Instrument, Response, ScaleAnswer } from '../src/domain/diagnosis/model.ts';
import { SUBDIMENSIONS } from '../src/domain/mge/modelo.ts';

export const BENCH_POPULATION = { directivos: 12, docentes: 70, asistentes: 40, estudiantes: 900, apoderados: 800 };

export function buildDiagnosisData(
  rand: () => number,
  noise: boolean,
): { instruments: Instrument[]; responses: Response[] } {
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
  const sizes = [10, 60, 30, 600, 300];
  const responses: Response[] = [];
  STAKEHOLDER_GROUPS.forEach((g, gi) => {
    for (let r = 0; r < (sizes[gi] ?? 0); r++) {
      const answers: Record<string, ScaleAnswer> = {};
      for (let i = 0; i < 60; i++) {
        const x = rand();
        if (x < 0.05) continue;
        answers[`${g.code}-${i}`] = x < 0.1 ? 'ns' : ((Math.floor(rand() * 4) + 1) as 1 | 2 | 3 | 4);
      }
      if (noise && rand() < 0.02) answers['desconocido'] = 3;
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
  if (noise) {
    for (let i = 0; i < 20; i++) {
      const dup = responses[Math.floor(rand() * responses.length)];
      if (dup) responses.push({ ...dup });
    }
  }
  return { instruments, responses };
}
