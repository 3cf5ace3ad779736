// DIR-3, DIR-4: registering a school from Mineduc's directory in real Chromium against the real relay:
// the directory is not read before the search is used, a result fills the form (every field editable,
// the SLEP shown), a school not listed is still registered by hand, and the search works offline.
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { fillNewSchool, openLoggedPage, signIn, waitForServiceWorker, waitForValue } from '../support/browser.ts';

const ANA = { username: 'ana', role: 'asesor', password: 'clave-ana-2026' } as const;
const ctx = useRelayAndBrowser([{ ...ANA }]);
const DIRECTORY_FILE = '/directory/directorio-oficial.json';

/** Rows of the device's directory table in IndexedDB (0 when the database or table is not there yet). */
function storedDirectoryRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('bitacora-app');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    if (!db.objectStoreNames.contains('directory')) return (db.close(), 0);
    const count = await new Promise<number>((resolve, reject) => {
      const req = db.transaction('directory').objectStore('directory').count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return count;
  });
}

async function openNewSchool(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/escuelas'));
  await page.getByRole('link', { name: 'Registrar establecimiento' }).click();
  await page.locator('#directory-text').waitFor();
}

const results = (page: Page) => page.getByRole('list', { name: 'Establecimientos encontrados' }).getByRole('button');

describe('DIR-4 registering from the official directory', () => {
  it('the directory is read on first use of the search; a result fills every field, which stays editable', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    const page = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    const fileRequests: string[] = [];
    page.on('request', (r) => r.url().includes(DIRECTORY_FILE) && fileRequests.push(r.url()));
    await signIn(page, ctx.relay.url, ANA.username, ANA.password);
    await openNewSchool(page);
    expect(fileRequests).toEqual([]);
    expect(await storedDirectoryRows(page)).toBe(0);

    // By name, ignoring case, accents and the source's Ð.
    await page.locator('#directory-text').fill('joaquin vicuña larrain');
    await results(page).first().waitFor();
    expect(await results(page).allTextContents()).toEqual(['13512-7 COLEGIO JOAQUIN VICUÐA LARRAIN · Vicuña']);
    expect(await storedDirectoryRows(page)).toBe(12_898);
    await results(page).first().click();

    await waitForValue(page, '#school-comunaCode', '04106');
    for (const [selector, value] of [
      ['#school-rbd', '13512'],
      ['#school-dv', '7'],
      ['#school-name', 'COLEGIO JOAQUIN VICUÐA LARRAIN'],
      ['#school-regionCode', '04'],
      ['#school-dependencia', '6'],
      ['#school-ruralidad', 'urbano'],
      ['#school-matricula', '191'],
      ['#school-estado', '1'],
      ['#school-sostenedorRut', '61.981.040-6'],
      ['#school-pie', 'si'],
    ] as const) {
      await waitForValue(page, selector, value);
    }
    for (const [nivel, checked] of [
      ['Educación parvularia', true],
      ['Educación básica', true],
      ['Educación especial', true],
      ['Media científico-humanista', false],
    ] as const) {
      expect(await page.getByLabel(nivel, { exact: true }).isChecked()).toBe(checked);
    }
    expect(await page.getByTestId('slep-note').textContent()).toContain('SLEP Elqui (desde 2025)');
    expect(await page.getByText('Vicuña, provincia de Elqui.').count()).toBe(1);
    expect(await page.getByTestId('directory-chosen').textContent()).toContain(
      'RUT del sostenedor 61.981.040-6 · Convenio PIE: Sí',
    );

    // Every field stays editable: the name's mojibake is corrected before saving.
    await page.locator('#school-name').fill('Colegio Joaquín Vicuña Larraín');
    await page.locator('#school-matricula').fill('200');
    await page.getByRole('button', { name: 'Guardar establecimiento' }).click();
    await page.waitForFunction(() => window.location.hash === '#/escuelas/13512', undefined, { polling: 100 });
    await page.getByTestId('school-form').waitFor();
    await waitForValue(page, '#school-name', 'Colegio Joaquín Vicuña Larraín');
    await waitForValue(page, '#school-matricula', '200');
    // DIR-8: the sostenedor's RUT and PIE were stored with the profile and are shown on its screen.
    await waitForValue(page, '#school-sostenedorRut', '61.981.040-6');
    await waitForValue(page, '#school-pie', 'si');
    await page.context().close();
  });

  it('DIR-3 searches by RBD with or without its check digit, within a comuna; an unlisted school is typed by hand', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    const page = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(page, ctx.relay.url, ANA.username, ANA.password);
    await openNewSchool(page);
    await page.locator('#directory-text').fill('7423-3');
    await results(page).first().waitFor();
    expect(await results(page).allTextContents()).toEqual([
      '7423-3 ESCUELA RURAL ALEJANDRO VASQUEZ BALDEVELLANO · San Pablo',
    ]);
    await page.locator('#directory-comuna').selectOption('13120');
    await page.getByText('Ningún establecimiento del directorio coincide').waitFor();
    await page.locator('#directory-text').fill('manquecura');
    await page.waitForFunction(() => document.querySelectorAll('.directory-results button').length === 1);
    expect(await results(page).first().textContent()).toContain('9259-2 COLEGIO MANQUECURA ÑUÑOA');

    // RBD 21 is closed: not in the directory. Typed by hand, the check-digit rule still applies.
    await fillNewSchool(page, {
      rbd: '21',
      dv: '4',
      name: 'Escuela Nueva del Valle',
      regionCode: '10',
      comunaCode: '10307',
      dependencia: '2',
      niveles: ['Educación básica'],
    });
    await page.getByRole('button', { name: 'Guardar establecimiento' }).click();
    await page.getByText('El dígito verificador no corresponde al RBD').waitFor();
    expect(await page.getByTestId('slep-note').textContent()).toContain('pasará al SLEP Osorno en 2029');
    await page.locator('#school-dv').fill('3');
    await page.getByRole('button', { name: 'Guardar establecimiento' }).click();
    await page.waitForFunction(() => window.location.hash === '#/escuelas/21', undefined, { polling: 100 });
    await page.getByTestId('school-form').waitFor();
    await waitForValue(page, '#school-name', 'Escuela Nueva del Valle');

    // Offline, with the relay out of reach, the search still answers (from IndexedDB).
    await waitForServiceWorker(page);
    await page.context().setOffline(true);
    await page.reload();
    await openNewSchool(page);
    await page.locator('#directory-text').fill('liceo politecnico arica');
    await results(page).first().waitFor();
    expect(await results(page).first().textContent()).toContain('1-9 LICEO POLITECNICO ARICA');
    await page.context().close();
  });
});
