// The real build as the relay serves it (docs/spec/operations.md AS-1, AS-2, AS-6): what is
// precompressed, what the service worker precaches (nothing of jspdf's unused extras), and a first
// visit in real Chromium that receives compressed files, fills the precache with the files
// themselves (not their compressed bytes) and then opens with no network.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT, RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import { launchBrowser, openLoggedPage, waitForServiceWorker } from '../support/browser.ts';
import { COMPRESSIBLE, MIN_BYTES } from '../../build/precompress.ts';
import { EXTRA_REMOVED_MESSAGE } from '../../build/jspdfExtrasRemoved.ts';
import { contentHash } from '../../sync-server/src/http/etag.ts';
import { PRECOMPRESSED_LIST } from '../../sync-server/src/http/precompressedList.ts';

const DIST = path.join(ROOT, 'dist');

/** Strings found in each extra's code (kept by minifiers) and in nothing of ours or jspdf's. */
const EXTRA_MARKERS = {
  html2canvas: 'html2canvas.hertzen.com',
  canvg: 'feColorMatrix',
  'core-js': '__core-js_shared__',
  dompurify: 'ALLOWED_TAGS',
};

let relay: RelayProcess;
let browser: Browser;
const logs: string[] = [];

async function precacheUrls(): Promise<string[]> {
  const sw = await readFile(path.join(DIST, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] as string))];
}

async function distFiles(): Promise<string[]> {
  return (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(DIST, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

beforeAll(async () => {
  relay = await RelayProcess.create();
  await relay.start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeRelay(relay);
});

describe('the built app shell', () => {
  it('AS-1 has .br and .gz copies of every compressible file of 1 KiB or more, the service worker included', async () => {
    const files = new Set(await distFiles());
    const list = JSON.parse(await readFile(path.join(DIST, PRECOMPRESSED_LIST), 'utf8')) as Record<string, string>;
    const expected = [...files].filter((f) => COMPRESSIBLE.test(f) && f !== PRECOMPRESSED_LIST);
    expect(expected).toContain('sw.js');
    for (const file of expected) {
      if ((await stat(path.join(DIST, file))).size < MIN_BYTES) continue;
      expect(files.has(`${file}.br`), `${file}.br`).toBe(true);
      expect(files.has(`${file}.gz`), `${file}.gz`).toBe(true);
      expect(list[file], `${file} in ${PRECOMPRESSED_LIST}`).toBe(contentHash(await readFile(path.join(DIST, file))));
    }
  });

  it("AS-6 precaches the app only: no compressed copies, no source maps, none of jspdf's optional extras", async () => {
    const urls = await precacheUrls();
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => /\.(br|gz|map)$/.test(u) || u === PRECOMPRESSED_LIST)).toEqual([]);
    expect(urls.filter((u) => /html2canvas|purify|canvg|index\.es-/.test(u))).toEqual([]);
    const js = (await distFiles()).filter((f) => /\.m?js$/.test(f));
    for (const [extra, marker] of Object.entries(EXTRA_MARKERS)) {
      const holders: string[] = [];
      for (const file of js) if ((await readFile(path.join(DIST, file), 'utf8')).includes(marker)) holders.push(file);
      expect(holders, `${extra} in the build`).toEqual([]);
    }
  });

  it('AS-6 the stand-in for the extras, as built, fails with a clear message when called', async () => {
    const page = await openLoggedPage(browser, 'stub', logs);
    await page.goto(`${relay.url}/`);
    const stub = (await precacheUrls()).find((u) => /jspdfExtrasRemoved-/.test(u));
    expect(stub, 'the stand-in is part of the app').toBeDefined();
    // A string, not a function: vitest would rewrite `import()` inside a function it transforms.
    const errors = (await page.evaluate(`(async () => {
      const stub = (await import('/${stub}')).default;
      return [() => stub(), () => stub.fromString(), () => stub.sanitize()].map((call) => {
        try { call(); return 'no error'; } catch (e) { return e.message; }
      });
    })()`)) as string[];
    expect(errors).toEqual([EXTRA_REMOVED_MESSAGE, EXTRA_REMOVED_MESSAGE, EXTRA_REMOVED_MESSAGE]);
  });

  it('AS-2 a first visit receives compressed files, precaches the files themselves and opens offline', async () => {
    onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));
    const page = await openLoggedPage(browser, 'first-visit', logs);
    await page.goto(`${relay.url}/`);
    await page.getByLabel('Usuario').waitFor();

    // Chromium received the entry script compressed (encoded size well under decoded size).
    const entry = await page.evaluate(() => {
      const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '';
      const [timing] = performance.getEntriesByName(src) as PerformanceResourceTiming[];
      return { src, encoded: timing?.encodedBodySize ?? 0, decoded: timing?.decodedBodySize ?? 0 };
    });
    expect(entry.decoded).toBeGreaterThan(0);
    expect(entry.encoded).toBeLessThan(entry.decoded / 2);

    await waitForServiceWorker(page);
    // The precache holds the files as built (decoded), byte for byte.
    const entryPath = new URL(entry.src).pathname;
    const cached = await page.evaluate(async (p) => {
      const res = await caches.match(p, { ignoreSearch: true });
      return res ? { type: res.headers.get('content-type'), text: await res.text() } : null;
    }, entryPath);
    expect(cached?.type).toContain('text/javascript');
    expect(cached?.text).toBe(await readFile(path.join(DIST, entryPath), 'utf8'));

    await page.context().setOffline(true);
    await page.reload();
    await page.getByLabel('Usuario').waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });
});
