// Strong ETags for the static files: a hash of the bytes actually sent (each compressed variant has
// its own), computed once per file version (path, size, mtime) and kept in memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The content hash of the static files: their ETag, and the key of the build's precompressed list. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

export function createHashCache() {
  const cache = new Map<string, { key: string; hash: string }>();
  return {
    async hashOf(file: string, size: number, mtimeMs: number): Promise<string> {
      const key = `${size}:${mtimeMs}`;
      const hit = cache.get(file);
      if (hit?.key === key) return hit.hash;
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
      const digest = hash.digest('base64url');
      cache.set(file, { key, hash: digest });
      return digest;
    },
  };
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` is ignored, `*` matches. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
