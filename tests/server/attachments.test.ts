/* eslint-disable max-lines -- the S-13…S-18 attachment rules on one relay process started once for all */
// Attachments on a real relay process (docs/spec/sync.md S-13…S-18): chunked, resumable,
// idempotent upload, verification of hash and type, limits, per-school authorization, download by
// a second device, and durability across kill -9.
import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES,
  attachmentPath,
  attachmentStatusPath,
  type AttachmentType,
} from '../../src/domain/wire/attachments.ts';
import type { SchoolId } from '../../src/domain/wire/documentNames.ts';
import { openUserDb, UnsyncedAttachmentError } from '../../src/data/userDb.ts';
import { createAttachmentSync } from '../../src/sync/attachmentSync.ts';
import type { RelayProcess } from '../support/serverProcess.ts';
import { startRelayWithUsers, tokenOf, type TestUser } from '../support/relayFixture.ts';

const coord: TestUser = { username: 'coord', role: 'coordinador', password: 'clave-coord-01' };
const dirA: TestUser = { username: 'dir-a', role: 'escuela', password: 'clave-dir-a-01', schools: ['501'] };
const dirB: TestUser = { username: 'dir-b', role: 'escuela', password: 'clave-dir-b-01', schools: ['502'] };
const ana: TestUser = { username: 'ana', role: 'asesor', password: 'clave-ana-0001', schools: ['501'] };
const beto: TestUser = { username: 'beto', role: 'asesor', password: 'clave-beto-001' };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff, 0xe0];

/** Bytes that look like an image of that type to the magic-byte check; random after the header. */
function image(size: number, magic = PNG_MAGIC): Buffer {
  const bytes = randomBytes(size);
  bytes.set(magic, 0);
  return bytes;
}
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let relay: RelayProcess;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  relay = await startRelayWithUsers([coord, dirA, dirB, ana, beto]);
  for (const u of [coord, dirA, dirB, ana, beto]) tokens[u.username] = await tokenOf(relay, u);
});
afterAll(async () => {
  await relay?.destroy();
});

interface Sent {
  status: number;
  body: Record<string, unknown>;
}

async function put(
  token: string | null,
  school: string,
  hash: string,
  offset: number,
  chunk: Uint8Array,
  declared: { type?: string; size: number },
): Promise<Sent> {
  const res = await fetch(`${relay.url}${attachmentPath(school, hash)}?offset=${offset}`, {
    method: 'PUT',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'x-attachment-type': declared.type ?? 'image/png',
      'x-attachment-size': String(declared.size),
    },
    body: new Uint8Array(chunk),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function get(
  token: string | null,
  path: string,
  method = 'GET',
): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const res = await fetch(`${relay.url}${path}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

const statusOf = async (token: string, school: string, hash: string) =>
  JSON.parse((await get(token, attachmentStatusPath(school, hash))).bytes.toString()) as {
    complete: boolean;
    received: number;
  };

/** Uploads all of `bytes` from `from` on in chunks; returns the last answer. */
async function uploadAll(
  token: string,
  school: string,
  bytes: Buffer,
  chunk: number,
  from = 0,
  type: AttachmentType = 'image/png',
  hash = sha256(bytes),
): Promise<Sent> {
  let last: Sent = { status: 0, body: {} };
  for (let offset = from; offset < bytes.length; offset += chunk) {
    last = await put(token, school, hash, offset, bytes.subarray(offset, offset + chunk), { type, size: bytes.length });
    if (last.status !== 200) return last;
  }
  return last;
}

/** Sends the headers and half of a chunk, then drops the connection (a network that went away). */
function dropMidChunk(
  token: string,
  school: string,
  hash: string,
  offset: number,
  chunk: Uint8Array,
  size: number,
): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(`${relay.url}${attachmentPath(school, hash)}?offset=${offset}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'x-attachment-type': 'image/png',
        'x-attachment-size': String(size),
        'content-length': String(chunk.length),
      },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(chunk.subarray(0, chunk.length >> 1), () => setTimeout(() => req.destroy(), 50));
  });
}

