// HTTP endpoints for attachments (docs/spec/sync.md S-13…S-18): resumable, idempotent chunked
// upload, status, and download of a school's photos and signatures, each request authorized for
// the school like its documents (access.ts). A chunk is durable before its answer; a blob becomes
// readable only once its bytes match the hash and the declared image type. A sostenedor reads every
// attachment of their schools and uploads only a signature (a PNG of at most 1 MiB, A-12).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ATTACHMENT_SIZE_HEADER,
  ATTACHMENT_TYPE_HEADER,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_CHUNK_BYTES,
  SNIFF_BYTES,
  attachmentTypeSchema,
  parseAttachmentPath,
  sniffImageType,
  type AttachmentError,
  type AttachmentStatus,
  type AttachmentType,
} from '../../../src/domain/wire/attachments.ts';
import type { DenialReason } from '../../../src/domain/wire/protocol.ts';
import { canUpload } from '../../../src/domain/access/roles.ts';
import { authenticateToken, authorizeSchool } from '../access.ts';
import type { SchoolDirectory } from '../directoryLookup.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { Logger } from '../log.ts';
import type { Storage, UserRecord } from '../storage/types.ts';

type Target = { schoolId: string; hash: string };

type Body =
  AttachmentStatus | { error: AttachmentError | DenialReason } | (AttachmentStatus & { error: 'offset-mismatch' });

function sendJson(res: ServerResponse, status: number, body: Body): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const fail = (res: ServerResponse, status: number, error: AttachmentError | DenialReason) =>
  sendJson(res, status, { error });

/** The request body, at most `limit` bytes; fails when the client went away or sent more. */
async function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'aborted' }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) return { ok: false, reason: 'too-large' };
      chunks.push(chunk as Buffer);
    }
  } catch {
    return { ok: false, reason: 'aborted' };
  }
  if (req.readableAborted || !req.complete) return { ok: false, reason: 'aborted' };
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}

const decimal = (value: string | string[] | null | undefined): number | null =>
  typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : null;

