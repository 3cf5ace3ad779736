// The layering rule (style habit 2) checked on the real source tree:
// domain ← data ← sync ← features ← app, Dexie and y-indexeddb only in data, features talk to
// each other through their index.ts, and the relay takes only the domain from `src/`. The file
// writers (src/reports: XLSX, PDF layout) sit on the domain alone, beside data, for features and
// the app; the service worker is registered by the app shell only (workbox-window).
// Each violation is reported as "file: specifier".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface SourceFile {
  /** Repository-relative, with forward slashes: "src/data/workspace.ts". */
  path: string;
  text: string;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function listSources(dir: string): SourceFile[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((p) => !p.includes('node_modules/'))
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}

const IMPORT_PATTERNS = [
  /\b(?:import|export)\s+(?:type\s+)?[\w$*{}\s,]*?\bfrom\s*['"]([^'"]+)['"]/g, // static, re-exports
  /\bimport\s*['"]([^'"]+)['"]/g, // side effect only
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // dynamic
];

function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return IMPORT_PATTERNS.flatMap((re) => [...code.matchAll(re)].map((m) => m[1] ?? ''));
}

/** A relative specifier resolved to a repository path, or the package name ("zustand/vanilla" → "zustand"). */
type Target = { kind: 'file'; path: string } | { kind: 'package'; name: string };

function resolveTarget(from: string, spec: string): Target {
  if (spec.startsWith('.')) return { kind: 'file', path: posix.normalize(posix.join(posix.dirname(from), spec)) };
  const parts = spec.split('/');
  return { kind: 'package', name: spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec) };
}

const under = (path: string, dir: string) => path.startsWith(`${dir}/`);
const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(path)?.[1];

/** True when `file` may import `target`; files outside the rules' layers are not restricted. */
function allowed(file: string, target: Target): boolean {
  const t = target.kind === 'file' ? target.path : null;
  const pkg = target.kind === 'package' ? target.name : null;
  const inLayers = (...dirs: string[]) => t !== null && dirs.some((d) => under(t, d));
  if (under(file, 'src/domain')) return pkg === 'zod' || inLayers('src/domain');
  if (under(file, 'src/reports')) {
    return ['jspdf', 'jspdf-autotable', 'fflate'].includes(pkg ?? '') || inLayers('src/domain', 'src/reports');
  }
  if (under(file, 'src/data')) {
    return ['dexie', 'yjs', 'y-indexeddb', 'zod'].includes(pkg ?? '') || inLayers('src/domain', 'src/data');
  }
  if (under(file, 'src/sync')) {
    const packages = ['yjs', '@hocuspocus/provider', 'zustand', 'zod', 'y-protocols', 'lib0'];
    return packages.includes(pkg ?? '') || inLayers('src/domain', 'src/data', 'src/sync');
  }
  if (under(file, 'src/features')) {
    // Screens speak the domain: documents are reached through handles of the data layer (issue 14).
    if (['dexie', 'yjs', 'y-indexeddb', 'y-protocols', 'workbox-window'].includes(pkg ?? '')) return false;
    if (t === null) return true;
    if (under(t, 'src/app')) return false;
    const other = featureOf(t);
    if (other === undefined || other === featureOf(file)) return true;
    // A feature's public surface: its index.ts (screens), and report/index.ts (the document makers,
    // free of screens and styles, so another feature or a benchmark in Node can build its documents).
    return t === `src/features/${other}/index.ts` || t === `src/features/${other}/report/index.ts`;
  }
  if (under(file, 'src/app')) return !['dexie', 'yjs', 'y-indexeddb', 'y-protocols'].includes(pkg ?? '');
  if (under(file, 'sync-server')) return t === null || !under(t, 'src') || under(t, 'src/domain');
  return true;
}

/** Every forbidden import, as "file: specifier". */
function layeringViolations(files: SourceFile[]): string[] {
  return files.flatMap((f) =>
    importSpecifiers(f.text)
      .filter((spec) => !allowed(f.path, resolveTarget(f.path, spec)))
      .map((spec) => `${f.path}: ${spec}`),
  );
}

describe('layering of the real source tree', () => {
  const files = [...listSources('src'), ...listSources('sync-server')];

  it('finds the layers and their imports (the check is not vacuous)', () => {
    for (const dir of [
      'src/domain',
      'src/data',
      'src/reports',
      'src/sync',
      'src/features',
      'src/app',
      'sync-server/src',
    ]) {
      expect(
        files.some((f) => under(f.path, dir)),
        dir,
      ).toBe(true);
    }
    const workspace = files.find((f) => f.path === 'src/data/workspace.ts');
    expect(importSpecifiers(workspace?.text ?? '')).toEqual(
      expect.arrayContaining(['yjs', 'y-indexeddb', './userDb.ts']),
    );
  });

  const layers = ['src/domain', 'src/data', 'src/reports', 'src/sync', 'src/features', 'src/app', 'sync-server'];
  it.each(layers)('%s imports only what it may', (dir) => {
    expect(layeringViolations(files.filter((f) => under(f.path, dir)))).toEqual([]);
  });
});

