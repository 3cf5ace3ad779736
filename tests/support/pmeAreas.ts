// VF-1: a Versión Final needs an objective, with a meta and an estrategia, in every area. Seeds
// that only care about one area fill the other four with this (created with orders from `order`).
import type * as Y from 'yjs';
import { createEntry } from '../../src/data/docs/pme/entries.ts';

export function seedOtherAreas(pme: Y.Doc, year: number, order = 100): void {
  const targets = [0, 1, 2, 3].map((i) => ({ year: year + i, value: 80 }));
  (['LID', 'FC', 'GR', 'RES'] as const).forEach((d, i) => {
    createEntry(
      pme,
      'objective',
      `o-${d}`,
      { dimension: d, text: `Objetivo estratégico del área ${d} para el ciclo`, priorityIds: [] },
      's',
      order + i * 3,
    );
    createEntry(
      pme,
      'goal',
      `g-${d}`,
      {
        objectiveId: `o-${d}`,
        text: `Meta ${d}`,
        indicator: { name: `Indicador ${d}`, unit: '%', min: 0, max: 100 },
        baseline: { value: 50, year: year - 1, source: 'Diagnóstico' },
        targets,
      },
      's',
      order + 1 + i * 3,
    );
    createEntry(pme, 'strategy', `s-${d}`, { objectiveId: `o-${d}`, text: `Estrategia ${d}` }, 's', order + 2 + i * 3);
  });
}