describe('S-14 chunked upload, status and download', () => {
  it('uploads a PNG in chunks; the status follows; GET and HEAD serve it only when complete', async () => {
    const bytes = image(300_000);
    const hash = sha256(bytes);
    expect(await statusOf(tokens.ana!, '501', hash)).toEqual({ complete: false, received: 0 });
    expect((await get(tokens.ana!, attachmentPath('501', hash))).status).toBe(404);

    const first = await put(tokens.ana!, '501', hash, 0, bytes.subarray(0, 128_000), { size: bytes.length });
    expect(first).toEqual({ status: 200, body: { complete: false, received: 128_000 } });
    expect(await statusOf(tokens.ana!, '501', hash)).toEqual({ complete: false, received: 128_000 });
    expect((await get(tokens.ana!, attachmentPath('501', hash), 'HEAD')).status).toBe(404);

    const last = await uploadAll(tokens.ana!, '501', bytes, 128_000, 128_000);
    expect(last).toEqual({ status: 200, body: { complete: true, received: 300_000 } });
    const got = await get(tokens.ana!, attachmentPath('501', hash));
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sha256(got.bytes)).toBe(hash);
    const head = await get(tokens.ana!, attachmentPath('501', hash), 'HEAD');
    expect([head.status, head.headers.get('content-length'), head.bytes.length]).toEqual([200, '300000', 0]);
  });

  it('a chunk at the wrong offset is refused with 409 and the received count; nothing is stored', async () => {
    const bytes = image(50_000);
    const hash = sha256(bytes);
    expect(await put(tokens.ana!, '501', hash, 10_000, bytes.subarray(10_000, 20_000), { size: bytes.length })).toEqual(
      {
        status: 409,
        body: { error: 'offset-mismatch', complete: false, received: 0 },
      },
    );
    await put(tokens.ana!, '501', hash, 0, bytes.subarray(0, 20_000), { size: bytes.length });
    expect(
      (await put(tokens.ana!, '501', hash, 0, bytes.subarray(0, 20_000), { size: bytes.length })).body,
    ).toMatchObject({ received: 20_000 });
    expect((await put(tokens.ana!, '501', hash, 30_000, bytes.subarray(30_000), { size: bytes.length })).status).toBe(
      409,
    );
    expect(await statusOf(tokens.ana!, '501', hash)).toEqual({ complete: false, received: 20_000 });
  });
});

describe('S-14 resuming after a dropped connection', () => {
  it('a chunk cut off mid-way stores nothing of it; the upload resumes from the status and completes', async () => {
    const bytes = image(400_000);
    const hash = sha256(bytes);
    expect((await put(tokens.ana!, '501', hash, 0, bytes.subarray(0, 150_000), { size: bytes.length })).status).toBe(
      200,
    );
    await dropMidChunk(tokens.ana!, '501', hash, 150_000, bytes.subarray(150_000, 300_000), bytes.length);

    const status = await statusOf(tokens.ana!, '501', hash);
    expect(status).toEqual({ complete: false, received: 150_000 });
    expect((await uploadAll(tokens.ana!, '501', bytes, 150_000, status.received)).body).toEqual({
      complete: true,
      received: 400_000,
    });
    expect(sha256((await get(tokens.coord!, attachmentPath('501', hash))).bytes)).toBe(hash);
  });
});

