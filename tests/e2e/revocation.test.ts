// A-8 in the app: a grant revoked from the CLI while the school is open closes its document on the
// relay; the app shows "Su acceso a este establecimiento fue retirado" and keeps what is on the device.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser } from 'playwright-core';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import { SCHOOL_7423, createSchool, launchBrowser, openLoggedPage, signIn, waitForSync } from '../support/browser.ts';

const PASSWORD = 'clave-dir-2026';
let relay: RelayProcess;
let browser: Browser;
const logs: string[] = [];

beforeAll(async () => {
  relay = await RelayProcess.create();
  await relay.addUser('dir', 'escuela', PASSWORD, ['7423']);
  await relay.start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeRelay(relay);
});

describe('A-8 access withdrawn while the school is open', () => {
  it('shows the Spanish message within 5 s and keeps the local data', async () => {
    onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));
    const page = await openLoggedPage(browser, 'dir', logs);
    await signIn(page, relay.url, 'dir', PASSWORD);
    await createSchool(page, SCHOOL_7423);
    await waitForSync(page, 'al-dia');

    await relay.cli(['user', 'revoke', 'dir', '7423']);
    const started = Date.now();
    const badge = page.locator('[data-testid="school-sync"][data-kind="rechazado"]');
    await badge.waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThanOrEqual(5_000);
    expect(await badge.textContent()).toContain('Su acceso a este establecimiento fue retirado');
    expect(await page.locator('#school-name').inputValue()).toBe(SCHOOL_7423.name);
  });
});
