// The team's review of the diagnosis, in the school's diagnosis document: per-subdimension
// overrides of the proposed findings (`findings.overrides`: code → { kind, note }) and the
// advisor's conclusions (`conclusions`, a Y.Text merged by character).
import type * as Y from 'yjs';
import { subdimensionCodeSchema, type SubdimensionCode } from '../../../domain/mge/modelo.ts';
import { findingOverrideSchema, type FindingOverride } from '../../../domain/diagnosis/findingOverrides.ts';
import { applyTextChange } from '../../textDiff.ts';
import { LOCAL_EDIT } from '../../workspace.ts';
import { DocHandle } from '../handle.ts';
import { rootsView, type View } from '../view.ts';

export type FindingOverrides = Partial<Record<SubdimensionCode, FindingOverride>>;

const overridesOf = (doc: Y.Doc) => doc.getMap<unknown>('findings.overrides');
const conclusionsOf = (doc: Y.Doc) => doc.getText('conclusions');

export function readFindingOverrides(doc: Y.Doc): FindingOverrides {
  const out: FindingOverrides = {};
  for (const [code, value] of overridesOf(doc).entries()) {
    const c = subdimensionCodeSchema.safeParse(code);
    const v = findingOverrideSchema.safeParse(value);
    if (c.success && v.success) out[c.data] = v.data;
  }
  return out;
}

/** Throws (writing nothing) on an invalid override; null goes back to the proposal. */
export function setFindingOverride(
  doc: Y.Doc,
  code: SubdimensionCode,
  override: FindingOverride | null,
  origin: unknown,
): void {
  const valid = override === null ? null : findingOverrideSchema.parse(override);
  doc.transact(() => (valid === null ? overridesOf(doc).delete(code) : overridesOf(doc).set(code, valid)), origin);
}

export function readConclusions(doc: Y.Doc): string {
  return conclusionsOf(doc).toString();
}

export function setConclusions(doc: Y.Doc, text: string, origin: unknown): void {
  doc.transact(() => applyTextChange(conclusionsOf(doc), text), origin);
}

/** The team's review: the findings it overrides and the advisor's conclusions, each its own view. */
export class ReviewHandle extends DocHandle {
  readonly overrides: View<FindingOverrides> = rootsView([overridesOf(this.doc)], () => readFindingOverrides(this.doc));
  readonly conclusions: View<string> = rootsView([conclusionsOf(this.doc)], () => readConclusions(this.doc));

  setFindingOverride(code: SubdimensionCode, override: FindingOverride | null): void {
    this.edit(() => setFindingOverride(this.doc, code, override, LOCAL_EDIT));
  }

  setConclusions(text: string): void {
    this.edit(() => setConclusions(this.doc, text, LOCAL_EDIT));
  }
}
