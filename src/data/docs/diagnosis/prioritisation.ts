// The prioritisation session of a school's diagnosis, in its diagnosis document:
// - `priorities.meta`: the method (importancia × urgencia, or impacto × factibilidad);
// - `priorities.problems`: problem id → Y.Map { text, createdAt, selected, scores: Y.Map scoreId → score }.
// Problems and scores are entries keyed by id, so several people adding them offline all merge.
import * as Y from 'yjs';
import {
  problemScoreSchema,
  prioritisationMethodSchema,
  type PrioritisationMethod,
  type Problem,
  type ProblemScore,
} from '../../../domain/diagnosis/prioritisation.ts';
import { LOCAL_EDIT } from '../../workspace.ts';
import { DocHandle } from '../handle.ts';
import { rootsView, type View } from '../view.ts';
import { newId } from '../../ids.ts';

const metaOf = (doc: Y.Doc) => doc.getMap<unknown>('priorities.meta');
const problemsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('priorities.problems');

export interface StoredScore {
  id: string;
  score: ProblemScore;
}

export interface StoredProblem extends Problem {
  selected: boolean;
  createdAt: string;
  /** The scores with their ids (to undo one), oldest first. */
  scoreEntries: StoredScore[];
}

export interface PrioritisationRead {
  method: PrioritisationMethod;
  problems: StoredProblem[];
  invalid: string[];
}

export function readPrioritisation(doc: Y.Doc): PrioritisationRead {
  const method = prioritisationMethodSchema.safeParse(metaOf(doc).get('method'));
  const problems: StoredProblem[] = [];
  const invalid: string[] = [];
  for (const [id, entry] of problemsOf(doc).entries()) {
    const text = entry.get('text');
    const scoresMap = entry.get('scores');
    if (typeof text !== 'string' || text.trim() === '' || !(scoresMap instanceof Y.Map)) {
      invalid.push(id);
      continue;
    }
    const scoreEntries: StoredScore[] = [];
    for (const [scoreId, value] of (scoresMap as Y.Map<unknown>).entries()) {
      const s = problemScoreSchema.safeParse(value);
      if (s.success) scoreEntries.push({ id: scoreId, score: s.data });
    }
    scoreEntries.sort(
      (x, y) => (x.score.at ?? '').localeCompare(y.score.at ?? '') || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
    const scores = scoreEntries.map((e) => e.score);
    const selected = entry.get('selected') === true;
    problems.push({ id, text, scores, scoreEntries, selected, createdAt: String(entry.get('createdAt') ?? '') });
  }
  return { method: method.success ? method.data : 'importancia-urgencia', problems, invalid: invalid };
}

export function setMethod(doc: Y.Doc, method: PrioritisationMethod, origin: unknown): void {
  doc.transact(() => metaOf(doc).set('method', method), origin);
}

export function addProblem(doc: Y.Doc, id: string, text: string, createdAt: string, origin: unknown): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('text', text.trim());
    entry.set('createdAt', createdAt);
    entry.set('selected', false);
    entry.set('scores', new Y.Map<unknown>());
    problemsOf(doc).set(id, entry);
  }, origin);
}

export function addScore(doc: Y.Doc, problemId: string, scoreId: string, score: ProblemScore, origin: unknown): void {
  const entry = problemsOf(doc).get(problemId);
  if (!entry) throw new Error(`no problem ${problemId}`);
  doc.transact(() => (entry.get('scores') as Y.Map<unknown>).set(scoreId, problemScoreSchema.parse(score)), origin);
}

/** Undoes one vote: that participant's score leaves the means. */
export function removeScore(doc: Y.Doc, problemId: string, scoreId: string, origin: unknown): void {
  const scores = problemsOf(doc).get(problemId)?.get('scores');
  if (scores instanceof Y.Map) doc.transact(() => scores.delete(scoreId), origin);
}

export function setSelected(doc: Y.Doc, problemId: string, selected: boolean, origin: unknown): void {
  const entry = problemsOf(doc).get(problemId);
  if (entry) doc.transact(() => entry.set('selected', selected), origin);
}

export function removeProblem(doc: Y.Doc, problemId: string, origin: unknown): void {
  doc.transact(() => problemsOf(doc).delete(problemId), origin);
}

/** The prioritisation session: the method, the problems and each participant's scores. */
export class PrioritisationHandle extends DocHandle {
  readonly view: View<PrioritisationRead> = rootsView([metaOf(this.doc), problemsOf(this.doc)], () =>
    readPrioritisation(this.doc),
  );

  setMethod(method: PrioritisationMethod): void {
    this.edit(() => setMethod(this.doc, method, LOCAL_EDIT));
  }

  /** A blank problem is not added. */
  addProblem(text: string): void {
    if (text.trim() === '') return;
    this.edit(() => addProblem(this.doc, newId(), text, this.stamp(), LOCAL_EDIT));
  }

  /** One participant's scores on the method's two criteria (1–5 each), stamped now. */
  addScore(problemId: string, a: number, b: number): void {
    const score = { a, b, at: this.stamp() };
    this.edit(() => addScore(this.doc, problemId, newId(), score, LOCAL_EDIT));
  }

  removeScore(problemId: string, scoreId: string): void {
    this.edit(() => removeScore(this.doc, problemId, scoreId, LOCAL_EDIT));
  }

  setSelected(problemId: string, selected: boolean): void {
    this.edit(() => setSelected(this.doc, problemId, selected, LOCAL_EDIT));
  }

  removeProblem(problemId: string): void {
    this.edit(() => removeProblem(this.doc, problemId, LOCAL_EDIT));
  }
}
