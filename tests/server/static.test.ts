// The relay serving the built app (docs/spec/operations.md AS-1…AS-5): a small app tree with real
// files, precompressed by the build's own function, served by the real relay process and asked with
// raw HTTP requests (fetch would negotiate and decompress by itself).
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import { precompressDir } from '../../build/precompress.ts';

const APP_JS = `export const greeting = ${JSON.stringify('Bienvenida a la Bitácora PME. '.repeat(200))};\n`;
const SHELL = `<!doctype html><html lang="es-CL"><head><title>Bitácora PME</title></head><body>${'<p>app</p>'.repeat(200)}</body></html>`;
const SW = `self.addEventListener('install', () => {});\n${'// precache manifest\n'.repeat(100)}`;
const TINY = 'export const x = 1;\n';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let relay: RelayProcess;
let staticDir: string;
let outside: string;

function request(rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: relay.port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  staticDir = await mkdtemp(path.join(tmpdir(), 'bitacora-static-'));
  outside = `${staticDir}-secret.txt`;
  await mkdir(path.join(staticDir, 'assets'));
  await mkdir(path.join(staticDir, 'icons'));
  await writeFile(path.join(staticDir, 'index.html'), SHELL);
  await writeFile(path.join(staticDir, 'sw.js'), SW);
  await writeFile(
    path.join(staticDir, 'manifest.webmanifest'),
    JSON.stringify({ name: 'Bitácora PME', description: 'x'.repeat(2000) }),
  );
  await writeFile(path.join(staticDir, 'assets', 'index-BKRBv3ye.js'), APP_JS);
  await writeFile(path.join(staticDir, 'assets', 'tiny-C0ffee12.js'), TINY);
  await writeFile(
    path.join(staticDir, 'icons', 'icon-192.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(2000).fill(0)]),
  );
  await writeFile(outside, 'secret next to the static directory');
  await precompressDir(staticDir);
  relay = await RelayProcess.create({ staticDir });
  await relay.start();
});

afterAll(async () => {
  await disposeRelay(relay);
  await rm(staticDir, { recursive: true, force: true });
  await rm(outside, { force: true });
});

