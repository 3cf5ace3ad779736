// The diagnosis handle (src/data/docs/diagnosis/): domain verbs that own the origin, the user and
// the clock (DH-1), views that re-read only their own roots (DH-2), writes that validate first and
// throw writing nothing (DH-3, B-1).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import { diagnosisHandle, surveyHandle } from '../../../../../src/data/docs/diagnosis/index.ts';
import { LOCAL_EDIT } from '../../../../../src/data/workspace.ts';
import type { Instrument } from '../../../../../src/domain/diagnosis/model.ts';

const NOW = new Date('2026-04-10T13:30:00.000Z');
const actor = actorOf({ userId: 'u-ana', name: 'Ana Rojas' }, () => NOW);

const INSTRUMENT: Instrument = {
  id: 'diag-docentes',
  group: 'docentes',
  title: 'Cuestionario docentes',
  version: 1,
  items: [
    { id: 'i1', kind: 'scale', subdimension: 'GP-1', text: 'Se planifica en equipo.' },
    { id: 'o1', kind: 'open', text: '¿Qué mejorar primero?' },
  ],
};

function open() {
  const doc = new Y.Doc();
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  return { doc, handle: diagnosisHandle(doc, actor), origins };
}

/** How many times a view told its subscribers it changed. */
function count(view: { subscribe(l: () => void): () => void }): { n: number } {
  const c = { n: 0 };
  view.subscribe(() => c.n++);
  return c;
}

describe('DH-1 diagnosis verbs: one LOCAL_EDIT transaction each, stamped by the actor', () => {
  it('a kiosk response is started, answered and completed with the clock of the actor', () => {
    const { handle, origins } = open();
    handle.survey.saveInstrument(INSTRUMENT);
    const start = { id: 'r1', instrumentId: INSTRUMENT.id, instrumentVersion: 1, group: 'docentes' } as const;
    handle.survey.startResponse({ ...start, mode: 'kiosk' });
    handle.survey.answerScale('r1', 'i1', 3);
    handle.survey.answerOpen('r1', 'o1', 'Más tiempo de planificación');
    handle.survey.completeResponse('r1');
    const [r] = handle.survey.view.get().responses;
    const stamped = { startedAt: NOW.toISOString(), completedAt: NOW.toISOString() };
    expect(r).toMatchObject({ id: 'r1', ...stamped, answers: { i1: 3 } });
    expect(r!.openAnswers).toEqual({ o1: 'Más tiempo de planificación' });
    expect(origins).toEqual([LOCAL_EDIT, LOCAL_EDIT, LOCAL_EDIT, LOCAL_EDIT, LOCAL_EDIT]);
  });

  it('problems and scores are stamped now; a blank problem or sello is not written', () => {
    const { handle, origins } = open();
    handle.priorities.addProblem('  ');
    handle.pei.addSello(' ');
    expect(origins).toEqual([]);
    handle.priorities.addProblem('Baja asistencia');
    const [p] = handle.priorities.view.get().problems;
    handle.priorities.addScore(p!.id, 4, 5);
    const [stored] = handle.priorities.view.get().problems;
    expect(stored).toMatchObject({ text: 'Baja asistencia', createdAt: NOW.toISOString() });
    expect(stored!.scoreEntries.map((e) => e.score)).toEqual([{ a: 4, b: 5, at: NOW.toISOString() }]);
    handle.priorities.removeScore(p!.id, stored!.scoreEntries[0]!.id);
    expect(handle.priorities.view.get().problems[0]!.scores).toEqual([]);
  });

  it('the evaluation document gets the same survey verbs through its own handle', () => {
    const doc = new Y.Doc();
    const survey = surveyHandle(doc, actor);
    survey.setPopulation('apoderados', 120);
    expect(survey.view.get().population).toEqual({ apoderados: 120 });
  });
});

describe('DH-2 diagnosis views re-read only the roots an edit touched', () => {
  it('typing conclusions does not wake the survey, prioritisation, PEI or results views', () => {
    const { handle } = open();
    const conclusions = count(handle.review.conclusions);
    const { survey, priorities, pei, results, review } = handle;
    const others = [survey.view, priorities.view, pei.view, results.view, review.overrides].map(count);
    const before = handle.survey.view.get();
    handle.review.setConclusions('Se observa');
    handle.review.setConclusions('Se observa un equipo comprometido');
    expect(conclusions.n).toBe(2);
    expect(handle.review.conclusions.get()).toBe('Se observa un equipo comprometido');
    expect(others.map((c) => c.n)).toEqual([0, 0, 0, 0, 0]);
    expect(handle.survey.view.get()).toBe(before);
  });

  it('a result row wakes the results view only, and its new value is read back', () => {
    const { handle } = open();
    const results = count(handle.results.view);
    const survey = count(handle.survey.view);
    handle.results.putIdps([{ year: 2025, grade: '4b', indicator: 'AM', score: 74 }]);
    expect(results.n).toBe(1);
    expect(survey.n).toBe(0);
    expect(handle.results.view.get().idps.map((i) => i.row.score)).toEqual([74]);
  });
});

describe('DH-3 diagnosis writes validate first and throw writing nothing', () => {
  it('B-1: a population out of bounds, a plan year out of range and an invalid result row are refused', () => {
    const { handle } = open();
    expect(() => handle.survey.setPopulation('docentes', 5001)).toThrow();
    const plan = handle.pei.view.get().plans[0]!;
    expect(() => handle.pei.setPlan({ ...plan, present: true, year: 1980 })).toThrow();
    expect(() => handle.results.putSimce([{ year: 2025 } as never])).toThrow();
    expect(() => handle.review.setFindingOverride('GP-1' as never, { kind: 'otra' as never, note: '' })).toThrow();
    expect(handle.survey.view.get().population).toEqual({});
    expect(handle.pei.view.get().plans[0]).toEqual(plan);
    expect(handle.results.view.get().simce).toEqual([]);
    expect(handle.review.overrides.get()).toEqual({});
  });

  it('the plan year bound uses the actor clock (current year + 10)', () => {
    const { handle } = open();
    const plan = handle.pei.view.get().plans[0]!;
    handle.pei.setPlan({ ...plan, present: true, year: 2036 });
    expect(handle.pei.view.get().plans[0]!.year).toBe(2036);
    expect(() => handle.pei.setPlan({ ...plan, present: true, year: 2037 })).toThrow();
  });
});

describe('DH-4 the diagnosis screens speak the domain', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  it('no file in src/features/diagnosis imports yjs or LOCAL_EDIT', () => {
    const offenders = files('src/features/diagnosis')
      .filter((f) => /\.tsx?$/.test(f))
      .filter((f) => /from 'yjs'|LOCAL_EDIT|Y\.Doc\b/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
