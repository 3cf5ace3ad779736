// docs.yearSize.ratio (YS-4): a school year of typing written through the document handles of
// src/data/docs/ on plain Y.Docs, the way the forms write it — one transaction per burst (YS-1) —
// then each document compacted (Y.encodeStateAsUpdate) ÷ the same data as JSON (what the handles
// read back). The same year written one transaction per keystroke (the forms before YS-1) is
// measured too, for comparison: docs.yearSize.keystrokeRatio.
import * as Y from 'yjs';
import { actorOf } from '../src/data/docs/actor.ts';
import { diagnosisHandle } from '../src/data/docs/diagnosis/index.ts';
import { readConclusions } from '../src/data/docs/diagnosis/review.ts';
import { readPeiPlanes } from '../src/data/docs/diagnosis/peiPlanes.ts';
import { evaluationHandle } from '../src/data/docs/evaluation/index.ts';
import { readEvaluation } from '../src/data/docs/evaluation/read.ts';
import { monitoringHandle } from '../src/data/docs/monitoring/index.ts';
import { readMonitoring } from '../src/data/docs/monitoring/read.ts';
import { PmeHandle } from '../src/data/docs/pme/index.ts';
import { programmeHandle } from '../src/data/docs/programme/index.ts';
import { readProgramme } from '../src/data/docs/programme/read.ts';
import { profileHandle } from '../src/data/docs/profile/index.ts';
import { readProfile } from '../src/data/docs/profile/fields.ts';
import { buildFullPlan } from './pmeData.ts';
import type { BenchResult } from './types.ts';
import { prose, seeded, typist, type Typist, type TypingMode } from './yearTyping.ts';

const YEAR = 2026;
const CORTES = [
  ['c1', '2026-03-01', '2026-05-15'],
  ['c2', '2026-05-16', '2026-07-31'],
  ['c3', '2026-08-01', '2026-10-15'],
  ['c4', '2026-10-16', '2026-12-20'],
] as const;
const SESSIONS = 40;

export interface Year {
  docs: Record<string, Y.Doc>;
  json: Record<string, unknown>;
  keystrokes: number;
  transactions: number;
}

type Text = (from: string, length: number, write: (v: string) => void) => string;

function writePme(doc: Y.Doc, actor: ReturnType<typeof actorOf>, text: Text): PmeHandle {
  const pme = new PmeHandle(doc, actor, '7423');
  pme.strategic.setCycleStartYear(YEAR);
  text('', 600, pme.strategic.setVision);
  const plan = buildFullPlan();
  const objectiveIds = new Map<string, string>();
  const strategyIds = new Map<string, string>();
  for (const o of plan.objectives) {
    const id = pme.objectives.add(o.dimension, 'Objetivo');
    objectiveIds.set(o.id, id);
    text('Objetivo', 180, (v) => pme.objectives.setText(id, v));
  }
  for (const g of plan.goals) {
    const id = pme.goals.add(objectiveIds.get(g.objectiveId)!, plan.cycle);
    text('', 120, (v) => pme.goals.update(id, { text: v }));
    text('', 40, (v) => pme.goals.update(id, { indicator: { name: v } }));
  }
  for (const s of plan.strategies) {
    const id = pme.strategies.add(objectiveIds.get(s.objectiveId)!);
    strategyIds.set(s.id, id);
    text('', 250, (v) => pme.strategies.setText(id, v));
  }
  const actionIds = plan.actions.map((a) => {
    const id = pme.plan.addAction({
      strategyId: strategyIds.get(a.strategyId)!,
      year: YEAR,
      nombre: 'A',
      dimension: a.dimension,
    });
    text('A', 60, (v) => pme.plan.setActionFields(id, { nombre: v }));
    text('', 600, (v) => pme.plan.setActionFields(id, { descripcion: v }));
    text('', 30, (v) => pme.plan.setActionFields(id, { responsable: v }));
    text('', 200, (v) => pme.plan.setActionFields(id, { recursos: v }));
    const medio = text('', 60, (v) => pme.plan.setActionFields(id, { mediosVerificacion: [v] }));
    text('', 60, (v) => pme.plan.setActionFields(id, { mediosVerificacion: [medio, v] }));
    return id;
  });
  // Mid-year, every acción's descripción gets a sentence more.
  for (const id of actionIds) {
    const now = pme.read().plan.actions.find((a) => a.id === id)!.descripcion;
    text(now, 200, (v) => pme.plan.setActionFields(id, { descripcion: v }));
  }
  return pme;
}

