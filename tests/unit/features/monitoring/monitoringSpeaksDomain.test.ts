// Issue 14 for the monitoring area: its screens get a handle and plain data. No file under
// src/features/monitoring imports yjs (not even a type) or LOCAL_EDIT, nor stamps writes with a clock.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../../src/features/monitoring');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('monitoring screens speak the domain', () => {
  const sources = files(ROOT).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('has screens to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each([
    ['yjs', /from ['"]yjs['"]/],
    ['LOCAL_EDIT', /\bLOCAL_EDIT\b/],
    ['a clock stamp', /new Date\(\)\.toISOString\(\)/],
    ['the old data module', /data\/monitoringDoc\.ts/],
  ])('no file uses %s', (_what, pattern) => {
    expect(sources.filter((s) => pattern.test(s.text)).map((s) => s.path)).toEqual([]);
  });
});