describe('serving the app', () => {
  it('AS-1 writes .br and .gz copies of compressible files of at least 1 KiB, and none of small or binary files', async () => {
    const files = (await readdir(staticDir, { recursive: true })).map((f) => f.split(path.sep).join('/')).sort();
    for (const name of ['index.html', 'sw.js', 'manifest.webmanifest', 'assets/index-BKRBv3ye.js']) {
      expect(files).toContain(`${name}.br`);
      expect(files).toContain(`${name}.gz`);
    }
    expect(files.filter((f) => f.startsWith('assets/tiny-') || f.startsWith('icons/'))).toEqual([
      'assets/tiny-C0ffee12.js',
      'icons/icon-192.png',
    ]);
    const list = JSON.parse(await readFile(path.join(staticDir, 'precompressed.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(Object.keys(list).sort()).toEqual([
      'assets/index-BKRBv3ye.js',
      'index.html',
      'manifest.webmanifest',
      'sw.js',
    ]);
    expect(list['assets/index-BKRBv3ye.js']).toBe(createHash('sha256').update(APP_JS).digest('base64url'));
  });

  it('AS-2 sends brotli when accepted, then gzip, then the file; q=0 refuses an encoding', async () => {
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br', 'br'],
      ['br;q=1.0, gzip;q=0.8', 'br'],
      ['gzip', 'gzip'],
      ['x-gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['*', 'br'],
      ['*;q=0, gzip', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['identity', undefined],
      [undefined, undefined],
    ];
    for (const [accept, expected] of cases) {
      const res = await request('/assets/index-BKRBv3ye.js', accept === undefined ? {} : { 'accept-encoding': accept });
      expect(res.status, String(accept)).toBe(200);
      expect(res.headers['content-encoding'], String(accept)).toBe(expected);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      const decoded =
        expected === 'br' ? brotliDecompressSync(res.body) : expected === 'gzip' ? gunzipSync(res.body) : res.body;
      expect(decoded.toString()).toBe(APP_JS);
      if (expected) expect(res.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 4);
    }
  });

  it('AS-2 sends a small file as it is, with its length, whatever is accepted', async () => {
    const res = await request('/assets/tiny-C0ffee12.js', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(TINY);
    expect(res.headers['content-length']).toBe(String(TINY.length));
  });

  it('AS-2 sends a copy only while its file has the content it was made from, whatever the timestamps', async () => {
    const file = path.join(staticDir, 'sw.js');
    const before = await request('/sw.js', { 'accept-encoding': 'br' });
    expect(before.headers['content-encoding']).toBe('br');

    // Copied without keeping timestamps (the file now newer than its copies): same bytes, still compressed.
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    const touched = await request('/sw.js', { 'accept-encoding': 'br' });
    expect(touched.headers['content-encoding']).toBe('br');
    expect(touched.headers.etag).toBe(before.headers.etag);

    // Patched after the build, even with an older timestamp than its copies: the file itself is sent.
    const patched = `${SW}// patched by an operator\n`;
    await writeFile(file, patched);
    const earlier = new Date(Date.now() - 3_600_000);
    await utimes(file, earlier, earlier);
    const after = await request('/sw.js', { 'accept-encoding': 'br, gzip' });
    expect(after.headers['content-encoding']).toBeUndefined();
    expect(after.body.toString()).toBe(patched);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('AS-3 gives each variant its own strong ETag and answers 304 to a matching If-None-Match', async () => {
    const tags = new Map<string, string>();
    for (const accept of ['br', 'gzip', 'identity']) {
      const res = await request('/assets/index-BKRBv3ye.js', { 'accept-encoding': accept });
      const etag = res.headers.etag ?? '';
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      tags.set(accept, etag);

      const again = await request('/assets/index-BKRBv3ye.js', { 'accept-encoding': accept, 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(again.headers.vary).toBe('Accept-Encoding');

      const weak = await request('/assets/index-BKRBv3ye.js', {
        'accept-encoding': accept,
        'if-none-match': `"other", W/${etag}`,
      });
      expect(weak.status).toBe(304);
    }
    expect(new Set(tags.values()).size).toBe(3);
    // The brotli tag does not validate the gzip copy.
    const cross = await request('/assets/index-BKRBv3ye.js', {
      'accept-encoding': 'gzip',
      'if-none-match': tags.get('br') ?? '',
    });
    expect(cross.status).toBe(200);
    expect(cross.headers['content-encoding']).toBe('gzip');
  });

  it('AS-3 answers HEAD with the headers of GET and no body', async () => {
    const get = await request('/assets/index-BKRBv3ye.js', { 'accept-encoding': 'br' });
    const head = await request('/assets/index-BKRBv3ye.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-type', 'content-encoding', 'content-length', 'etag', 'cache-control', 'vary']) {
      expect(head.headers[name], name).toBe(get.headers[name]);
    }
  });

  it('AS-4 makes hashed assets immutable, and the shell, the worker and the manifest no-cache', async () => {
    const cacheOf = async (p: string) => (await request(p, { 'accept-encoding': 'br, gzip' })).headers['cache-control'];
    expect(await cacheOf('/assets/index-BKRBv3ye.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheOf('/assets/tiny-C0ffee12.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheOf('/index.html')).toBe('no-cache');
    expect(await cacheOf('/sw.js')).toBe('no-cache');
    expect(await cacheOf('/manifest.webmanifest')).toBe('no-cache');
    expect(await cacheOf('/icons/icon-192.png')).toBe('public, max-age=3600');

    const fallback = await request('/escuelas/7423', { 'accept-encoding': 'br' });
    expect(fallback.status).toBe(200);
    expect(fallback.headers['cache-control']).toBe('no-cache');
    expect(fallback.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(fallback.body).toString()).toBe(SHELL);
    const manifest = await request('/manifest.webmanifest', { 'accept-encoding': 'gzip' });
    expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    expect(manifest.headers['content-encoding']).toBe('gzip');
  });

  it('AS-5 serves nothing outside the directory, no copy by its own name, and only GET and HEAD', async () => {
    const name = path.basename(outside);
    for (const p of [
      `/../${name}`,
      `/%2e%2e/${name}`,
      `/assets/..%2f..%2f${name}`,
      `/..%5c${name}`,
      `/%2e%2e%5c${name}`,
      '/index.html%00.js',
    ]) {
      const res = await request(p);
      expect(res.status, p).toBe(404);
      expect(res.body.toString(), p).not.toContain('secret');
    }
    for (const p of [
      '/assets/index-BKRBv3ye.js.br',
      '/assets/index-BKRBv3ye.js.gz',
      '/sw.js.br',
      '/sw.js.br/',
      '/sw.js.br/.',
      '/precompressed.json',
      '/assets/../precompressed.json',
    ]) {
      expect((await request(p, { 'accept-encoding': 'br, gzip' })).status, p).toBe(404);
    }
    expect((await request('/assets/missing-AAAAAAAA.js')).status).toBe(404);
    const post = await request('/index.html', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
