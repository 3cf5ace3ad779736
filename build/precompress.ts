// Precompressed copies of the built app, written once at build time so the relay never compresses
// per request: next to every compressible file of at least MIN_BYTES, `<file>.br` (brotli, maximum
// quality) and `<file>.gz` (gzip -9), each kept only when smaller than the file, and the list of
// files that have copies with the hash of the bytes they were made from (`precompressed.json`). The
// relay picks the copy a request accepts while the file still has that hash
// (sync-server/src/http/static.ts); the precache lists the files only.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { contentHash } from '../sync-server/src/http/etag.ts';
import { PRECOMPRESSED_LIST } from '../sync-server/src/http/precompressedList.ts';

export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this, headers outweigh what compression saves. */
export const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const ENCODERS: [suffix: string, encode: (bytes: Buffer) => Promise<Buffer>][] = [
  [
    '.br',
    (b) =>
      brotli(b, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
        },
      }),
  ],
  ['.gz', (b) => gzipAsync(b, { level: constants.Z_BEST_COMPRESSION })],
];

/** Writes the `.br` and `.gz` copies under `dir` and their list; returns how many copies were written. */
export async function precompressDir(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((relative) => relative !== PRECOMPRESSED_LIST);
  const list: Record<string, string> = {};
  let written = 0;
  await Promise.all(
    files.map(async (relative) => {
      const file = path.join(dir, relative);
      if ((await stat(file)).size < MIN_BYTES) return;
      const bytes = await readFile(file);
      for (const [suffix, encode] of ENCODERS) {
        const encoded = await encode(bytes);
        if (encoded.length >= bytes.length) continue;
        await writeFile(file + suffix, encoded);
        list[relative] = contentHash(bytes);
        written++;
      }
    }),
  );
  const sorted = Object.fromEntries(Object.entries(list).sort(([a], [b]) => a.localeCompare(b)));
  await writeFile(path.join(dir, PRECOMPRESSED_LIST), `${JSON.stringify(sorted, null, 1)}\n`);
  return written;
}

/** Vite plugin: precompresses the output directory after every other plugin (the service worker included). */
export function precompress(): Plugin {
  let outDir: string | null = null;
  return {
    name: 'bitacora-precompress',
    apply: 'build',
    configResolved(config) {
      // Only the browser app: a server or library build of the same config is left as it is.
      outDir = config.build.ssr || config.build.lib ? null : path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler(error) {
        if (!error && outDir) await precompressDir(outDir);
      },
    },
  };
}
