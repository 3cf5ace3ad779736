// Serves the built PWA (docs/spec/operations.md AS-1…AS-6). Compressed variants are made at build
// time (build/precompress.ts): each request gets the best one it accepts (br, then gzip, then the
// file itself) with its own strong ETag. The HTML shell, the service worker and the manifest are
// revalidated on every load, so a new release is always seen; hashed assets are immutable. Paths
// without an extension fall back to the shell (the app routes by hash).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chooseEncoding, ENCODING_SUFFIX, type Encoding } from './acceptEncoding.ts';
import { createHashCache, etagMatches } from './etag.ts';
import { PRECOMPRESSED_LIST, createPrecompressedList } from './precompressedList.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Build outputs with a content hash in their name (`assets/index-BKRBv3ye.js`): never change. */
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
/** The precompressed copies and their list are an implementation detail: never served by name. */
const isBuildDetail = (inside: string) => /\.(br|gz)$/.test(inside) || inside === PRECOMPRESSED_LIST;

const IMMUTABLE = 'public, max-age=31536000, immutable';

function cacheControl(relative: string): string {
  const name = path.posix.basename(relative);
  if (name === 'index.html' || name === 'sw.js' || name.startsWith('workbox-') || name.endsWith('.webmanifest'))
    return 'no-cache';
  return HASHED_ASSET.test(relative) ? IMMUTABLE : 'public, max-age=3600';
}

// eslint-disable-next-line max-lines-per-function -- dist/ with its shared cache and fallback
export function createStaticHandler(staticDir: string) {
  const root = path.resolve(staticDir);
  const hashes = createHashCache();
  const precompressed = createPrecompressedList(root);

  /** The repository-style path ("/assets/x.js") of a regular file under root, or null. */
  const resolveFile = async (urlPath: string): Promise<string | null> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0')) return null;
    const file = path.resolve(root, `.${path.posix.normalize(`/${decoded.replace(/\\/g, '/')}`)}`);
    const inside = path.relative(root, file);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside) || isBuildDetail(inside)) return null;
    const st = await stat(file).catch(() => null);
    return st?.isFile() ? `/${inside.split(path.sep).join('/')}` : null;
  };

  /**
   * The variant to send: the best accepted copy, if the build made it from the file as it is now
   * (precompressedList.ts), else the file itself. Returns the bytes' path, size and hash (ETag).
   */
  const pickVariant = async (
    file: string,
    accept: string | undefined,
  ): Promise<{ encoding: Encoding; size: number; hash: string; full: string }> => {
    const original = path.join(root, file);
    const st = await stat(original);
    const hash = await hashes.hashOf(original, st.size, st.mtimeMs);
    const encodings = chooseEncoding(accept);
    if (encodings.length > 0 && (await precompressed.sourceHash(file.slice(1))) === hash) {
      for (const encoding of encodings) {
        const full = original + ENCODING_SUFFIX[encoding];
        const copy = await stat(full).catch(() => null);
        if (copy?.isFile())
          return { encoding, size: copy.size, hash: await hashes.hashOf(full, copy.size, copy.mtimeMs), full };
      }
    }
    return { encoding: 'identity', size: st.size, hash, full: original };
  };

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    let file = await resolveFile(urlPath);
    if (!file && !path.posix.extname(urlPath)) file = await resolveFile('/index.html');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const variant = await pickVariant(file, req.headers['accept-encoding']);
    const etag = `"${variant.hash}"`;
    const headers: Record<string, string | number> = {
      'cache-control': cacheControl(file),
      etag,
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    };
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    headers['content-type'] = TYPES[path.posix.extname(file)] ?? 'application/octet-stream';
    headers['content-length'] = variant.size;
    if (variant.encoding !== 'identity') headers['content-encoding'] = variant.encoding;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(variant.full);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}
