// OP-6: supported Node versions. Every production dependency (as installed in node_modules) must
// accept Node 22 and 24 — the lowest versions of each line that our own `engines` admits — and the
// ones that exclude Node 20 are exactly those the README names.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/buildState.mjs';

// semver is a production dependency of ours (better-sqlite3 → prebuild-install → node-abi → semver).
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };

const NODE_20 = '20.19.0';
const SUPPORTED = ['22.12.0', '24.0.0'];
/** Production dependencies that declare they do not support Node 20 (they run on it; npm warns EBADENGINE). */
const EXCLUDE_NODE_20 = ['@hocuspocus/server'];

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
}

const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

/** [name, engines.node] of every installed production package (nested copies included). */
function productionEngines(): [string, string | undefined][] {
  const lock = readJson('package-lock.json') as { packages: Record<string, LockEntry> };
  return Object.entries(lock.packages)
    .filter(([dir, entry]) => dir !== '' && !entry.dev && !entry.devOptional)
    .filter(([dir]) => existsSync(path.join(ROOT, dir, 'package.json'))) // optional platform packages may be absent
    .map(([dir]) => {
      const pkg = readJson(path.join(dir, 'package.json')) as { name: string; engines?: { node?: string } };
      return [pkg.name, pkg.engines?.node];
    });
}

describe('OP-6 supported Node versions', () => {
  const deps = productionEngines();

  it('reads a real dependency tree (the server packages are in it)', () => {
    expect(deps.map(([name]) => name)).toEqual(
      expect.arrayContaining(['@hocuspocus/server', 'better-sqlite3', 'ws', 'pino']),
    );
  });

  it.each(SUPPORTED)('our package.json engines accept Node %s and Node 20, not Node 18', (version) => {
    const range = (readJson('package.json') as { engines: { node: string } }).engines.node;
    expect(semver.satisfies(version, range)).toBe(true);
    expect(semver.satisfies(NODE_20, range)).toBe(true);
    expect(semver.satisfies('18.20.0', range)).toBe(false);
  });

  it.each(SUPPORTED)('every production dependency accepts Node %s', (version) => {
    const refusing = deps.filter(([, range]) => range !== undefined && !semver.satisfies(version, range));
    expect(refusing).toEqual([]);
  });

  it(`the production dependencies that exclude Node ${NODE_20} are the ones the README names`, () => {
    const refusing = [
      ...new Set(
        deps.filter(([, range]) => range !== undefined && !semver.satisfies(NODE_20, range)).map(([name]) => name),
      ),
    ];
    expect(refusing.sort()).toEqual(EXCLUDE_NODE_20);
  });
});
