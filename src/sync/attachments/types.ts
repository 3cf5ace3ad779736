// The attachment sync's public vocabulary: error codes, the status the UI reads, the reports it returns.
import type { SchoolId } from '../../domain/wire/documentNames.ts';

/** offline, token-invalid and server-error stop a run; forbidden and rejected skip one attachment. */
export type AttachmentSyncError =
  'offline' | 'token-invalid' | 'forbidden' | 'rejected' | 'server-error' | 'bad-response';
export type FetchAttachmentError = AttachmentSyncError | 'not-found' | 'corrupt';

export interface AttachmentSyncStatus {
  /** Attachments the relay does not hold yet ("N fotos sin subir"). */
  pending: number;
  uploading: boolean;
  lastError: AttachmentSyncError | null;
}

export interface UploadReport {
  /** Hashes confirmed complete on the relay in this run. */
  uploaded: string[];
  failed: { hash: string; schoolId: SchoolId; error: AttachmentSyncError }[];
  /** Why the run stopped early, or null when every pending attachment was tried. */
  stoppedBy: AttachmentSyncError | null;
  pending: number;
}

export type FetchAttachmentResult = { ok: true; blob: Blob } | { ok: false; error: FetchAttachmentError };
