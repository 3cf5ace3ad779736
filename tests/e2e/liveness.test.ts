// "Al día" never lingers (docs/spec/sync.md S-22, S-6): within 2 s of the browser going offline,
// or of the relay going silent while the browser still claims a network, the header leaves
// "Al día"; it comes back only after the relay answers a new covering checkpoint.
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { freezeRelay } from '../support/relayControl.ts';
import {
  SCHOOL_5834,
  SCHOOL_7423,
  createSchool,
  newContext,
  signIn,
  waitForPending,
  waitForSync,
} from '../support/browser.ts';
import {
  msUntilHeader,
  pageNow,
  readTimeline,
  recordSyncTimeline,
  type SyncTimeline,
} from '../support/syncTimeline.ts';

/** The bound S-22 sets between losing the network (or the relay) and the header leaving "Al día". */
const LEAVE_BOUND_MS = 2000;

const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: 'clave-ana-2026' }]);
let context: BrowserContext | null = null;
let thaw: (() => void) | null = null;

afterEach(async () => {
  thaw?.();
  thaw = null;
  await context?.close();
  context = null;
});

async function signedInPage(): Promise<Page> {
  context = await newContext(ctx.browser);
  await recordSyncTimeline(context);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && ctx.logs.push(`[ana] ${m.text()}`));
  page.on('pageerror', (e) => ctx.logs.push(`[ana] pageerror ${e.message}`));
  await signIn(page, ctx.relay.url, 'ana', 'clave-ana-2026');
  return page;
}

/**
 * Every time the header turned "Al día" after `since` (page clock), a covering checkpoint answer
 * had arrived after `since` and before it.
 */
function expectAlDiaOnlyAfterCheckpoint(timeline: SyncTimeline, since: number): void {
  const returns = timeline.kinds.filter((k) => k.kind === 'al-dia' && k.t > since);
  expect(returns.length, `"Al día" came back (timeline ${JSON.stringify(timeline)})`).toBeGreaterThan(0);
  for (const r of returns) {
    const ack = timeline.acks.find((t) => t > since && t <= r.t);
    expect(
      ack,
      `"Al día" at ${r.t.toFixed(0)} ms with no covering checkpoint answer since ${since.toFixed(0)} ms: ${JSON.stringify(timeline)}`,
    ).toBeDefined();
  }
}

describe('S-22 the header leaves "Al día" within 2 s', () => {
  it('of the browser going offline (an open socket survives it), and comes back only through a checkpoint', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const page = await signedInPage();
    await createSchool(page, SCHOOL_7423);
    await waitForSync(page, 'al-dia');

    const before = Date.now();
    await context?.setOffline(true);
    const left = await msUntilHeader(page, before, (kind) => kind !== 'al-dia');
    expect(
      left.ms,
      `the header left "Al día" ${left.ms} ms after the browser went offline (bound ${LEAVE_BOUND_MS} ms)`,
    ).toBeLessThanOrEqual(LEAVE_BOUND_MS);
    expect(left.kind).toBe('sin-conexion');
    expect(await page.getByTestId('school-sync').first().getAttribute('data-kind')).toBe('sin-conexion');

    // Offline edits are counted, and never shown as al día while the network is away.
    await page.locator('#school-director').fill('María Pérez');
    expect(await waitForPending(page, 1)).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('sync-indicator').textContent()).toMatch(
      /^Sin conexión · \d+ cambios? sin sincronizar$/,
    );

    const backOnline = await pageNow(page);
    await context?.setOffline(false);
    await waitForSync(page, 'al-dia');
    expectAlDiaOnlyAfterCheckpoint(await readTimeline(page), backOnline);
  });

  it('of the relay freezing while the browser stays online, and comes back only through a checkpoint once it resumes', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const page = await signedInPage();
    await createSchool(page, SCHOOL_5834);
    await waitForSync(page, 'al-dia');
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);

    const before = Date.now();
    thaw = await freezeRelay(ctx.relay);
    const left = await msUntilHeader(page, before, (kind) => kind !== 'al-dia');
    expect(
      left.ms,
      `the header left "Al día" ${left.ms} ms after the relay froze (bound ${LEAVE_BOUND_MS} ms)`,
    ).toBeLessThanOrEqual(LEAVE_BOUND_MS);
    expect(left.kind).toBe('sin-conexion');
    expect(await page.evaluate(() => navigator.onLine), 'the browser still claims a network').toBe(true);
    const leftAt = await pageNow(page);

    // An edit while the relay is away: counted as not synced.
    await page.locator('#school-director').fill('Jorge Muñoz');
    expect(await waitForPending(page, 1)).toBeGreaterThanOrEqual(1);

    const resumed = await pageNow(page);
    thaw();
    thaw = null;
    await waitForSync(page, 'al-dia');
    const timeline = await readTimeline(page);
    expect(
      timeline.kinds.filter((k) => k.t > leftAt && k.t <= resumed && k.kind === 'al-dia'),
      'no "Al día" while the relay was frozen',
    ).toEqual([]);
    expectAlDiaOnlyAfterCheckpoint(timeline, resumed);
    expect(await page.getByTestId('school-sync').first().getAttribute('data-kind')).toBe('al-dia');
  });
});
