// Moves attachments between this device and the relay over HTTP (docs/spec/sync.md S-13…S-18).
// Upload: every attachment not yet on the relay, in chunks, resuming where the relay's confirmed
// bytes end; a row is marked uploaded only after the relay answers `complete`. Runs on demand, at
// start and on the browser's `online` event; one run at a time. Download: on demand, verified
// against its hash before it is kept. Failures are codes; nothing local is ever deleted here.
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  ATTACHMENT_CHUNK_BYTES,
  ATTACHMENT_SIZE_HEADER,
  ATTACHMENT_TYPE_HEADER,
  MAX_ATTACHMENT_BYTES,
  SNIFF_BYTES,
  attachmentPath,
  attachmentStatusPath,
  attachmentStatusSchema,
  sniffImageType,
  type AttachmentStatus,
} from '../domain/wire/attachments.ts';
import type { SchoolId } from '../domain/wire/documentNames.ts';
import type { UserDb } from '../data/userDb.ts';
import {
  countPendingAttachments,
  markUploaded,
  pendingAttachments,
  putAttachment,
  setUploadProgress,
  sha256Hex,
  storeDownloaded,
  type AttachmentRow,
  type PutAttachmentResult,
} from '../data/attachments.ts';
import { preparePhoto } from '../data/images/index.ts';
import { photoName, type PhotoRejection } from '../domain/photos/index.ts';

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

export interface AttachmentSyncOptions {
  db: UserDb;
  /** Origin of the relay's HTTP API: '' in the browser (same origin), `http://127.0.0.1:PORT` in Node. */
  baseUrl: string;
  getToken: () => string | null;
  chunkBytes?: number;
  /** Per request; a stalled request counts as offline. */
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
}

export interface AttachmentSync {
  readonly status: StoreApi<AttachmentSyncStatus>;
  /**
   * Stores bytes as they are (a drawn signature) on the device (putAttachment) and starts uploading them; photos go
   * through addPhoto.
   */
  add(schoolId: SchoolId, file: Blob, name?: string): Promise<PutAttachmentResult>;
  /**
   * Adds a photo the way every screen does (PH-1…PH-4): upright, ≤ 2,048 px, JPEG, unless the
   * user keeps the original; then stores and uploads it like `add`.
   */
  addPhoto(
    schoolId: SchoolId,
    file: Blob,
    options?: { name?: string; keepOriginal?: boolean },
  ): Promise<AddPhotoResult>;
  uploadPending(): Promise<UploadReport>;
  fetchAttachment(schoolId: SchoolId, hash: string): Promise<FetchAttachmentResult>;
  refreshPending(): Promise<number>;
  /** Uploads now and again whenever the browser reports the network back. */
  start(): void;
  stop(): void;
}

export type AddPhotoResult = PutAttachmentResult | { ok: false; error: PhotoRejection };

type Put = { ok: true; status: AttachmentStatus; conflict: boolean } | { ok: false; error: AttachmentSyncError };

const STOPS_RUN: readonly AttachmentSyncError[] = ['offline', 'token-invalid', 'server-error'];
/** 409s before giving up on one attachment for this run (another device uploading it too). */
const MAX_CONFLICTS = 8;

function errorOf(status: number): AttachmentSyncError {
  if (status === 401) return 'token-invalid';
  if (status === 403) return 'forbidden';
  if (status >= 500) return 'server-error';
  return status === 400 || status === 413 || status === 415 || status === 422 ? 'rejected' : 'bad-response';
}

