// Which precompressed variants a request accepts (RFC 9110 §12.5.3), in our order of preference:
// brotli, then gzip. An encoding with q=0 is refused, `*` stands for every encoding not named, and
// no header at all means the file as it is (what clients that never compress expect).
export type Encoding = 'br' | 'gzip' | 'identity';

export const ENCODING_SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

const PREFERENCE = ['br', 'gzip'] as const;

/** q-values by coding name, lower-cased; `x-gzip` counts as gzip. */
function parse(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';').map((s) => s.trim());
    if (!rawName) continue;
    const name = rawName.toLowerCase() === 'x-gzip' ? 'gzip' : rawName.toLowerCase();
    let q = 1;
    for (const param of params) {
      const m = /^q\s*=\s*(.*)$/i.exec(param);
      // A malformed weight refuses the coding: the file itself is always a safe answer.
      if (m) q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(m[1] ?? '') ? Number(m[1]) : 0;
    }
    weights.set(name, q);
  }
  return weights;
}

/** The compressed encodings to try, best first; the caller falls back to the file itself. */
export function chooseEncoding(header: string | string[] | undefined): Exclude<Encoding, 'identity'>[] {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return [];
  const weights = parse(value);
  const wildcard = weights.get('*') ?? 0;
  return PREFERENCE.filter((name) => (weights.get(name) ?? wildcard) > 0);
}