function writeMonitoring(doc: Y.Doc, actor: ReturnType<typeof actorOf>, text: Text, actionIds: string[]): void {
  const mon = monitoringHandle(doc, actor);
  mon.plan.setYear(YEAR, '2026-03-01', '2026-12-20');
  for (const [id, start, end] of CORTES) {
    mon.cycles.save({ id, year: YEAR, name: `Corte ${id}`, start, end });
    for (const actionId of actionIds) {
      mon.records.setLevel(actionId, id, 'parcial');
      for (const [field, length] of [
        ['observaciones', 300],
        ['dificultades', 200],
        ['ajustes', 200],
      ] as const) {
        text('', length, (v) => mon.records.setText(actionId, id, field, v));
      }
    }
  }
}

function writeProgramme(doc: Y.Doc, actor: ReturnType<typeof actorOf>, text: Text): void {
  const programme = programmeHandle(doc, actor);
  for (let i = 0; i < SESSIONS; i++) {
    const month = 3 + Math.floor(i / 5);
    const date = `${YEAR}-${String(month).padStart(2, '0')}-${String(3 + (i % 5) * 5).padStart(2, '0')}`;
    const id = programme.sessions.add({
      date,
      startTime: '09:00',
      endTime: '11:00',
      type: 'taller',
      programmeMonth: month - 2,
    });
    text('', 200, (v) => programme.sessions.setAgenda(id, v));
    text('', 1500, (v) => programme.sessions.setNotes(id, v));
  }
}

export function writeYear(mode: TypingMode): Year {
  let clock = Date.parse(`${YEAR}-03-01T12:00:00.000Z`);
  const actor = actorOf({ userId: 'u-ana', name: 'Ana Rojas' }, () => new Date(clock));
  const random = seeded(2026);
  const keys: Typist = typist(mode, random, () => (clock += 700));
  const text: Text = (from, length, write) => keys.type(from, (from ? ' ' : '') + prose(random, length), write);
  const docs = Object.fromEntries(
    ['profile', 'pme', 'monitoring', 'programme', 'diagnosis', 'evaluation'].map((k) => [k, new Y.Doc()]),
  );
  let transactions = 0;
  for (const doc of Object.values(docs)) doc.on('update', () => transactions++);

  const profile = profileHandle(docs.profile!, actor);
  text('', 600, (v) => profile.update({ notes: v }));
  const pme = writePme(docs.pme!, actor, text);
  writeMonitoring(
    docs.monitoring!,
    actor,
    text,
    pme.read().plan.actions.map((a) => a.id),
  );
  writeProgramme(docs.programme!, actor, text);
  const diagnosis = diagnosisHandle(docs.diagnosis!, actor);
  for (const field of ['vision', 'mision', 'perfilEgreso'] as const)
    text('', 800, (v) => diagnosis.pei.setText(field, v));
  text('', 4000, (v) => diagnosis.review.setConclusions(v));
  const evaluation = evaluationHandle(docs.evaluation!, actor);
  for (const field of ['lecciones', 'buenasPracticas', 'recomendaciones'] as const)
    text('', 2000, (v) => evaluation.setCloseText(field, v));

  const json = {
    profile: readProfile(docs.profile!).profile,
    pme: pme.read(),
    monitoring: readMonitoring(docs.monitoring!),
    programme: readProgramme(docs.programme!),
    diagnosis: { pei: readPeiPlanes(docs.diagnosis!), conclusions: readConclusions(docs.diagnosis!) },
    evaluation: readEvaluation(docs.evaluation!),
  };
  return { docs, json, keystrokes: keys.keystrokes(), transactions };
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function measureYear(mode: TypingMode) {
  const year = writeYear(mode);
  const compacted = Object.values(year.docs).reduce((n, doc) => n + Y.encodeStateAsUpdate(doc).byteLength, 0);
  const json = Object.values(year.json).reduce<number>((n, part) => n + bytes(JSON.stringify(part)), 0);
  const perDoc = Object.fromEntries(
    Object.entries(year.docs).map(([k, d]) => [k, Y.encodeStateAsUpdate(d).byteLength]),
  );
  return {
    compacted,
    json,
    ratio: compacted / json,
    keystrokes: year.keystrokes,
    transactions: year.transactions,
    perDoc,
  };
}

export async function benchDocsYearSize(): Promise<BenchResult[]> {
  const burst = measureYear('burst');
  const keystroke = measureYear('keystroke');
  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  return [
    {
      id: 'docs.yearSize.ratio',
      value: round(burst.ratio),
      unit: `× JSON (${round(burst.compacted / 1024, 0)} KiB of ${round(burst.json / 1024, 0)} KiB)`,
    },
    {
      id: 'docs.yearSize.keystrokesPerTransaction',
      value: round(burst.keystrokes / burst.transactions, 1),
      unit: `keys/tx (${burst.transactions} tx)`,
    },
    {
      id: 'docs.yearSize.keystrokeRatio',
      value: round(keystroke.ratio),
      unit: `× JSON, one tx per keystroke (${keystroke.transactions} tx)`,
    },
  ];
}
