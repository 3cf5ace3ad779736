// Borrador and Versión Final: frozen copies of the plan, plain JSON, never edited or removed.
import type * as Y from 'yjs';
import type { PmePlan } from '../../../domain/pme/model.ts';
import {
  markRefusal,
  pmeVersionSchema,
  type MarkRefusal,
  type PmeVersion,
  type VersionKind,
} from '../../../domain/pme/versions.ts';
import { versionsOf } from './layout.ts';

/** A version refused by `markVersion` (VF-1, VF-2); the screen shows `MARK_REFUSAL_MESSAGES[code]`. */
export class VersionRefusedError extends Error {
  constructor(
    readonly code: MarkRefusal,
    readonly kind: VersionKind,
  ) {
    super(`pme: cannot mark ${kind}: ${code}`);
    this.name = 'VersionRefusedError';
  }
}

const byCreation = (a: PmeVersion, b: PmeVersion): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

export function readVersions(doc: Y.Doc): { versions: PmeVersion[]; invalid: string[] } {
  const versions: PmeVersion[] = [];
  const invalid: string[] = [];
  for (const [id, v] of versionsOf(doc).entries()) {
    const parsed = pmeVersionSchema.safeParse({ ...(v as object), id });
    if (parsed.success) versions.push(parsed.data);
    else invalid.push(`version:${id}`);
  }
  versions.sort(byCreation);
  return { versions, invalid };
}

export interface MarkVersionArgs {
  id: string;
  kind: VersionKind;
  plan: PmePlan;
  createdAt: string;
  createdBy: string;
  note?: string;
}

/**
 * Freezes the working plan as a version. Refused with VersionRefusedError while Versión Final has
 * problems (VF-1), and for a plan identical to the latest version of the same kind (VF-2: a
 * double tap makes one version). Checked against what the document holds at the moment of writing.
 */
export function markVersion(doc: Y.Doc, args: MarkVersionArgs, origin: unknown): void {
  const refusal = markRefusal(args.kind, args.plan, readVersions(doc).versions);
  if (refusal) throw new VersionRefusedError(refusal, args.kind);
  const version = pmeVersionSchema.parse({ ...args, note: args.note ?? '' });
  // JSON round trip: the stored version is plain data, detached from the live plan.
  const { id, ...stored } = JSON.parse(JSON.stringify(version)) as PmeVersion;
  if (versionsOf(doc).has(id)) throw new Error(`pme: version ${id} exists`);
  doc.transact(() => versionsOf(doc).set(id, stored), origin);
}
