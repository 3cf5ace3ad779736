// OP-2: a build is stale as soon as any of its inputs changes, and only then.
import { mkdtempSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PARTS, inputsHash } from '../../../scripts/buildState.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bitacora-hash-'));
  dirs.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const INPUTS = ['src', 'vite.config.ts', 'package-lock.json'];
const FILES = {
  'src/a.ts': 'export const a = 1;\n',
  'src/deep/b.ts': 'export const b = 2;\n',
  'vite.config.ts': 'x',
  'package-lock.json': '{}',
};

describe('OP-2 inputsHash decides whether a build is fresh', () => {
  it('is the same for the same files, whatever the folder', () => {
    expect(inputsHash(INPUTS, tree(FILES))).toBe(inputsHash(INPUTS, tree(FILES)));
  });

  it('changes when a file changes, appears, is renamed, or the lockfile changes', () => {
    const base = inputsHash(INPUTS, tree(FILES));
    expect(inputsHash(INPUTS, tree({ ...FILES, 'src/a.ts': 'export const a = 3;\n' }))).not.toBe(base);
    expect(inputsHash(INPUTS, tree({ ...FILES, 'src/deep/c.ts': '' }))).not.toBe(base);
    expect(inputsHash(INPUTS, tree({ ...FILES, 'package-lock.json': '{"x":1}' }))).not.toBe(base);
    const renamed = tree(FILES);
    renameSync(path.join(renamed, 'src/deep/b.ts'), path.join(renamed, 'src/deep/b2.ts'));
    expect(inputsHash(INPUTS, renamed)).not.toBe(base);
  });

  it('ignores files outside the inputs and inputs that do not exist', () => {
    const base = inputsHash(INPUTS, tree(FILES));
    expect(inputsHash(INPUTS, tree({ ...FILES, 'README.md': 'notes', 'tests/x.test.ts': '' }))).toBe(base);
    expect(inputsHash([...INPUTS, 'absent'], tree(FILES))).toBe(base);
  });

  it('covers what each build reads: the relay build includes the domain it imports, the PWA build its public files', () => {
    expect(PARTS.server.inputs).toEqual(
      expect.arrayContaining(['sync-server/src', 'src/domain', 'vite.server.config.ts', 'package-lock.json']),
    );
    expect(PARTS.pwa.inputs).toEqual(
      expect.arrayContaining(['src', 'public', 'index.html', 'vite.config.ts', 'build', 'package-lock.json']),
    );
  });
});
