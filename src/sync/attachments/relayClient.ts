// The relay's attachment HTTP API as three calls (status, one chunk, the whole file), each answering a
// result or an error code. A request that throws or stalls past the timeout counts as offline.
import {
  ATTACHMENT_SIZE_HEADER,
  ATTACHMENT_TYPE_HEADER,
  attachmentPath,
  attachmentStatusPath,
  attachmentStatusSchema,
  type AttachmentStatus,
} from '../../domain/wire/attachments.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { AttachmentRow } from '../../data/attachments.ts';
import type { AttachmentSyncError, FetchAttachmentError } from './types.ts';

export type Put = { ok: true; status: AttachmentStatus; conflict: boolean } | { ok: false; error: AttachmentSyncError };
type Got = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: FetchAttachmentError };

export interface RelayClientOptions {
  /** Origin of the relay's HTTP API: '' in the browser (same origin), `http://127.0.0.1:PORT` in Node. */
  baseUrl: string;
  getToken: () => string | null;
  timeoutMs: number;
  fetch: typeof fetch;
}

export interface RelayClient {
  remoteStatus(schoolId: SchoolId, hash: string): Promise<Put>;
  putChunk(row: AttachmentRow, schoolId: SchoolId, offset: number, chunk: Uint8Array<ArrayBuffer>): Promise<Put>;
  getBytes(schoolId: SchoolId, hash: string): Promise<Got>;
}

export function errorOf(status: number): AttachmentSyncError {
  if (status === 401) return 'token-invalid';
  if (status === 403) return 'forbidden';
  if (status >= 500) return 'server-error';
  return status === 400 || status === 413 || status === 415 || status === 422 ? 'rejected' : 'bad-response';
}

async function readStatus(res: Response): Promise<AttachmentStatus | null> {
  const parsed = attachmentStatusSchema.safeParse(await res.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}

export function createRelayClient(options: RelayClientOptions): RelayClient {
  const request = async (path: string, init: RequestInit): Promise<Response | null> => {
    const headers = {
      ...(init.headers as Record<string, string>),
      authorization: `Bearer ${options.getToken() ?? ''}`,
    };
    try {
      return await options.fetch(`${options.baseUrl}${path}`, {
        ...init,
        headers,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch {
      return null;
    }
  };

  return {
    async remoteStatus(schoolId, hash) {
      const res = await request(attachmentStatusPath(schoolId, hash), { method: 'GET' });
      if (!res) return { ok: false, error: 'offline' };
      if (!res.ok) return { ok: false, error: errorOf(res.status) };
      const body = await readStatus(res);
      return body ? { ok: true, status: body, conflict: false } : { ok: false, error: 'bad-response' };
    },
    async putChunk(row, schoolId, offset, chunk) {
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
    },
    async getBytes(schoolId, hash) {
      const res = await request(attachmentPath(schoolId, hash), { method: 'GET' });
      if (!res) return { ok: false, error: 'offline' };
      if (res.status === 404) return { ok: false, error: 'not-found' };
      if (!res.ok) return { ok: false, error: errorOf(res.status) };
      return { ok: true, bytes: new Uint8Array(await res.arrayBuffer().catch(() => new ArrayBuffer(0))) };
    },
  };
}
