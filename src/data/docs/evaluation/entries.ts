// Decisions, the evaluación proyectiva, the sistematización and close, and the satisfaction survey:
// each read from its root with the domain's schema and written after that same schema's check.
import * as Y from 'yjs';
import type { z } from 'zod';
import { decisionSchema, type Decision } from '../../../domain/evaluation/decisions.ts';
import { projectiveItemSchema, type ProjectiveItem } from '../../../domain/evaluation/projective.ts';
import { satisfactionResponseSchema, type SatisfactionResponse } from '../../../domain/evaluation/satisfaction.ts';
import { applyTextChange } from '../../textDiff.ts';
import { closeOf, decisionsOf, projectiveOf, satisfactionOf } from './roots.ts';

export type CloseTextField = 'lecciones' | 'buenasPracticas' | 'recomendaciones';

export interface CloseView {
  lecciones: string;
  buenasPracticas: string;
  recomendaciones: string;
  closedAt: string | null;
  closedBy: string | null;
}

export interface Parsed<T> {
  items: T[];
  /** `<kind>:<id>` of the entries the schema refused. */
  invalid: string[];
}

function parseEntries<T>(map: Y.Map<unknown>, schema: z.ZodType<T>, kind: string): Parsed<T> {
  const items: T[] = [];
  const invalid: string[] = [];
  for (const [id, v] of map.entries()) {
    const parsed = schema.safeParse({ ...(v as object), id });
    if (parsed.success) items.push(parsed.data);
    else invalid.push(`${kind}:${id}`);
  }
  return { items, invalid };
}

export function readDecisions(doc: Y.Doc): Parsed<Decision> {
  const read = parseEntries(decisionsOf(doc), decisionSchema, 'decision');
  const order = (a: Decision, b: Decision) =>
    a.decidedAt !== b.decidedAt ? (a.decidedAt < b.decidedAt ? -1 : 1) : a.id < b.id ? -1 : 1;
  return { items: read.items.sort(order), invalid: read.invalid };
}

export const readProjective = (doc: Y.Doc): Parsed<ProjectiveItem> =>
  parseEntries(projectiveOf(doc), projectiveItemSchema, 'projective');

export const readSatisfaction = (doc: Y.Doc): Parsed<SatisfactionResponse> =>
  parseEntries(satisfactionOf(doc), satisfactionResponseSchema, 'satisfaction');

export function readClose(doc: Y.Doc): CloseView {
  const c = closeOf(doc);
  const text = (k: CloseTextField) => (c.get(k) instanceof Y.Text ? (c.get(k) as Y.Text).toString() : '');
  const string = (k: string) => (typeof c.get(k) === 'string' ? (c.get(k) as string) : null);
  return {
    lecciones: text('lecciones'),
    buenasPracticas: text('buenasPracticas'),
    recomendaciones: text('recomendaciones'),
    closedAt: string('closedAt'),
    closedBy: string('closedBy'),
  };
}

export function addDecision(doc: Y.Doc, decision: Decision, origin: unknown): void {
  const { id, ...rest } = decisionSchema.parse(decision);
  if (decisionsOf(doc).has(id)) throw new Error(`evaluation: decision ${id} exists`);
  doc.transact(() => decisionsOf(doc).set(id, rest), origin);
}

export function putProjectiveItem(doc: Y.Doc, item: ProjectiveItem, origin: unknown): void {
  const { id, ...rest } = projectiveItemSchema.parse(item);
  doc.transact(() => projectiveOf(doc).set(id, rest), origin);
}

export function removeProjectiveItem(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => projectiveOf(doc).delete(id), origin);
}

/** Thrown by writes to the sistematización once the asesoría is closed (CL-4). */
export class AsesoriaClosedError extends Error {
  readonly code = 'asesoria-closed';
  constructor() {
    super('evaluation: the asesoría is closed; its sistematización cannot be edited');
    this.name = 'AsesoriaClosedError';
  }
}

const isClosedDoc = (doc: Y.Doc) => typeof closeOf(doc).get('closedAt') === 'string';

/** Refused (AsesoriaClosedError) once the asesoría is closed. */
export function setCloseText(doc: Y.Doc, field: CloseTextField, value: string, origin: unknown): void {
  if (isClosedDoc(doc)) throw new AsesoriaClosedError();
  doc.transact(() => {
    const c = closeOf(doc);
    let t = c.get(field);
    if (!(t instanceof Y.Text)) {
      t = new Y.Text();
      c.set(field, t);
    }
    applyTextChange(t as Y.Text, value);
  }, origin);
}

/** Closes the asesoría once (CL-4): a second close is refused, the first date and name stay. */
export function markClosed(doc: Y.Doc, closedAt: string, closedBy: string, origin: unknown): void {
  if (isClosedDoc(doc)) throw new AsesoriaClosedError();
  doc.transact(() => {
    closeOf(doc).set('closedAt', closedAt);
    closeOf(doc).set('closedBy', closedBy);
  }, origin);
}

export function addSatisfactionResponse(doc: Y.Doc, response: SatisfactionResponse, origin: unknown): void {
  const { id, ...rest } = satisfactionResponseSchema.parse(response);
  if (satisfactionOf(doc).has(id)) throw new Error(`evaluation: satisfaction response ${id} exists`);
  doc.transact(() => satisfactionOf(doc).set(id, rest), origin);
}