describe('infrastructure lives where the layer map says', () => {
  const files = listSources('src');

  it('no feature opens the workspace, the sync engine or the attachment upload: src/sync/session does', () => {
    const wiring = /\bnew (?:Workspace|SyncEngine)\(|\bcreateAttachmentSync\(/;
    expect(files.filter((f) => under(f.path, 'src/features') && wiring.test(f.text)).map((f) => f.path)).toEqual([]);
    expect(files.filter((f) => wiring.test(f.text)).map((f) => f.path)).toContain('src/sync/session/sessionStore.ts');
  });

  it('the service worker is registered by the app shell; the file writers are the reports module', () => {
    const workbox = files.filter((f) => importSpecifiers(f.text).includes('workbox-window')).map((f) => f.path);
    expect(workbox).toEqual(['src/app/serviceWorker.ts']);
    const writers = /\bexport function (?:buildWorkbook|pdfLayout|newDocument)\b/;
    const writerFiles = files.filter((f) => writers.test(f.text)).map((f) => f.path);
    expect(writerFiles.sort()).toEqual(['src/reports/pdf/layout.ts', 'src/reports/xlsx.ts']);
  });
});

describe('one handle per document', () => {
  const files = listSources('src');

  it('no screen passes the transaction origin: the handles of src/data/docs own LOCAL_EDIT, the user and the clock', () => {
    const screens = files.filter((f) => under(f.path, 'src/features') || under(f.path, 'src/app'));
    expect(screens.length).toBeGreaterThan(50);
    expect(screens.filter((f) => /\bLOCAL_EDIT\b/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('each document kind has its handle folder under src/data/docs', () => {
    const kinds = ['profile', 'diagnosis', 'pme', 'monitoring', 'programme', 'evaluation', 'review'];
    for (const kind of kinds) {
      expect(
        files.some((f) => f.path === `src/data/docs/${kind}/index.ts`),
        kind,
      ).toBe(true);
    }
    expect(files.filter((f) => /^src\/data\/[a-zA-Z]+Doc\.ts$/.test(f.path)).map((f) => f.path)).toEqual([]);
  });
});

describe('the shared core of the domain', () => {
  const files = listSources('src/domain');

  it('calendar dates, the school year, money, numbers and text live in src/domain/shared, not inside one area', () => {
    const shared = ['localDates', 'schoolYear', 'money', 'numbers', 'text'].map((n) => `src/domain/shared/${n}.ts`);
    for (const path of shared)
      expect(
        files.some((f) => f.path === path),
        path,
      ).toBe(true);
    const outside = files.filter((f) => !under(f.path, 'src/domain/shared'));
    const importsShared = outside.filter((f) => importSpecifiers(f.text).some((s) => s.includes('/shared/')));
    expect(importsShared.length).toBeGreaterThan(20);
    expect(outside.filter((f) => /^src\/domain\/pme\/(calendar|money)\.ts$/.test(f.path))).toEqual([]);
  });
});

describe('the layering checker', () => {
  const file = (path: string, ...specs: string[]): SourceFile => ({
    path,
    text: specs.map((s, i) => `import { x${i} } from '${s}';`).join('\n'),
  });

  it('parses static, multi-line, type-only, re-export, side-effect and dynamic imports, not comments', () => {
    const text = [
      "import * as Y from 'yjs';",
      "import {\n  a,\n  type B,\n} from './multi.ts';",
      "import type { C } from './types.ts';",
      "export { d } from './reexport.ts';",
      "export * from './star.ts';",
      "import './side-effect.css';",
      "const m = await import('./lazy.ts');",
      "// import { no } from 'commented-out';",
      "/* import { no } from 'block-comment'; */",
      "const s = 'not an import from here';",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(
      ['./lazy.ts', './multi.ts', './reexport.ts', './side-effect.css', './star.ts', './types.ts', 'yjs'].sort(),
    );
  });

  it('reports each forbidden import as "file: specifier" and accepts the allowed ones', () => {
    const fake = [
      file('src/domain/a.ts', 'zod', './b.ts', 'react', '../data/userDb.ts'),
      file('src/data/x.ts', 'dexie', '../domain/a.ts', 'react', '../sync/syncStore.ts'),
      file('src/sync/s.ts', 'zustand/vanilla', '../data/x.ts', 'react', '../features/f/index.ts'),
      file(
        'src/features/f/a.ts',
        'dexie-react-hooks',
        '../g/index.ts',
        '../g/deep.ts',
        '../../app/router.ts',
        'dexie',
        'y-indexeddb',
      ),
      file('src/features/f/b.ts', '../../data/x.ts', './a.ts', '../../reports/index.ts', 'workbox-window', 'yjs'),
      file('src/reports/r.ts', 'jspdf', '../domain/a.ts', '../data/x.ts', '../sync/s.ts', 'react'),
      file('src/data/y.ts', '../reports/r.ts'),
      {
        path: 'src/features/g/index.ts',
        text: "export { a } from '../f/a.ts';\nconst lazy = () => import('../f/b.ts');",
      },
      file('src/app/App.tsx', '../features/f/index.ts', 'react', 'dexie'),
      file('sync-server/src/s.ts', '../../src/domain/wire/protocol.ts', '../../src/data/x.ts', 'node:http'),
    ];
    expect(layeringViolations(fake)).toEqual([
      'src/domain/a.ts: react',
      'src/domain/a.ts: ../data/userDb.ts',
      'src/data/x.ts: react',
      'src/data/x.ts: ../sync/syncStore.ts',
      'src/sync/s.ts: react',
      'src/sync/s.ts: ../features/f/index.ts',
      'src/features/f/a.ts: ../g/deep.ts',
      'src/features/f/a.ts: ../../app/router.ts',
      'src/features/f/a.ts: dexie',
      'src/features/f/a.ts: y-indexeddb',
      'src/features/f/b.ts: workbox-window',
      'src/features/f/b.ts: yjs',
      'src/reports/r.ts: ../data/x.ts',
      'src/reports/r.ts: ../sync/s.ts',
      'src/reports/r.ts: react',
      'src/data/y.ts: ../reports/r.ts',
      'src/features/g/index.ts: ../f/a.ts',
      'src/features/g/index.ts: ../f/b.ts',
      'src/app/App.tsx: dexie',
      'sync-server/src/s.ts: ../../src/data/x.ts',
    ]);
  });
});
