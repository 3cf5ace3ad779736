// pme.open.ms: median time (5 runs) to open the full plan of bench/pmeData.ts (12 objectives, 20
// metas, 24 estrategias, 40 acciones) from IndexedDB (y-indexeddb on fake-indexeddb, in Node) and
// read it into the editor's view (readPme: every entry parsed with the domain's schemas).
// The plan is written entry by entry with the app's own writers, as people would build it, so the
// stored document has the history of many small transactions rather than one compact update.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createEntry, updateEntry } from '../src/data/docs/pme/entries.ts';
import { readPme } from '../src/data/docs/pme/read.ts';
import { setAnnualSettings } from '../src/data/docs/pme/annual.ts';
import { setCycleStartYear, setVision } from '../src/data/docs/pme/strategic.ts';
import { buildFullPlan } from './pmeData.ts';
import type { BenchResult } from './types.ts';

const RUNS = 5;

async function storePlan(name: string): Promise<number> {
  const plan = buildFullPlan();
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  setCycleStartYear(doc, plan.cycle.startYear, 'bench');
  setVision(doc, plan.vision, 'bench');
  for (const a of plan.annual) setAnnualSettings(doc, a, 'bench');
  let order = 0;
  for (const o of plan.objectives) createEntry(doc, 'objective', o.id, o, 'bench', order++);
  for (const g of plan.goals) createEntry(doc, 'goal', g.id, g, 'bench', order++);
  for (const s of plan.strategies) createEntry(doc, 'strategy', s.id, s, 'bench', order++);
  for (const a of plan.actions) {
    const { financiamiento, ...rest } = a;
    createEntry(doc, 'action', a.id, rest, 'bench', order++);
    // Amounts and the responsable typed later, one change each, as in the editor.
    for (const [source, amount] of Object.entries(financiamiento))
      if (amount > 0) updateEntry(doc, 'action', a.id, { financiamiento: { [source]: amount } }, 'bench');
  }
  await new Promise((r) => setTimeout(r, 50));
  await persistence.destroy();
  return plan.actions.length;
}

export async function benchPmeOpen(): Promise<BenchResult[]> {
  const name = `bench-pme-${Date.now()}`;
  const expected = await storePlan(name);
  const samples: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(name, doc);
    await persistence.whenSynced;
    const view = readPme(doc, '7423', 2026);
    const ms = performance.now() - start;
    if (view.plan.actions.length !== expected)
      throw new Error(`expected ${expected} actions, read ${view.plan.actions.length}`);
    await persistence.destroy();
    if (run > 0) samples.push(ms); // run 0 warms up
  }
  samples.sort((a, b) => a - b);
  return [{ id: 'pme.open.ms', value: Math.round(samples[Math.floor(samples.length / 2)]! * 100) / 100, unit: 'ms' }];
}
