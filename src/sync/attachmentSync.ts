// Moves attachments between this device and the relay over HTTP (docs/spec/sync.md S-13…S-18).
// Upload: every attachment not yet on the relay, in chunks, resuming where the relay's confirmed
// bytes end; a row is marked uploaded only after the relay answers `complete`. Runs on demand, at
// start and on the browser's `online` event; one run at a time. Download: on demand, verified
// against its hash before it is kept. Failures are codes; nothing local is ever deleted here.
// The parts live in ./attachments/: the relay's HTTP calls, one chunked upload, the queue, downloads.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ATTACHMENT_CHUNK_BYTES } from '../domain/wire/attachments.ts';
import type { SchoolId } from '../domain/wire/documentNames.ts';
import type { UserDb } from '../data/userDb.ts';
import { countPendingAttachments, putAttachment, type PutAttachmentResult } from '../data/attachments.ts';
import { preparePhoto } from '../data/images/index.ts';
import { photoName, type PhotoRejection } from '../domain/photos/index.ts';
import { createRelayClient } from './attachments/relayClient.ts';
import { createUploadQueue } from './attachments/uploadQueue.ts';
import { createDownloader } from './attachments/downloads.ts';
import type { AttachmentSyncStatus, FetchAttachmentResult, UploadReport } from './attachments/types.ts';

interface AttachmentSyncOptions {
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

type AddPhotoResult = PutAttachmentResult | { ok: false; error: PhotoRejection };

/** The status store with the one writer of its pending count. */
function createStatus(db: UserDb) {
  const status = createStore<AttachmentSyncStatus>(() => ({ pending: 0, uploading: false, lastError: null }));
  async function refreshPending(): Promise<number> {
    const pending = await countPendingAttachments(db);
    status.setState({ pending });
    return pending;
  }
  return { status, refreshPending };
}

export function createAttachmentSync(options: AttachmentSyncOptions): AttachmentSync {
  const { db } = options;
  const relay = createRelayClient({
    baseUrl: options.baseUrl,
    getToken: options.getToken,
    timeoutMs: options.requestTimeoutMs ?? 120_000,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
  });
  const { status, refreshPending } = createStatus(db);
  const uploadPending = createUploadQueue({
    db,
    relay,
    chunkBytes: options.chunkBytes ?? ATTACHMENT_CHUNK_BYTES,
    countPending: refreshPending,
    onPending: (pending) => status.setState({ pending }),
    onRunStart: () => status.setState({ uploading: true }),
    onRunEnd: (report) =>
      status.setState({ uploading: false, lastError: report.stoppedBy ?? report.failed[0]?.error ?? null }),
  });

  async function add(schoolId: SchoolId, file: Blob, name?: string): Promise<PutAttachmentResult> {
    const result = await putAttachment(db, schoolId, file, name);
    if (result.ok) {
      await refreshPending();
      void uploadPending();
    }
    return result;
  }

  const onOnline = () => void uploadPending();
  return {
    status,
    add,
    async addPhoto(schoolId, file, photoOptions = {}) {
      const prepared = await preparePhoto(file, { keepOriginal: photoOptions.keepOriginal ?? false });
      if (!prepared.ok) return prepared;
      return add(schoolId, prepared.blob, photoName(photoOptions.name, prepared.type));
    },
    uploadPending,
    fetchAttachment: createDownloader(db, relay),
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
