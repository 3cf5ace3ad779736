// The offline cold start of an advisor with 60 schools (a profile and an 8-month programme each,
// 120 documents) on a cheap tablet: Debian's Chromium with the CPU throttled 4× through CDP, the
// network off, the page reloaded (shell from the service worker, data from IndexedDB). Medians of 5:
// - app.coldStart60.ms: navigation start to the school list shown with every school's figures;
// - app.allDocsOpen60.ms: navigation start to every local document open and attached to sync
//   (the app's 'docs-all-open' mark);
// - app.schoolOpenDuringWarmup.ms: a tap on a school while the background opening still runs, to
//   its screen showing the school's own profile.
// With BENCH_PROFILE=1 it also prints where the opening time goes (the app's `doc-open:*` measures).
import type { Page } from 'playwright-core';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { waitFor } from '../tests/support/nodeClient.ts';
import { disposeRelay } from '../tests/support/relayControl.ts';
import { launchBrowser, newContext, signIn, waitForServiceWorker } from '../tests/support/browser.ts';
import { seedSchools } from './portfolio.ts';
import type { BenchResult } from './types.ts';

const SCHOOLS = 60;
const RUNS = 5;
const CPU_THROTTLE = 4;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function markTime(page: Page, name: string, timeout = 120_000): Promise<number> {
  let at = Number.NaN;
  await waitFor(
    async () => {
      at = await page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name);
      return Number.isFinite(at);
    },
    timeout,
    `mark ${name}`,
  );
  return at;
}

/** Sums the app's `doc-open:<stage>` measures of this page load (ms per stage, and their count). */
function openProfile(page: Page): Promise<Record<string, { ms: number; n: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { ms: number; n: number }> = {};
    for (const m of performance.getEntriesByType('measure')) {
      if (!m.name.startsWith('doc-open:')) continue;
      const stage = (out[m.name.slice(9)] ??= { ms: 0, n: 0 });
      stage.ms = Math.round(stage.ms + m.duration);
      stage.n++;
    }
    return out;
  });
}

/** When the session opened and each script finished loading (ms from navigation start). */
function startupMarks(page: Page): Promise<Record<string, { ms: number; n: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { ms: number; n: number }> = {};
    for (const m of performance.getEntriesByType('mark')) out[`mark:${m.name}`] = { ms: Math.round(m.startTime), n: 1 };
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (r.name.endsWith('.js')) out[`js:${r.name.split('/').pop()}`] = { ms: Math.round(r.responseEnd), n: 1 };
    }
    return out;
  });
}

/**
 * Taps the last school of the list as soon as the list shows and returns the time from the tap to
 * its screen showing the profile's name, and whether the background opening was still running.
 */
interface Tap {
  ms: number;
  /** When the school's screen first showed (its title, before the profile is read). */
  screenMs: number;
  duringWarmup: boolean;
}

async function tapDuringWarmup(page: Page, name: string): Promise<Tap> {
  await markTime(page, 'portfolio-ready');
  return page.evaluate(
    (expected) =>
      new Promise<Tap>((resolve) => {
        const links = document.querySelectorAll<HTMLAnchorElement>('[data-testid="school-list"] a.school-row');
        const link = [...links].find((a) => a.textContent?.includes(expected));
        if (!link) throw new Error(`no row for ${expected}`);
        const duringWarmup = performance.getEntriesByName('docs-all-open').length === 0;
        const tapped = performance.now();
        let screenMs = Number.NaN;
        // (No named functions in here: the bench runner's transpiler would wrap them in a helper.)
        const observer = new MutationObserver(() => {
          const title = document.querySelector('[data-testid="school-title"]');
          if (title && Number.isNaN(screenMs)) screenMs = performance.now() - tapped;
          if (title?.textContent !== expected) return;
          observer.disconnect();
          resolve({ ms: performance.now() - tapped, screenMs, duringWarmup });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        link.click();
      }),
    name,
  );
}

export async function benchColdStart(): Promise<BenchResult[]> {
  const rbds = Array.from({ length: SCHOOLS }, (_, i) => 30_000 + i);
  const relay = await RelayProcess.create();
  await relay.addUser('bench', 'asesor', 'benchmark-pass', rbds.map(String));
  await relay.start();
  const browser = await launchBrowser();
  try {
    await seedSchools(relay, rbds);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, relay.url, 'bench', 'benchmark-pass');
    await waitForServiceWorker(page);
    const figures = page.getByTestId('school-list').getByTestId('portfolio');
    await waitFor(async () => (await figures.count()) === SCHOOLS, 120_000, 'every school synced with its figures');
    await page.locator('[data-testid="sync-indicator"][data-kind="al-dia"]').waitFor({ timeout: 120_000 });

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    await context.setOffline(true);
    const list: number[] = [];
    const allOpen: number[] = [];
    const profiles: Record<string, { ms: number; n: number }>[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.reload();
      list.push(await markTime(page, 'portfolio-ready'));
      allOpen.push(await markTime(page, 'docs-all-open'));
      profiles.push({ ...(await openProfile(page)), ...(await startupMarks(page)) });
    }
    if (process.env.BENCH_PROFILE) console.error(JSON.stringify({ list, allOpen, profile: profiles[2] }));
    const taps: number[] = [];
    const screens: number[] = [];
    let duringWarmup = 0;
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${relay.url}/#/escuelas`);
      await page.reload();
      const tap = await tapDuringWarmup(page, `Escuela Bench ${rbds[(run * 17 + 40) % SCHOOLS]}`);
      taps.push(tap.ms);
      screens.push(tap.screenMs);
      if (tap.duringWarmup) duringWarmup++;
    }
    if (process.env.BENCH_PROFILE) {
      console.error(JSON.stringify({ taps, screens, duringWarmup }));
    }
    return [
      { id: 'app.coldStart60.ms', value: Math.round(median(list)), unit: 'ms' },
      { id: 'app.allDocsOpen60.ms', value: Math.round(median(allOpen)), unit: 'ms' },
      { id: 'app.schoolOpenDuringWarmup.ms', value: Math.round(median(taps)), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await disposeRelay(relay);
  }
}
