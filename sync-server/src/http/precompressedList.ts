// The build's list of precompressed files (build/precompress.ts writes it as `precompressed.json`
// at the root of the app): for each file with `.br`/`.gz` copies, the content hash of the file they
// were made from. The relay sends a copy only while its file still has that hash, so a file patched
// or replaced after the build is never answered with stale compressed bytes, whatever the copy's
// timestamps (a `cp -r` without `-p` reorders them).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const PRECOMPRESSED_LIST = 'precompressed.json';

/** Repository-style path ("assets/index-x.js") → content hash of the file the copies were made from. */
export const precompressedListSchema = z.record(z.string(), z.string());

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function createPrecompressedList(root: string) {
  const file = path.join(root, PRECOMPRESSED_LIST);
  let loaded: { mtimeMs: number; hashes: Map<string, string> } | null = null;
  return {
    /** The hash the copies of `relative` were made from, or undefined (no copies, or no list). */
    async sourceHash(relative: string): Promise<string | undefined> {
      const st = await stat(file).catch(() => null);
      if (!st) return undefined;
      if (loaded?.mtimeMs !== st.mtimeMs) {
        const parsed = precompressedListSchema.safeParse(parseJson(await readFile(file, 'utf8').catch(() => '')));
        loaded = { mtimeMs: st.mtimeMs, hashes: new Map(parsed.success ? Object.entries(parsed.data) : []) };
      }
      return loaded.hashes.get(relative);
    },
  };
}