// eslint-disable-next-line max-lines-per-function -- methods share the queue, timers and status
export function createAttachmentSync(options: AttachmentSyncOptions): AttachmentSync {
  const { db, baseUrl, getToken } = options;
  const chunkBytes = options.chunkBytes ?? ATTACHMENT_CHUNK_BYTES;
  const timeoutMs = options.requestTimeoutMs ?? 120_000;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const status = createStore<AttachmentSyncStatus>(() => ({ pending: 0, uploading: false, lastError: null }));

  const request = async (path: string, init: RequestInit): Promise<Response | null> => {
    const headers = { ...(init.headers as Record<string, string>), authorization: `Bearer ${getToken() ?? ''}` };
    try {
      return await doFetch(`${baseUrl}${path}`, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      return null;
    }
  };

  const readStatus = async (res: Response): Promise<AttachmentStatus | null> => {
    const parsed = attachmentStatusSchema.safeParse(await res.json().catch(() => null));
    return parsed.success ? parsed.data : null;
  };

  async function remoteStatus(schoolId: SchoolId, hash: string): Promise<Put> {
    const res = await request(attachmentStatusPath(schoolId, hash), { method: 'GET' });
    if (!res) return { ok: false, error: 'offline' };
    if (!res.ok) return { ok: false, error: errorOf(res.status) };
    const body = await readStatus(res);
    return body ? { ok: true, status: body, conflict: false } : { ok: false, error: 'bad-response' };
  }

  async function putChunk(
    row: AttachmentRow,
    schoolId: SchoolId,
    offset: number,
    chunk: Uint8Array<ArrayBuffer>,
  ): Promise<Put> {
    const res = await request(`${attachmentPath(schoolId, row.hash)}?offset=${offset}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/octet-stream',
        [ATTACHMENT_TYPE_HEADER]: row.type,
        [ATTACHMENT_SIZE_HEADER]: String(row.size),
      },
      body: chunk,
    });
    if (!res) return { ok: false, error: 'offline' };
    if (res.status !== 200 && res.status !== 409) return { ok: false, error: errorOf(res.status) };
    const body = await readStatus(res);
    return body ? { ok: true, status: body, conflict: res.status === 409 } : { ok: false, error: 'bad-response' };
  }

  /** Uploads one attachment to one school's relay, from the offset the relay confirmed last. */
  async function uploadTo(
    row: AttachmentRow,
    schoolId: SchoolId,
    bytes: Uint8Array<ArrayBuffer>,
    confirmed: number,
  ): Promise<AttachmentSyncError | null> {
    let offset = 0;
    if (confirmed > 0) {
      // Interrupted before: the relay may hold more (or, after a rejection, less) than we recorded.
      const remote = await remoteStatus(schoolId, row.hash);
      if (!remote.ok) return remote.error;
      if (remote.status.complete) return null;
      offset = remote.status.received;
    }
    let conflicts = 0;
    while (conflicts < MAX_CONFLICTS) {
      const put = await putChunk(
        row,
        schoolId,
        offset,
        bytes.subarray(offset, Math.min(row.size, offset + chunkBytes)),
      );
      if (!put.ok) return put.error;
      if (put.status.complete) return null;
      if (put.conflict) conflicts++;
      offset = put.status.received;
      await setUploadProgress(db, row.hash, offset);
    }
    return 'server-error';
  }

  async function runOnce(): Promise<UploadReport> {
    const report: UploadReport = { uploaded: [], failed: [], stoppedBy: null, pending: 0 };
    for (const row of await pendingAttachments(db)) {
      const bytes = new Uint8Array(await row.blob.arrayBuffer());
      // uploadedBytes belongs to the first school still missing it; the others start from 0.
      let confirmed = row.uploadedBytes;
      for (const schoolId of row.schools.filter((s) => !row.uploadedTo.includes(s))) {
        const error = await uploadTo(row, schoolId, bytes, confirmed);
        confirmed = 0;
        if (error === null) {
          await markUploaded(db, row.hash, schoolId);
          report.uploaded.push(row.hash);
        } else {
          report.failed.push({ hash: row.hash, schoolId, error });
          if (STOPS_RUN.includes(error)) {
            report.stoppedBy = error;
            return report;
          }
        }
      }
      status.setState({ pending: await countPendingAttachments(db) });
    }
    return report;
  }

  let running: Promise<UploadReport> | null = null;
  let again = false;

  function uploadPending(): Promise<UploadReport> {
    if (running) {
      again = true; // something was added or the network came back during this run
      return running;
    }
    status.setState({ uploading: true });
    running = (async () => {
      let report: UploadReport;
      do {
        again = false;
        report = await runOnce();
      } while (again && report.stoppedBy === null);
      report.pending = await refreshPending();
      status.setState({ uploading: false, lastError: report.stoppedBy ?? report.failed[0]?.error ?? null });
      return report;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function refreshPending(): Promise<number> {
    const pending = await countPendingAttachments(db);
    status.setState({ pending });
    return pending;
  }

  const downloads = new Map<string, Promise<FetchAttachmentResult>>();

  async function download(schoolId: SchoolId, hash: string): Promise<FetchAttachmentResult> {
    const local = await db.attachments.get(hash);
    if (local) return { ok: true, blob: local.blob };
    const res = await request(attachmentPath(schoolId, hash), { method: 'GET' });
    if (!res) return { ok: false, error: 'offline' };
    if (res.status === 404) return { ok: false, error: 'not-found' };
    if (!res.ok) return { ok: false, error: errorOf(res.status) };
    const bytes = new Uint8Array(await res.arrayBuffer().catch(() => new ArrayBuffer(0)));
    const type = sniffImageType(bytes.subarray(0, SNIFF_BYTES));
    if (!type || bytes.byteLength > MAX_ATTACHMENT_BYTES || (await sha256Hex(bytes)) !== hash)
      return { ok: false, error: 'corrupt' };
    const blob = new Blob([bytes], { type });
    await storeDownloaded(db, schoolId, { hash, type, size: bytes.byteLength }, blob);
    return { ok: true, blob };
  }

  function fetchAttachment(schoolId: SchoolId, hash: string): Promise<FetchAttachmentResult> {
    const key = `${schoolId}/${hash}`;
    const inFlight = downloads.get(key);
    if (inFlight) return inFlight;
    const started = download(schoolId, hash).finally(() => downloads.delete(key));
    downloads.set(key, started);
    return started;
  }

  async function add(schoolId: SchoolId, file: Blob, name?: string): Promise<PutAttachmentResult> {
    const result = await putAttachment(db, schoolId, file, name);
    if (result.ok) {
      await refreshPending();
      void uploadPending();
    }
    return result;
  }

  async function addPhoto(
    schoolId: SchoolId,
    file: Blob,
    options: { name?: string; keepOriginal?: boolean } = {},
  ): Promise<AddPhotoResult> {
    const prepared = await preparePhoto(file, { keepOriginal: options.keepOriginal ?? false });
    if (!prepared.ok) return prepared;
    return add(schoolId, prepared.blob, photoName(options.name, prepared.type));
  }

  const onOnline = () => void uploadPending();

  return {
    status,
    add,
    addPhoto,
    uploadPending,
    fetchAttachment,
    refreshPending,
    start() {
      if (typeof window !== 'undefined') window.addEventListener('online', onOnline);
      void uploadPending();
    },
    stop() {
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
    },
  };
}
