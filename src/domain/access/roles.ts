// What each role may do with a school it may read (docs/spec/access.md …A-12). The relay
// enforces it per document (sync-server/src/access.ts); the app uses the same rule to show a
// sostenedor's screens read-only instead of letting them type edits the relay would drop.
import type { AttachmentType } from '../wire/attachments.ts';
import type { DocKind } from '../wire/documentNames.ts';
import type { Role } from '../wire/protocol.ts';

/** admin and coordinador read every school the relay stores; the others only theirs. */
export function readsEverySchool(role: Role): boolean {
  return role === 'admin' || role === 'coordinador';
}

/** whether a role may change documents of this kind in a school it may read. */
export function canEdit(role: Role, kind: DocKind): boolean {
  switch (role) {
    case 'admin':
    case 'coordinador':
    case 'asesor':
    case 'escuela':
      return true;
    case 'sostenedor':
      return kind === 'review';
    default: {
      const never: never = role;
      throw new Error(`unknown role ${String(never)}`);
    }
  }
}

/** The only attachment a sostenedor uploads: the PNG of their signature on the acta. */
export const SOSTENEDOR_UPLOAD_TYPE = 'image/png' satisfies AttachmentType;
/** A drawn signature is a few tens of KiB; 1 MiB leaves room and keeps photos out. */
export const SOSTENEDOR_MAX_UPLOAD_BYTES = 1024 * 1024;

/** whether a role may upload an attachment of this type and size to a school it may read. */
export function canUpload(role: Role, type: AttachmentType, size: number): boolean {
  if (role !== 'sostenedor') return true;
  return type === SOSTENEDOR_UPLOAD_TYPE && size <= SOSTENEDOR_MAX_UPLOAD_BYTES;
}