describe('S-15 verification, idempotence and limits', () => {
  it('re-uploading a complete blob answers 200 complete and stores nothing again', async () => {
    const bytes = image(20_000, JPEG_MAGIC);
    const hash = sha256(bytes);
    const once = await uploadAll(tokens.ana!, '501', bytes, 20_000, 0, 'image/jpeg');
    const again = await uploadAll(tokens.ana!, '501', bytes, 8_000, 0, 'image/jpeg');
    expect([once.body, again.body]).toEqual([
      { complete: true, received: 20_000 },
      { complete: true, received: 20_000 },
    ]);
    expect(
      relay.logs.split('\n').filter((l) => l.includes('attachment stored') && l.includes(hash.slice(0, 12))),
    ).toHaveLength(1);
    expect(sha256((await get(tokens.ana!, attachmentPath('501', hash))).bytes)).toBe(hash);
  });

  it('bytes that do not match the hash: 422 hash-mismatch and the partial is discarded', async () => {
    const bytes = image(60_000);
    const wrong = sha256(image(10));
    expect((await put(tokens.ana!, '501', wrong, 0, bytes.subarray(0, 30_000), { size: bytes.length })).status).toBe(
      200,
    );
    expect(await put(tokens.ana!, '501', wrong, 30_000, bytes.subarray(30_000), { size: bytes.length })).toEqual({
      status: 422,
      body: { error: 'hash-mismatch' },
    });
    expect(await statusOf(tokens.ana!, '501', wrong)).toEqual({ complete: false, received: 0 });
    expect((await get(tokens.ana!, attachmentPath('501', wrong))).status).toBe(404);
  });

  it('bytes that are not the declared image type: 422 type-mismatch, nothing stored', async () => {
    const text = Buffer.from('esto no es una imagen, solo texto plano que dice ser PNG');
    expect(await put(tokens.ana!, '501', sha256(text), 0, text, { type: 'image/png', size: text.length })).toEqual({
      status: 422,
      body: { error: 'type-mismatch' },
    });
    const jpeg = image(5_000, JPEG_MAGIC);
    expect((await uploadAll(tokens.ana!, '501', jpeg, 5_000, 0, 'image/png')).body).toEqual({ error: 'type-mismatch' });
    expect(await statusOf(tokens.ana!, '501', sha256(text))).toEqual({ complete: false, received: 0 });
    expect(await statusOf(tokens.ana!, '501', sha256(jpeg))).toEqual({ complete: false, received: 0 });
  });

  it('over the size limits: 413; a declared type that is not an accepted image: 415', async () => {
    const bytes = image(1000);
    const hash = sha256(bytes);
    expect(await put(tokens.ana!, '501', hash, 0, bytes, { size: MAX_ATTACHMENT_BYTES + 1 })).toEqual({
      status: 413,
      body: { error: 'too-large' },
    });
    expect((await put(tokens.ana!, '501', hash, 0, bytes, { size: 500 })).status).toBe(413);
    expect(await put(tokens.ana!, '501', hash, 0, bytes, { type: 'image/gif', size: 1000 })).toEqual({
      status: 415,
      body: { error: 'unsupported-type' },
    });
    expect(await put(tokens.ana!, '501', hash, 0, bytes, { type: 'text/html', size: 1000 })).toEqual({
      status: 415,
      body: { error: 'unsupported-type' },
    });
    expect(await statusOf(tokens.ana!, '501', hash)).toEqual({ complete: false, received: 0 });
  });

  it('malformed paths and methods are refused: 400 / 405', async () => {
    const hash = sha256(image(10));
    for (const path of [
      '/api/attachments/501/abc',
      `/api/attachments/05x1/${hash}`,
      `/api/attachments/501/${hash.toUpperCase()}`,
      `/api/attachments/501/${hash}/other`,
    ]) {
      expect((await get(tokens.coord!, path)).status, path).toBe(400);
    }
    expect((await get(tokens.coord!, attachmentPath('501', hash), 'DELETE')).status).toBe(405);
  });
});

describe('S-16 authorization per school', () => {
  const bytes = image(10_000);
  const hash = sha256(bytes);

  it('an escuela user of another school gets 403 for upload, status and download; the coordinator downloads', async () => {
    expect(await put(tokens['dir-b']!, '501', hash, 0, bytes, { size: bytes.length })).toEqual({
      status: 403,
      body: { error: 'not-authorized' },
    });
    expect((await put(tokens['dir-a']!, '501', hash, 0, bytes, { size: bytes.length })).body).toEqual({
      complete: true,
      received: 10_000,
    });
    for (const path of [attachmentPath('501', hash), attachmentStatusPath('501', hash)]) {
      const refused = await get(tokens['dir-b']!, path);
      expect([refused.status, JSON.parse(refused.bytes.toString())], path).toEqual([403, { error: 'not-authorized' }]);
    }
    expect(sha256((await get(tokens.coord!, attachmentPath('501', hash))).bytes)).toBe(hash);
    // The same hash under the other school is another blob: not there until uploaded for it.
    expect((await get(tokens['dir-b']!, attachmentPath('502', hash))).status).toBe(404);
  });

  it('without a valid token: 401', async () => {
    expect(await put(null, '501', hash, 0, bytes, { size: bytes.length })).toEqual({
      status: 401,
      body: { error: 'token-invalid' },
    });
    expect((await get(null, attachmentPath('501', hash))).status).toBe(401);
    expect((await get('v1.forged.token', attachmentStatusPath('501', hash))).status).toBe(401);
  });

  it('an asesor claims an unheld school as with documents; another asesor is refused it', async () => {
    const photo = image(4_000, JPEG_MAGIC);
    expect((await uploadAll(tokens.beto!, '777', photo, 4_000, 0, 'image/jpeg')).body).toEqual({
      complete: true,
      received: 4_000,
    });
    const refused = await get(tokens.ana!, attachmentPath('777', sha256(photo)));
    expect([refused.status, JSON.parse(refused.bytes.toString())]).toEqual([403, { error: 'school-held-by-other' }]);
  });
});

