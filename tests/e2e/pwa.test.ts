// The installable app: manifest and icons, the service worker, the update prompt (a new version
// never reloads the page by itself), signing out with unsynced changes, and the persistent-storage
// answer. The relay serves a COPY of dist, so the test can publish a "new version" of sw.js.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import {
  SCHOOL_7423,
  createSchool,
  fillNewSchool,
  launchBrowser,
  openSchool,
  pollUntil,
  readDraft,
  signIn,
  waitForPending,
  waitForServiceWorker,
  waitForSync,
  waitForValue,
  openLoggedPage,
} from '../support/browser.ts';

const PASSWORD = 'clave-ana-2026';

let relay: RelayProcess;
let browser: Browser;
let distCopy: string;
const logs: string[] = [];

beforeAll(async () => {
  distCopy = await mkdtemp(path.join(tmpdir(), 'bitacora-dist-'));
  await cp(path.join(ROOT, 'dist'), distCopy, { recursive: true });
  relay = await RelayProcess.create({ staticDir: distCopy });
  await relay.addUser('ana', 'asesor', PASSWORD);
  await relay.start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeRelay(relay);
  if (distCopy) await rm(distCopy, { recursive: true, force: true });
});

async function open(name: string): Promise<Page> {
  const page = await openLoggedPage(browser, name, logs);
  return page;
}

function dumpOnFailure() {
  onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('pwa', () => {
  it('links a valid manifest with loadable icons, and the service worker controls the page', async () => {
    dumpOnFailure();
    const page = await open('manifest');
    await page.goto(`${relay.url}/`);

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href as string, page.url()).href;
    const res = await page.request.get(manifestUrl);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await res.json()) as {
      name: string;
      short_name: string;
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('Bitácora PME');
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');

    for (const size of [192, 512]) {
      const icon = manifest.icons.find(
        (i) => i.sizes === `${size}x${size}` && i.type === 'image/png' && (i.purpose ?? 'any').includes('any'),
      );
      expect(icon, `a ${size}x${size} PNG icon`).toBeDefined();
      const iconRes = await page.request.get(new URL(icon!.src, manifestUrl).href);
      expect(iconRes.status()).toBe(200);
      expect(iconRes.headers()['content-type']).toBe('image/png');
      expect(pngSize(await iconRes.body())).toEqual({ width: size, height: size });
    }

    await waitForServiceWorker(page);
    const sw = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(sw).toBe(`${relay.url}/sw.js`);
  });

  it('shows "Actualizar" for a new version without reloading, and reloads into it when pressed', async () => {
    dumpOnFailure();
    const page = await open('update');
    await signIn(page, relay.url, 'ana', PASSWORD);
    await waitForServiceWorker(page);

    // Someone is in the middle of a form.
    await page.evaluate(() => (window.location.hash = '#/escuelas/nueva'));
    await fillNewSchool(page, { name: 'Escuela a medio escribir' });
    await page.evaluate(() => {
      (window as unknown as { e2eMarker?: string }).e2eMarker = 'antes-de-actualizar';
      navigator.serviceWorker.addEventListener('controllerchange', () =>
        sessionStorage.setItem('e2e-controllerchange', '1'),
      );
    });

    // A new release: sw.js changes on the server; the app checks for it.
    await appendFile(path.join(distCopy, 'sw.js'), `\n// e2e: nueva versión ${Date.now()}\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByTestId('update-prompt').waitFor();

    // Nothing was reloaded under the person: the marker and the typed value are still there.
    expect(await page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe(
      'antes-de-actualizar',
    );
    expect(await page.locator('#school-name').inputValue()).toBe('Escuela a medio escribir');
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('e2e-controllerchange'))).toBeNull();

    // The draft is saved (the prompt asks to save first); then "Actualizar".
    await pollUntil(
      () => readDraft(page, 'new-school'),
      (d) => d?.name === 'Escuela a medio escribir',
      10_000,
      'the draft',
    );
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Actualizar' }).click()]);
    await page.waitForFunction(
      () =>
        (window as unknown as { e2eMarker?: string }).e2eMarker === undefined &&
        sessionStorage.getItem('e2e-controllerchange') === '1',
    );
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    const after = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: !!r?.waiting, active: r?.active?.state, controlled: !!navigator.serviceWorker.controller };
    });
    expect(after).toEqual({ waiting: false, active: 'activated', controlled: true });
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    // The new version opens where the person was, with what they had typed.
    await waitForValue(page, '#school-name', 'Escuela a medio escribir');
  });

  it('reports the persistent-storage answer, and signing out with unsynced changes warns and keeps them', async () => {
    dumpOnFailure();
    const page = await open('signout');
    await signIn(page, relay.url, 'ana', PASSWORD);
    await createSchool(page, SCHOOL_7423);

    // After the first save the app asked for persistent storage and shows the answer.
    const status = page.locator(
      '[data-testid="storage-status"][data-persisted="true"], [data-testid="storage-status"][data-persisted="false"]',
    );
    await status.waitFor();
    const shown = await status.getAttribute('data-persisted');
    const actual = await page.evaluate(() => navigator.storage.persisted());
    expect(shown).toBe(String(actual));
    if (shown === 'false') expect(await status.textContent()).toContain('no garantizó guardar sus datos');
    await waitForSync(page, 'al-dia');

    // Relay down; an edit stays unsynced.
    await relay.stop();
    await waitForSync(page, 'sin-conexion');
    await page.locator('#school-director').fill('Carmen Rojas');
    await waitForPending(page, 1);

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Cerrar sesión' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/\d+ cambios? sin sincronizar/);
    await dialog.getByRole('button', { name: 'Cerrar sesión de todos modos' }).click();
    await page.getByLabel('Usuario').waitFor();

    // Back online, signing in again brings the change back and it syncs.
    await relay.start();
    await signIn(page, relay.url, 'ana', PASSWORD);
    await openSchool(page, '7423');
    await waitForValue(page, '#school-director', 'Carmen Rojas');
    await waitForSync(page, 'al-dia', 30_000);

    // It really is on the relay: another device downloads it.
    const other = await open('signout-2');
    await signIn(other, relay.url, 'ana', PASSWORD);
    await openSchool(other, '7423');
    await waitForValue(other, '#school-director', 'Carmen Rojas');
  });
});
