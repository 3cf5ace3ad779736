// The upload queue: every attachment some school still lacks, one run at a time. A call during a run
// joins it and asks for one more pass (something was added, or the network came back); a run stops at
// the first error that would fail every other attachment too (offline, token, server).
import type { UserDb } from '../../data/userDb.ts';
import {
  countPendingAttachments,
  markUploaded,
  pendingAttachments,
  type AttachmentRow,
} from '../../data/attachments.ts';
import { uploadInChunks, type ChunkedUpload } from './chunkedUpload.ts';
import type { AttachmentSyncError, UploadReport } from './types.ts';

const STOPS_RUN: readonly AttachmentSyncError[] = ['offline', 'token-invalid', 'server-error'];

export interface UploadQueueOptions extends ChunkedUpload {
  db: UserDb;
  onPending(pending: number): void;
  onRunStart(): void;
  onRunEnd(report: UploadReport): void;
  countPending(): Promise<number>;
}

/** Uploads one row to every school still missing it; false when the run must stop. */
async function uploadRow(options: UploadQueueOptions, row: AttachmentRow, report: UploadReport): Promise<boolean> {
  const bytes = new Uint8Array(await row.blob.arrayBuffer());
  // uploadedBytes belongs to the first school still missing it; the others start from 0.
  let confirmed = row.uploadedBytes;
  for (const schoolId of row.schools.filter((s) => !row.uploadedTo.includes(s))) {
    const error = await uploadInChunks(options, row, schoolId, bytes, confirmed);
    confirmed = 0;
    if (error === null) {
      await markUploaded(options.db, row.hash, schoolId);
      report.uploaded.push(row.hash);
      continue;
    }
    report.failed.push({ hash: row.hash, schoolId, error });
    if (STOPS_RUN.includes(error)) {
      report.stoppedBy = error;
      return false;
    }
  }
  return true;
}

async function runOnce(options: UploadQueueOptions): Promise<UploadReport> {
  const report: UploadReport = { uploaded: [], failed: [], stoppedBy: null, pending: 0 };
  for (const row of await pendingAttachments(options.db)) {
    if (!(await uploadRow(options, row, report))) return report;
    options.onPending(await countPendingAttachments(options.db));
  }
  return report;
}

/** The queue's single entry point: starts a run, or joins the one under way. */
export function createUploadQueue(options: UploadQueueOptions): () => Promise<UploadReport> {
  let running: Promise<UploadReport> | null = null;
  let again = false;

  async function runUntilSettled(): Promise<UploadReport> {
    let report: UploadReport;
    do {
      again = false;
      report = await runOnce(options);
    } while (again && report.stoppedBy === null);
    report.pending = await options.countPending();
    options.onRunEnd(report);
    return report;
  }

  return function uploadPending() {
    if (running) {
      again = true;
      return running;
    }
    options.onRunStart();
    running = runUntilSettled().finally(() => {
      running = null;
    });
    return running;
  };
}