// eslint-disable-next-line max-lines-per-function -- routes share the storage and limits
export function createAttachmentHandler(deps: {
  storage: Storage;
  directory: SchoolDirectory;
  tokens: TokenService;
  log: Logger;
  now: () => number;
}) {
  const { storage, tokens, log, now } = deps;

  async function download(res: ServerResponse, { schoolId, hash }: Target, headOnly: boolean): Promise<void> {
    const info = await storage.attachmentInfo(schoolId, hash);
    const bytes = info?.complete && !headOnly ? await storage.readAttachment(schoolId, hash) : null;
    if (!info?.complete || (!headOnly && !bytes)) return fail(res, 404, 'not-found');
    res.writeHead(200, {
      'content-type': info.type,
      'content-length': String(info.size),
      'cache-control': 'no-store',
      etag: `"${hash}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    res.end(headOnly ? undefined : bytes);
  }

  async function status(res: ServerResponse, { schoolId, hash }: Target): Promise<void> {
    const info = await storage.attachmentInfo(schoolId, hash);
    sendJson(res, 200, { complete: info?.complete ?? false, received: info?.received ?? 0 });
  }

  /** A stored blob never changes; a claim of other bytes under its hash is refused. */
  function alreadyComplete(
    res: ServerResponse,
    stored: { type: AttachmentType; size: number },
    declared: { type: AttachmentType; size: number },
  ): void {
    if (stored.size !== declared.size) return fail(res, 422, 'hash-mismatch');
    if (stored.type !== declared.type) return fail(res, 422, 'type-mismatch');
    sendJson(res, 200, { complete: true, received: stored.size });
  }

  /** Verifies a finished upload against its hash and declared type; remembers why it failed. */
  const verifier = (hash: string, type: AttachmentType) => {
    let reason: AttachmentError | null = null;
    const verify = (chunks: readonly Uint8Array[]) => {
      const digest = createHash('sha256');
      for (const chunk of chunks) digest.update(chunk);
      const head: number[] = [];
      for (const chunk of chunks) {
        if (head.length >= SNIFF_BYTES) break;
        head.push(...chunk.subarray(0, SNIFF_BYTES - head.length));
      }
      reason =
        digest.digest('hex') !== hash
          ? 'hash-mismatch'
          : sniffImageType(Uint8Array.from(head)) !== type
            ? 'type-mismatch'
            : null;
      return reason === null;
    };
    return { verify, reason: () => reason ?? 'hash-mismatch' };
  };

  /** the role may read the school but not upload this (a sostenedor uploads only a PNG signature). */
  function refuseForRole(
    res: ServerResponse,
    user: UserRecord,
    schoolId: string,
    declared: { type: AttachmentType; size: number },
  ): void {
    log.info('attachment refused', { userId: user.id, schoolId, reason: 'role-may-not-upload', ...declared });
    fail(res, 403, 'not-authorized');
  }

  async function upload(
    req: IncomingMessage,
    res: ServerResponse,
    { schoolId, hash }: Target,
    user: UserRecord,
  ): Promise<void> {
    const type = attachmentTypeSchema.safeParse(req.headers[ATTACHMENT_TYPE_HEADER]);
    if (!type.success) return fail(res, 415, 'unsupported-type');
    const size = decimal(req.headers[ATTACHMENT_SIZE_HEADER]);
    const offset = decimal(new URL(req.url ?? '/', 'http://x').searchParams.get('offset'));
    if (size !== null && size > MAX_ATTACHMENT_BYTES) return fail(res, 413, 'too-large');
    if (size === null || size < 1 || offset === null || offset >= size) return fail(res, 400, 'bad-request');
    const declared = { type: type.data, size };
    if (!canUpload(user.role, declared.type, size)) return refuseForRole(res, user, schoolId, declared);
    const limit = Math.min(MAX_ATTACHMENT_CHUNK_BYTES, size - offset);
    const length = decimal(req.headers['content-length']);
    if (length !== null && length > limit) return fail(res, 413, 'too-large');

    const info = await storage.attachmentInfo(schoolId, hash);
    // Idempotent: the blob is here already; the body is not read (Node discards it).
    if (info?.complete) return alreadyComplete(res, info, declared);
    const expected = info && info.type === declared.type && info.size === size ? info.received : 0;
    if (offset !== expected)
      return sendJson(res, 409, { error: 'offset-mismatch', complete: false, received: expected });

    const body = await readBody(req, limit);
    if (!body.ok) {
      if (body.reason === 'aborted') return void res.destroy();
      res.setHeader('connection', 'close');
      return fail(res, 413, 'too-large');
    }
    if (body.bytes.length === 0) return fail(res, 400, 'bad-request');
    const head = body.bytes.subarray(0, SNIFF_BYTES);
    if (
      offset === 0 &&
      (head.length === SNIFF_BYTES || body.bytes.length === size) &&
      sniffImageType(head) !== declared.type
    ) {
      return fail(res, 422, 'type-mismatch');
    }

    const check = verifier(hash, declared.type);
    const result = await storage.appendAttachmentChunk(schoolId, hash, declared, offset, body.bytes, check.verify);
    switch (result.outcome) {
      case 'appended':
        return sendJson(res, 200, { complete: false, received: result.received });
      case 'complete':
        log.info('attachment stored', { schoolId, hash: hash.slice(0, 12), size });
        return sendJson(res, 200, { complete: true, received: size });
      case 'already-complete':
        return alreadyComplete(res, result, declared);
      case 'rejected':
        log.warn('attachment rejected', { schoolId, hash: hash.slice(0, 12), reason: check.reason() });
        return fail(res, 422, check.reason());
      case 'offset-mismatch':
        return sendJson(res, 409, { error: 'offset-mismatch', complete: false, received: result.received });
      default: {
        const never: never = result;
        throw new Error(`unknown append outcome ${JSON.stringify(never)}`);
      }
    }
  }

  return async function handleAttachments(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const target = parseAttachmentPath(pathname);
    if (!target) return fail(res, 400, 'bad-request');
    const method = req.method ?? 'GET';
    const allowed = target.status ? ['GET'] : ['GET', 'HEAD', 'PUT'];
    if (!allowed.includes(method)) {
      res.setHeader('allow', allowed.join(', '));
      return fail(res, 405, 'bad-request');
    }
    const header = req.headers.authorization ?? '';
    const auth = await authenticateToken(storage, tokens, header.startsWith('Bearer ') ? header.slice(7) : '', now());
    if (!auth.ok) return fail(res, 401, auth.reason);
    const access = await authorizeSchool(storage, deps.directory, auth.user, target.schoolId);
    if (!access.ok) {
      log.info('attachment refused', { userId: auth.user.id, schoolId: target.schoolId, reason: access.reason });
      return fail(res, 403, access.reason);
    }
    if (target.status) return status(res, target);
    if (method === 'PUT') return upload(req, res, target, auth.user);
    return download(res, target, method === 'HEAD');
  };
}
