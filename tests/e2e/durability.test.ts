// "Al día" means stored: the moment the indicator says so, the relay is killed with SIGKILL (no
// shutdown code runs); after a restart, a fresh browser signs in and downloads the edited value.
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { killRelayHard } from '../support/relayControl.ts';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { SCHOOL_7423, createSchool, waitForValue, withTimeout } from '../support/browser.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolListPage } from './pages/SchoolListPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';
import { SyncStatus } from './pages/SyncStatus.ts';

const PASSWORD = 'clave-ana-2026';

const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

/**
 * Calls `onBackToAlDia` from inside the page the instant the header indicator, after leaving
 * "Al día", shows "Al día" again (a MutationObserver on data-kind: no polling gap). Returns every
 * data-kind seen.
 */
async function armKillOnAlDia(page: Page, onBackToAlDia: () => Promise<void>): Promise<{ fired: Promise<string[]> }> {
  let done!: (kinds: string[]) => void;
  let failed!: (error: unknown) => void;
  const fired = new Promise<string[]>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  await page.exposeFunction('e2eBackToAlDia', (kinds: string[]) => onBackToAlDia().then(() => done(kinds), failed));
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="sync-indicator"]') as HTMLElement;
    const kinds = [el.dataset.kind ?? ''];
    let left = false;
    const observer = new MutationObserver(() => {
      const kind = el.dataset.kind ?? '';
      kinds.push(kind);
      if (kind !== 'al-dia') left = true;
      else if (left) {
        observer.disconnect();
        void (window as unknown as { e2eBackToAlDia: (k: string[]) => Promise<void> }).e2eBackToAlDia(kinds);
      }
    });
    observer.observe(el, { attributes: true, attributeFilter: ['data-kind'] });
  });
  // Wrapped: an async function returning a bare promise would wait for it.
  return { fired };
}

describe('durability', () => {
  it('keeps an acknowledged edit across a SIGKILL of the relay', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );

    const ana = await openSignedIn(ctx, 'ana', 'ana', PASSWORD);
    await createSchool(ana, SCHOOL_7423);
    await new SyncStatus(ana).waitUntilUpToDate();

    // Edit one field, and kill the relay the instant the indicator is back to "Al día".
    let killedAt = 0;
    const { fired: killed } = await armKillOnAlDia(ana, async () => {
      await killRelayHard(ctx.relay);
      killedAt = Date.now();
    });
    await ana.locator('#school-director').fill('Juan Soto Aravena');
    const seen = await withTimeout(killed, 20_000, 'the indicator never came back to "Al día" after the edit');
    expect(seen).toContain('sincronizando');
    expect(seen.at(-1)).toBe('al-dia');
    expect(killedAt).toBeGreaterThan(0);

    await ctx.relay.start();

    // A different device (fresh context, empty storage) signs in online and downloads the school.
    const other = await openSignedIn(ctx, 'ana-2', 'ana', PASSWORD);
    await new SchoolListPage(other).waitForSchool(SCHOOL_7423.name);
    await new SchoolPage(other, ctx.relay.url, '7423').open();
    await waitForValue(other, '#school-director', 'Juan Soto Aravena');
    expect(await other.locator('#school-name').inputValue()).toBe(SCHOOL_7423.name);
    await new SyncStatus(other).waitUntilUpToDate();
  });
});
