// Canonical JSON for hashing: the same data gives the same text on every device, whatever order its
// keys were written or merged in. Rules: object keys sorted by UTF-16 code units (Array.prototype.sort's
// default), no whitespace, arrays kept in their order, properties whose value is undefined left out
// (as JSON.stringify does), strings and numbers written by JSON.stringify. Non-finite numbers, and
// values JSON cannot hold (functions, bigint, symbols, undefined at the top or in an array), throw a
// TypeError: a hash over a silently changed value would be worse than none.

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode a ${typeof value}`);
  }
}
