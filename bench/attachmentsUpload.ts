// attachments.upload: 20 photos of 2 MB, taken offline, uploaded when the network appears, through
// the app's own path (Dexie via fake-indexeddb → createAttachmentSync → the real relay process, which
// checks auth, stores each chunk durably and verifies hash and type) on loopback. Compared with raw
// HTTP PUTs of the same bytes (node:http, keep-alive) to a trivial loopback server that writes each
// body to a file and fsyncs it before answering, so both sides end with the bytes durably on disk.
// - attachments.uploadRatio: our time ÷ raw time (lower is better; aim ≤ 1.5);
// - attachments.upload.MBps: our throughput in MB/s (10^6 bytes).
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { toSchoolId } from '../src/domain/wire/documentNames.ts';
import { openUserDb } from '../src/data/userDb.ts';
import { putAttachment } from '../src/data/attachments.ts';
import { createAttachmentSync } from '../src/sync/attachmentSync.ts';
import type { BenchResult } from './types.ts';

const PHOTOS = 20;
const PHOTO_BYTES = 2_000_000;
const ROUNDS = 3;

function photo(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(randomBytes(PHOTO_BYTES));
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

/** A loopback server that writes every PUT body to its own file, fsyncs it, then answers 200. */
async function startRawServer(dir: string): Promise<{ port: number; close(): Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => {
    const file = path.join(dir, `raw-${++n}`);
    const out = fs.createWriteStream(file);
    req.pipe(out);
    out.on('finish', () => {
      const fd = fs.openSync(file, 'r+');
      fs.fsync(fd, () => {
        fs.closeSync(fd);
        res.end('{}');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function rawPut(agent: http.Agent, port: number, body: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path: '/upload',
        agent,
        headers: { 'content-length': body.byteLength },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`raw PUT ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function timeRaw(port: number, photos: Uint8Array[]): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const start = performance.now();
  for (const p of photos) await rawPut(agent, port, p);
  const ms = performance.now() - start;
  agent.destroy();
  return ms;
}

async function timeOurs(relayUrl: string, token: string, userId: string, photos: Uint8Array[]): Promise<number> {
  const db = openUserDb(userId);
  const school = toSchoolId(7423);
  // Taken offline: stored on the device first (not timed), uploaded when the network appears.
  for (const p of photos) await putAttachment(db, school, new Blob([p as Uint8Array<ArrayBuffer>]));
  const sync = createAttachmentSync({ db, baseUrl: relayUrl, getToken: () => token });
  const start = performance.now();
  const report = await sync.uploadPending();
  const ms = performance.now() - start;
  db.close();
  if (report.uploaded.length !== photos.length || report.pending !== 0)
    throw new Error(`upload incomplete: ${JSON.stringify(report.failed)}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function benchAttachmentsUpload(): Promise<BenchResult[]> {
  const relay = await RelayProcess.create({ env: { LOG_LEVEL: 'warn' } });
  const rawDir = await mkdtemp(path.join(os.tmpdir(), 'bitacora-raw-put-'));
  await relay.start();
  const raw = await startRawServer(rawDir);
  try {
    await relay.addUser('bench', 'asesor', 'benchmark-pass', ['7423']);
    const { token, user } = await relay.login('bench', 'benchmark-pass');
    // Warm-up (JIT, connections, SQLite pages), then rounds of fresh photos on both sides.
    const warm = Array.from({ length: 3 }, photo);
    await timeRaw(raw.port, warm);
    await timeOurs(relay.url, token, `${user.id}-warm`, warm);
    const ours: number[] = [];
    const rawMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const photos = Array.from({ length: PHOTOS }, photo);
      rawMs.push(await timeRaw(raw.port, photos));
      ours.push(await timeOurs(relay.url, token, `${user.id}-${round}`, photos));
    }
    const oursMs = median(ours);
    return [
      { id: 'attachments.uploadRatio', value: Math.round((oursMs / median(rawMs)) * 100) / 100, unit: 'ratio' },
      {
        id: 'attachments.upload.MBps',
        value: Math.round((PHOTOS * PHOTO_BYTES) / 1e6 / (oursMs / 1000)),
        unit: 'MB/s',
      },
    ];
  } finally {
    await raw.close();
    await relay.destroy();
    await rm(rawDir, { recursive: true, force: true });
  }
}
