// PEI–planes articulation in the school's diagnosis document:
// - `pei.<field>` Y.Texts (visión, misión, perfil de egreso), merged by character;
// - `pei.sellos`: sello id → { text, order };
// - `planes`: plan code → { present, year, objectives } (one entry per plan, last writer wins);
// - `articulacion`: `<selloId>|<plan>` → level 0–3.
import * as Y from 'yjs';
import { yearError } from '../../../domain/bounds.ts';
import {
  articulationLevelSchema,
  NORMATIVE_PLANS,
  planRecordSchema,
  type ArticulationLevel,
  type ArticulationMatrix,
  type Pei,
  type PlanRecord,
} from '../../../domain/diagnosis/peiPlanes.ts';
import { applyTextChange } from '../../textDiff.ts';
import { appendOrderedText, readOrderedTexts } from '../orderedTexts.ts';
import { LOCAL_EDIT } from '../../workspace.ts';
import { DocHandle } from '../handle.ts';
import { rootsView, type View } from '../view.ts';
import { newId } from '../../ids.ts';

export type PeiTextField = 'vision' | 'mision' | 'perfilEgreso';
const TEXT_FIELDS: readonly PeiTextField[] = ['vision', 'mision', 'perfilEgreso'];

const textOf = (doc: Y.Doc, f: PeiTextField) => doc.getText(`pei.${f}`);
const sellosOf = (doc: Y.Doc) => doc.getMap<unknown>('pei.sellos');
const plansOf = (doc: Y.Doc) => doc.getMap<unknown>('planes');
const matrixOf = (doc: Y.Doc) => doc.getMap<unknown>('articulacion');

export interface PeiPlanesData {
  pei: Pei;
  plans: PlanRecord[];
  matrix: ArticulationMatrix;
}

export function readPeiPlanes(doc: Y.Doc): PeiPlanesData {
  const sellos = readOrderedTexts(sellosOf(doc));
  const plans = NORMATIVE_PLANS.map((p) => {
    const parsed = planRecordSchema.safeParse({ ...(plansOf(doc).get(p.code) as object | undefined), code: p.code });
    return parsed.success ? parsed.data : { code: p.code, present: false, year: null, objectives: '' };
  });
  const matrix: ArticulationMatrix = {};
  for (const [key, v] of matrixOf(doc).entries()) {
    const level = articulationLevelSchema.safeParse(v);
    if (level.success) matrix[key] = level.data;
  }
  return {
    pei: {
      vision: textOf(doc, 'vision').toString(),
      mision: textOf(doc, 'mision').toString(),
      perfilEgreso: textOf(doc, 'perfilEgreso').toString(),
      sellos,
    },
    plans,
    matrix,
  };
}

export function setPeiText(doc: Y.Doc, field: PeiTextField, value: string, origin: unknown): void {
  doc.transact(() => applyTextChange(textOf(doc, field), value), origin);
}

export function addSello(doc: Y.Doc, id: string, text: string, origin: unknown): void {
  doc.transact(() => appendOrderedText(sellosOf(doc), id, text), origin);
}

export function removeSello(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => sellosOf(doc).delete(id), origin);
}

/** Throws, writing nothing, on a plan year outside 1990 … current year + 10 (B-1). */
export function setPlan(doc: Y.Doc, plan: PlanRecord, origin: unknown, currentYear = new Date().getFullYear()): void {
  const { code, ...rest } = planRecordSchema.parse(plan);
  const yearProblem = yearError(rest.year, currentYear);
  if (yearProblem) throw new RangeError(`pei: plan ${code} year ${rest.year} is out of bounds`);
  doc.transact(() => plansOf(doc).set(code, rest), origin);
}

export function setArticulation(doc: Y.Doc, key: string, level: ArticulationLevel | null, origin: unknown): void {
  doc.transact(() => (level === null ? matrixOf(doc).delete(key) : matrixOf(doc).set(key, level)), origin);
}

/** The PEI's identity, the normative plans and the articulation matrix, read together (one screen shows them). */
export class PeiPlanesHandle extends DocHandle {
  readonly view: View<PeiPlanesData> = rootsView(
    [...TEXT_FIELDS.map((f) => textOf(this.doc, f)), sellosOf(this.doc), plansOf(this.doc), matrixOf(this.doc)],
    () => readPeiPlanes(this.doc),
  );

  setText(field: PeiTextField, value: string): void {
    this.edit(() => setPeiText(this.doc, field, value, LOCAL_EDIT));
  }

  /** A blank sello is not added. */
  addSello(text: string): void {
    if (text.trim() === '') return;
    this.edit(() => addSello(this.doc, newId(), text, LOCAL_EDIT));
  }

  removeSello(id: string): void {
    this.edit(() => removeSello(this.doc, id, LOCAL_EDIT));
  }

  /** Throws (writing nothing) on an invalid plan or a year out of bounds (B-1). */
  setPlan(plan: PlanRecord): void {
    const currentYear = this.actor.now().getFullYear();
    this.edit(() => setPlan(this.doc, plan, LOCAL_EDIT, currentYear));
  }

  setArticulation(key: string, level: ArticulationLevel | null): void {
    this.edit(() => setArticulation(this.doc, key, level, LOCAL_EDIT));
  }
}
