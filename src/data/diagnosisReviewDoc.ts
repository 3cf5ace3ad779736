// The team's review of the diagnosis, in the school's diagnosis document: per-subdimension
// overrides of the proposed findings (`findings.overrides`: code → { kind, note }) and the
// advisor's conclusions (`conclusions`, a Y.Text merged by character).
import type * as Y from 'yjs';
import { subdimensionCodeSchema, type SubdimensionCode } from '../domain/mge/modelo.ts';
import { findingOverrideSchema, type FindingOverride } from '../domain/diagnosis/findingOverrides.ts';
import { applyTextChange } from './textDiff.ts';

const overridesOf = (doc: Y.Doc) => doc.getMap<unknown>('findings.overrides');
const conclusionsOf = (doc: Y.Doc) => doc.getText('conclusions');

export function readFindingOverrides(doc: Y.Doc): Partial<Record<SubdimensionCode, FindingOverride>> {
  const out: Partial<Record<SubdimensionCode, FindingOverride>> = {};
  for (const [code, value] of overridesOf(doc).entries()) {
    const c = subdimensionCodeSchema.safeParse(code);
    const v = findingOverrideSchema.safeParse(value);
    if (c.success && v.success) out[c.data] = v.data;
  }
  return out;
}

export function setFindingOverride(doc: Y.Doc, code: SubdimensionCode, override: FindingOverride | null, origin: unknown): void {
  doc.transact(() => (override === null ? overridesOf(doc).delete(code) : overridesOf(doc).set(code, findingOverrideSchema.parse(override))), origin);
}

export function readConclusions(doc: Y.Doc): string {
  return conclusionsOf(doc).toString();
}

export function setConclusions(doc: Y.Doc, text: string, origin: unknown): void {
  doc.transact(() => applyTextChange(conclusionsOf(doc), text), origin);
}
