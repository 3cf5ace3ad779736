// Offline-first, end to end: the shell comes from the precache, the session from IndexedDB, a
// school created with no network survives closing the tab and restarting the browser, and it syncs
// by itself once the relay is back. Also: field validation in Spanish and the new-school draft.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';
import {
  SCHOOL_7423,
  fillNewSchool,
  launchPersistent,
  makeProfileDir,
  pollUntil,
  readDraft,
  recordConsole,
  signIn,
  syncIndicator,
  waitForPending,
  waitForServiceWorker,
  waitForSync,
  waitForValue,
} from '../support/browser.ts';

const PASSWORD = 'clave-ana-2026';

let relay: RelayProcess;
let profile: { dir: string; remove: () => Promise<void> };
let context: BrowserContext | null = null;
const logs: string[] = [];

async function firstPage(ctx: BrowserContext): Promise<Page> {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  recordConsole(page, logs);
  return page;
}

beforeAll(async () => {
  relay = await RelayProcess.create();
  await relay.addUser('ana', 'asesor', PASSWORD);
  await relay.start();
  profile = await makeProfileDir();
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await disposeRelay(relay);
  await profile?.remove();
});

describe('offline', () => {
  it('works with no network: reload, create, close the tab, restart the browser, then syncs by itself', async () => {
    onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));
    context = await launchPersistent(profile.dir);
    let page = await firstPage(context);

    // First visit, online: sign in and let the service worker take control.
    await page.goto(`${relay.url}/#/escuelas`);
    await signIn(page, relay.url, 'ana', PASSWORD);
    await waitForServiceWorker(page);
    await waitForSync(page, 'al-dia');

    // The network goes away and the relay stops (an open socket would survive setOffline alone).
    await context.setOffline(true);
    await relay.stop();
    await page.reload();
    await waitForSync(page, 'sin-conexion');
    expect(await syncIndicator(page).textContent()).toContain('Sin conexión');
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // Invalid input: the Spanish message next to the field, and what was typed stays.
    await page.evaluate(() => (window.location.hash = '#/escuelas/nueva'));
    await fillNewSchool(page, { rbd: '7423', dv: '4', name: '' });
    await page.getByRole('button', { name: 'Guardar establecimiento' }).click();
    await expect.poll(() => page.locator('#err-dv').textContent()).toBe('El dígito verificador no corresponde al RBD');
    expect(await page.locator('#err-name').textContent()).toBe('Ingrese el nombre del establecimiento');
    expect(await page.locator('#school-name').getAttribute('aria-describedby')).toBe('err-name');
    expect(await page.locator('#school-dv').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#school-rbd').inputValue()).toBe('7423');
    expect(await page.locator('#school-dv').inputValue()).toBe('4');
    expect(page.url()).toContain('#/escuelas/nueva');

    // A draft of the form survives a reload.
    await fillNewSchool(page, {
      dv: '3',
      name: SCHOOL_7423.name,
      regionCode: SCHOOL_7423.regionCode,
      comunaCode: SCHOOL_7423.comunaCode,
    });
    await pollUntil(
      () => readDraft(page, 'new-school'),
      (d) => d?.name === SCHOOL_7423.name && d?.comunaCode === SCHOOL_7423.comunaCode && d?.dv === '3',
      10_000,
      'the new-school draft to be saved',
    );
    await page.reload();
    await page.getByText('Se recuperó lo que había escrito antes de cerrar.').waitFor();
    await waitForValue(page, '#school-name', SCHOOL_7423.name);
    expect(await page.locator('#school-rbd').inputValue()).toBe('7423');
    expect(await page.locator('#school-dv').inputValue()).toBe('3');
    expect(await page.locator('#school-regionCode').inputValue()).toBe('10');
    expect(await page.locator('#school-comunaCode').inputValue()).toBe('10307');

    // Complete it and save, still offline.
    await fillNewSchool(page, {
      dependencia: SCHOOL_7423.dependencia,
      niveles: SCHOOL_7423.niveles,
      notes: SCHOOL_7423.notes,
    });
    await page.getByRole('button', { name: 'Guardar establecimiento' }).click();
    await page.waitForFunction(() => window.location.hash === '#/escuelas/7423');
    await page.getByTestId('school-form').waitFor();
    await page.evaluate(() => (window.location.hash = '#/escuelas'));
    await page.getByTestId('school-list').getByText(SCHOOL_7423.name).waitFor();
    await waitForSync(page, 'pendiente');
    expect(await waitForPending(page, 1)).toBeGreaterThanOrEqual(1);
    expect(await syncIndicator(page).textContent()).toMatch(/^Sin conexión · \d+ cambios? sin sincronizar$/);

    // Close the tab; a new one in the same browser, still offline, shows the school.
    await page.close();
    page = await context.newPage();
    recordConsole(page, logs);
    await page.goto(`${relay.url}/#/escuelas`);
    await page.getByTestId('school-list').getByText(SCHOOL_7423.name).waitFor();
    await waitForPending(page, 1);

    // Restart the whole browser on the same profile, still with no relay and no network.
    await context.close();
    context = await launchPersistent(profile.dir);
    await context.setOffline(true);
    page = await firstPage(context);
    await page.goto(`${relay.url}/#/escuelas`);
    await page.getByTestId('school-list').getByText(SCHOOL_7423.name).waitFor();
    const pendingAfterRestart = await waitForPending(page, 1);
    expect(pendingAfterRestart).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // The relay and the network come back: it syncs by itself, nobody clicks anything.
    await relay.start();
    await context.setOffline(false);
    await waitForSync(page, 'al-dia', 30_000);
    expect(await syncIndicator(page).textContent()).toBe('Al día');
    expect(await page.getByTestId('school-sync').first().getAttribute('data-kind')).toBe('al-dia');

    // The relay really has the school created offline (read with a plain sync client).
    const { token } = await relay.login('ana', PASSWORD);
    const client = new NodeSyncClient(relay.wsUrl, token);
    try {
      const { doc } = client.open('school:7423:profile');
      await waitFor(
        () => client.isSettled() && doc.getText('profile.name').toString() === SCHOOL_7423.name,
        10_000,
        'the school on the relay',
      );
      expect(doc.getText('profile.notes').toString()).toBe(SCHOOL_7423.notes);
    } finally {
      client.destroy();
    }
  });
});
