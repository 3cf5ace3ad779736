// Binds a school's diagnosis to its Yjs document (`school:<rbd>:diagnosis`).
// - instruments: Y.Map `<instrumentId>@<version>` → the version as plain JSON (frozen once answered);
// - responses: Y.Map responseId → Y.Map of the response's fields, with `answers` and `openAnswers`
//   as nested Y.Maps so each answer is saved as it is given. Every response is its own entry,
//   written by the one device that collected it: replicas merging never reorder or duplicate them;
// - population: Y.Map group → number of people in that group (for response rates).
// Everything read back is validated; an invalid entry is skipped and reported, never deleted.
// The same roots serve the evaluation's satisfaction survey (`school:<rbd>:evaluation`): `SurveyHandle`
// is the survey engine's handle on either document.
import * as Y from 'yjs';
import { peopleCountSchema } from '../../../domain/bounds.ts';
import {
  instrumentKey,
  instrumentSchema,
  responseSchema,
  stakeholderGroupSchema,
  type Instrument,
  type Response,
  type ScaleAnswer,
  type StakeholderGroup,
} from '../../../domain/diagnosis/model.ts';
import { LOCAL_EDIT } from '../../workspace.ts';
import { DocHandle } from '../handle.ts';
import { rootsView, type View } from '../view.ts';

export const instrumentsOf = (doc: Y.Doc) => doc.getMap<unknown>('instruments');
export const responsesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('responses');
export const populationOf = (doc: Y.Doc) => doc.getMap<number>('population');

export interface Read<T> {
  items: T[];
  problems: string[];
}

export function readInstruments(doc: Y.Doc): Read<Instrument> {
  const items: Instrument[] = [];
  const problems: string[] = [];
  for (const [key, value] of instrumentsOf(doc).entries()) {
    const parsed = instrumentSchema.safeParse(value);
    if (parsed.success && instrumentKey(parsed.data.id, parsed.data.version) === key) items.push(parsed.data);
    else problems.push(`instrument ${key} is invalid`);
  }
  return { items, problems };
}

export function saveInstrument(doc: Y.Doc, instrument: Instrument, origin: unknown): void {
  doc.transact(() => instrumentsOf(doc).set(instrumentKey(instrument.id, instrument.version), instrument), origin);
}

export interface NewResponse {
  id: string;
  instrumentId: string;
  instrumentVersion: number;
  group: StakeholderGroup;
  mode: Response['mode'];
  startedAt: string;
}

export function startResponse(doc: Y.Doc, r: NewResponse, origin: unknown): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(r)) entry.set(k, v);
    entry.set('completedAt', null);
    entry.set('answers', new Y.Map<ScaleAnswer>());
    entry.set('openAnswers', new Y.Map<string>());
    responsesOf(doc).set(r.id, entry);
  }, origin);
}

function entryOf(doc: Y.Doc, responseId: string): Y.Map<unknown> {
  const entry = responsesOf(doc).get(responseId);
  if (!entry) throw new Error(`no response ${responseId}`);
  return entry;
}

export function answerScale(
  doc: Y.Doc,
  responseId: string,
  itemId: string,
  answer: ScaleAnswer | null,
  origin: unknown,
): void {
  doc.transact(() => {
    const answers = entryOf(doc, responseId).get('answers') as Y.Map<ScaleAnswer>;
    if (answer === null) answers.delete(itemId);
    else answers.set(itemId, answer);
  }, origin);
}

export function answerOpen(doc: Y.Doc, responseId: string, itemId: string, text: string, origin: unknown): void {
  doc.transact(() => {
    const open = entryOf(doc, responseId).get('openAnswers') as Y.Map<string>;
    if (text.trim() === '') open.delete(itemId);
    else open.set(itemId, text);
  }, origin);
}

export function completeResponse(doc: Y.Doc, responseId: string, at: string, origin: unknown): void {
  doc.transact(() => entryOf(doc, responseId).set('completedAt', at), origin);
}

export function readResponses(doc: Y.Doc): Read<Response> {
  const items: Response[] = [];
  const problems: string[] = [];
  for (const [id, entry] of responsesOf(doc).entries()) {
    const raw = entry instanceof Y.Map ? entry.toJSON() : entry;
    const parsed = responseSchema.safeParse({ ...(raw as object), id });
    if (parsed.success) items.push(parsed.data);
    else problems.push(`response ${id} is invalid`);
  }
  return { items, problems };
}

export function readPopulation(doc: Y.Doc): Partial<Record<StakeholderGroup, number>> {
  const out: Partial<Record<StakeholderGroup, number>> = {};
  for (const [group, n] of populationOf(doc).entries()) {
    const g = stakeholderGroupSchema.safeParse(group);
    if (g.success && Number.isInteger(n) && n >= 0) out[g.data] = n;
  }
  return out;
}

/** Throws on a count out of bounds (B-1: an integer 0–5.000), writing nothing. */
export function setPopulation(doc: Y.Doc, group: StakeholderGroup, n: number | null, origin: unknown): void {
  if (n !== null) peopleCountSchema.parse(n);
  doc.transact(() => (n === null ? populationOf(doc).delete(group) : populationOf(doc).set(group, n)), origin);
}

export type Population = Partial<Record<StakeholderGroup, number>>;

/** What the survey screens show: the valid instruments and responses and the population per group. */
export interface SurveyData {
  instruments: Instrument[];
  responses: Response[];
  population: Population;
}

function readSurvey(doc: Y.Doc): SurveyData {
  const instruments = readInstruments(doc);
  const responses = readResponses(doc);
  const problems = [...instruments.problems, ...responses.problems];
  if (problems.length > 0) console.error(`Survey document: ${problems.join('; ')}`);
  return { instruments: instruments.items, responses: responses.items, population: readPopulation(doc) };
}

/** A response being started: its id is the caller's (a paper row keeps its id), its start is the actor's clock. */
export type ResponseStart = Omit<NewResponse, 'startedAt'>;

/** The survey engine's handle: instruments, responses (kiosk and paper) and the population per group. */
export class SurveyHandle extends DocHandle {
  readonly view: View<SurveyData> = rootsView(
    [instrumentsOf(this.doc), responsesOf(this.doc), populationOf(this.doc)],
    () => readSurvey(this.doc),
  );

  saveInstrument(instrument: Instrument): void {
    this.edit(() => saveInstrument(this.doc, instrument, LOCAL_EDIT));
  }

  startResponse(start: ResponseStart): void {
    this.edit(() => startResponse(this.doc, { ...start, startedAt: this.stamp() }, LOCAL_EDIT));
  }

  answerScale(responseId: string, itemId: string, answer: ScaleAnswer | null): void {
    this.edit(() => answerScale(this.doc, responseId, itemId, answer, LOCAL_EDIT));
  }

  /** A blank text removes the answer. */
  answerOpen(responseId: string, itemId: string, text: string): void {
    this.edit(() => answerOpen(this.doc, responseId, itemId, text, LOCAL_EDIT));
  }

  completeResponse(responseId: string): void {
    this.edit(() => completeResponse(this.doc, responseId, this.stamp(), LOCAL_EDIT));
  }

  /** Throws (writing nothing) on a count out of bounds (B-1); null clears it. */
  setPopulation(group: StakeholderGroup, n: number | null): void {
    this.edit(() => setPopulation(this.doc, group, n, LOCAL_EDIT));
  }
}

export const surveyHandle = (doc: Y.Doc, actor: ConstructorParameters<typeof SurveyHandle>[1]) =>
  new SurveyHandle(doc, actor);
