// The document-name grammar shared by the app and the relay: `school:<rbd>:<kind>`.
// One Yjs document per school and working area; adding an area is one new entry in DOC_KINDS.
import { z } from 'zod';

/**
 * profile: the school's record (this release's feature). The other areas are the months of the
 * advisory — diagnosis (M1), pme (M2–5), monitoring (M3–), programme (sessions, hours),
 * evaluation (M6–8) — whose screens come with their own issues; the relay already syncs them.
 * review: comments on the school's work and the sostenedor's signature on the acta (issue 15), kept
 * apart from what they comment so a sostenedor can write it and read-only the rest.
 */
export const DOC_KINDS = ['profile', 'diagnosis', 'pme', 'monitoring', 'programme', 'evaluation', 'review'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** What each document is called on screen (conflicts, import messages). */
export const DOC_KIND_LABELS: Record<DocKind, string> = {
  profile: 'Ficha del establecimiento',
  diagnosis: 'Diagnóstico',
  pme: 'PME',
  programme: 'Asesoría',
  monitoring: 'Monitoreo',
  evaluation: 'Evaluación y cierre',
  review: 'Comentarios y firma del sostenedor',
};

/** A school is identified everywhere by its RBD, written as digits without the check digit. */
export type SchoolId = string & { readonly __brand: 'SchoolId' };
export type DocName = string & { readonly __brand: 'DocName' };

export const MAX_RBD = 99_999_999;
const schoolIdPattern = /^[1-9][0-9]{0,7}$/;

export const schoolIdSchema = z
  .string()
  .regex(schoolIdPattern)
  .transform((s) => s as SchoolId);

export function toSchoolId(rbd: number): SchoolId {
  if (!Number.isInteger(rbd) || rbd < 1 || rbd > MAX_RBD) {
    throw new RangeError(`RBD out of range: ${rbd}`);
  }
  return String(rbd) as SchoolId;
}

export function docName(schoolId: SchoolId, kind: DocKind): DocName {
  return `school:${schoolId}:${kind}` as DocName;
}

export interface ParsedDocName {
  schoolId: SchoolId;
  kind: DocKind;
}

export function parseDocName(name: string): ParsedDocName | null {
  if (name.length > 64) return null;
  const parts = name.split(':');
  if (parts.length !== 3 || parts[0] !== 'school') return null;
  const [, id, kind] = parts as [string, string, string];
  if (!schoolIdPattern.test(id)) return null;
  if (!(DOC_KINDS as readonly string[]).includes(kind)) return null;
  return { schoolId: id as SchoolId, kind: kind as DocKind };
}
