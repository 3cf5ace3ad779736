// Content negotiation and validators of the static server as pure functions (docs/spec/operations.md
// AS-2, AS-3): the real relay is tested in tests/server/static.test.ts.
import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../../../sync-server/src/http/acceptEncoding.ts';
import { etagMatches } from '../../../../sync-server/src/http/etag.ts';

describe('AS-2 chooseEncoding', () => {
  const table: [string | string[] | undefined, string[]][] = [
    [undefined, []],
    ['', []],
    ['identity', []],
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['GZIP', ['gzip']],
    ['x-gzip;q=0.5', ['gzip']],
    ['br;q=0', []],
    ['br;q=0.0, gzip;q=0.001', ['gzip']],
    ['br ; q=0 , gzip', ['gzip']],
    ['*', ['br', 'gzip']],
    ['*;q=0', []],
    ['*;q=0, br', ['br']],
    ['gzip;q=1, *;q=0.5', ['br', 'gzip']],
    ['br;q=abc', []],
    [
      ['gzip', 'br'],
      ['br', 'gzip'],
    ],
  ];
  it.each(table)('%j → %j', (header, expected) => {
    expect(chooseEncoding(header)).toEqual(expected);
  });
});

describe('AS-3 etagMatches', () => {
  const tag = '"abc123"';
  it.each([
    [undefined, false],
    ['"abc123"', true],
    ['W/"abc123"', true],
    ['"x", "abc123"', true],
    ['*', true],
    ['"abc12"', false],
    ['abc123', false],
  ] as [string | undefined, boolean][])('%j → %s', (header, expected) => {
    expect(etagMatches(header, tag)).toBe(expected);
  });
});
