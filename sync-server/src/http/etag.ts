// Strong ETags for the static files: a hash of the bytes actually sent (each compressed variant has
// its own), computed once per file version (path, size, mtime) and kept in memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function createEtagCache() {
  const cache = new Map<string, { key: string; etag: string }>();
  return {
    async get(file: string, size: number, mtimeMs: number): Promise<string> {
      const key = `${size}:${mtimeMs}`;
      const hit = cache.get(file);
      if (hit?.key === key) return hit.etag;
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
      const etag = `"${hash.digest('base64url').slice(0, 27)}"`;
      cache.set(file, { key, etag });
      return etag;
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
