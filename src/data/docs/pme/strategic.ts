// The plan-wide fields of the fase estratégica: the cycle's first year, the visión and the sellos.
import type * as Y from 'yjs';
import { z } from 'zod';
import { applyTextChange } from '../../textDiff.ts';
import { appendOrderedText, readOrderedTexts, type OrderedText } from '../orderedTexts.ts';
import { metaOf, sellosOf, visionOf } from './layout.ts';

export interface StrategicRead {
  /** The stored first year of the cycle, or null when none was set (the caller's default applies). */
  startYear: number | null;
  vision: string;
  sellos: OrderedText[];
}

const startYearSchema = z.number().int().min(2000).max(2100);

export function readStrategic(doc: Y.Doc): StrategicRead {
  const start = startYearSchema.safeParse(metaOf(doc).get('cycleStartYear'));
  const sellos = readOrderedTexts(sellosOf(doc));
  return { startYear: start.success ? start.data : null, vision: visionOf(doc).toString(), sellos };
}

export function setCycleStartYear(doc: Y.Doc, year: number, origin: unknown): void {
  doc.transact(() => metaOf(doc).set('cycleStartYear', year), origin);
}

export function setVision(doc: Y.Doc, value: string, origin: unknown): void {
  doc.transact(() => applyTextChange(visionOf(doc), value), origin);
}

export function addSello(doc: Y.Doc, id: string, text: string, origin: unknown): void {
  doc.transact(() => appendOrderedText(sellosOf(doc), id, text), origin);
}

export function removeSello(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => sellosOf(doc).delete(id), origin);
}