describe('S-17/S-18 the app: upload with resume, download on a second device', () => {
  it('an upload cut off by the network resumes; the other device downloads and verifies it', async () => {
    const school = '501' as SchoolId;
    const advisorDb = openUserDb('attachments-ana');
    const photo = image(2_600_000, JPEG_MAGIC);

    // The network dies after the first chunk.
    let puts = 0;
    const flaky: typeof fetch = (input, init) =>
      init?.method === 'PUT' && ++puts > 1 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init);
    const offlineSync = createAttachmentSync({
      db: advisorDb,
      baseUrl: relay.url,
      getToken: () => tokens.ana!,
      fetch: flaky,
    });
    const added = await putPhoto(offlineSync, school, photo);
    const cut = await offlineSync.uploadPending();
    expect(cut).toMatchObject({ stoppedBy: 'offline', pending: 1, uploaded: [] });
    expect(offlineSync.status.getState()).toMatchObject({ pending: 1, uploading: false, lastError: 'offline' });
    expect(await advisorDb.attachments.get(added)).toMatchObject({ uploaded: 0, uploadedBytes: 1024 * 1024 });
    await expect(advisorDb.attachments.delete(added)).rejects.toBeInstanceOf(UnsyncedAttachmentError);

    const sync = createAttachmentSync({ db: advisorDb, baseUrl: relay.url, getToken: () => tokens.ana! });
    const done = await sync.uploadPending();
    expect(done).toMatchObject({ stoppedBy: null, pending: 0, uploaded: [added], failed: [] });
    expect(await advisorDb.attachments.get(added)).toMatchObject({ uploaded: 1, uploadedTo: ['501'] });

    const directorDb = openUserDb('attachments-dir-a');
    const director = createAttachmentSync({ db: directorDb, baseUrl: relay.url, getToken: () => tokens['dir-a']! });
    const fetched = await director.fetchAttachment(school, added);
    expect(fetched.ok).toBe(true);
    if (fetched.ok) expect(sha256(new Uint8Array(await fetched.blob.arrayBuffer()))).toBe(added);
    expect(await directorDb.attachments.get(added)).toMatchObject({
      uploaded: 1,
      type: 'image/jpeg',
      size: photo.length,
    });
    expect(await director.fetchAttachment(school, sha256(image(10)))).toEqual({ ok: false, error: 'not-found' });
    const outsider = createAttachmentSync({
      db: openUserDb('attachments-dir-b'),
      baseUrl: relay.url,
      getToken: () => tokens['dir-b']!,
    });
    expect(await outsider.fetchAttachment(school, added)).toEqual({ ok: false, error: 'forbidden' });
    for (const db of [advisorDb, directorDb]) db.close();
  });
});

async function putPhoto(
  sync: ReturnType<typeof createAttachmentSync>,
  school: SchoolId,
  bytes: Buffer,
): Promise<string> {
  const result = await sync.add(school, new Blob([new Uint8Array(bytes)]), 'foto.jpg');
  if (!result.ok) throw new Error(result.error);
  return result.ref.hash;
}

describe('S-14 durability', () => {
  it('a blob answered complete is served after kill -9 and restart', async () => {
    const bytes = image(1_500_000);
    const hash = sha256(bytes);
    expect((await uploadAll(tokens['dir-a']!, '501', bytes, 1024 * 1024)).body).toEqual({
      complete: true,
      received: 1_500_000,
    });
    await relay.kill();
    await relay.start();
    const got = await get(tokens.coord!, attachmentPath('501', hash));
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(hash);
  });
});
