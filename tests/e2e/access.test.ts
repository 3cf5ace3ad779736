// The relay refuses documents a user may not open, and the app says so in Spanish on the school
// and never deletes what the person wrote locally.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import { SCHOOL_5834, SCHOOL_7423, createSchool, launchBrowser, waitForValue } from '../support/browser.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolListPage } from './pages/SchoolListPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';
import { SyncStatus } from './pages/SyncStatus.ts';

const PASSWORDS = { ana: 'clave-ana-2026', dir2: 'clave-dir2-2026', beto: 'clave-beto-2026' };

let relay: RelayProcess;
let browser: Browser;
const logs: string[] = [];

beforeAll(async () => {
  relay = await RelayProcess.create();
  await relay.addUser('ana', 'asesor', PASSWORDS.ana);
  await relay.addUser('dir2', 'escuela', PASSWORDS.dir2, ['5834']);
  await relay.addUser('beto', 'asesor', PASSWORDS.beto);
  await relay.start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeRelay(relay);
});

async function open(name: keyof typeof PASSWORDS): Promise<Page> {
  return openSignedIn({ browser, relay, logs }, name, name, PASSWORDS[name]);
}

describe('access', () => {
  it('refuses other schools with a Spanish message and keeps local data', async () => {
    onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));

    // ana registers 7423: the relay assigns it to her.
    const ana = await open('ana');
    await createSchool(ana, SCHOOL_7423);
    await new SyncStatus(ana).waitUntilUpToDate();

    // dir2 (team of 5834) opens 7423 by its address: refused.
    const dir2 = await open('dir2');
    // Its own school (5834) is accepted: the refusal below is about 7423 only.
    await createSchool(dir2, SCHOOL_5834);
    await new SchoolPage(dir2, relay.url, '5834').syncBadge('al-dia').waitFor();
    await new SyncStatus(dir2).waitUntilUpToDate();
    await dir2.evaluate(() => (window.location.hash = '#/escuelas/7423'));
    const dirBadge = new SchoolPage(dir2, relay.url, '7423').syncBadge('rechazado');
    await dirBadge.waitFor();
    expect(await dirBadge.textContent()).toContain('No tiene acceso a este establecimiento');
    expect(await dirBadge.textContent()).toContain('Sin acceso en el servidor');
    // Nothing of ana's school reached dir2.
    expect(await dir2.getByTestId('school-form').count()).toBe(0);
    expect(await dir2.getByText(SCHOOL_7423.name).count()).toBe(0);

    // beto, another advisor, registers the same RBD with his own data: refused, data kept.
    const beto = await open('beto');
    const betoName = 'Escuela Los Maitenes (ficha de Beto)';
    await createSchool(beto, { ...SCHOOL_7423, name: betoName, director: 'Roberto Díaz', notes: 'Ficha de Beto' });
    const betoSchool = new SchoolPage(beto, relay.url, '7423');
    const betoBadge = betoSchool.syncBadge('rechazado');
    await betoBadge.waitFor();
    expect(await betoBadge.textContent()).toContain('Este establecimiento ya está asignado a otro asesor');
    expect(await beto.locator('#school-name').inputValue()).toBe(betoName);
    expect(await beto.locator('#school-director').inputValue()).toBe('Roberto Díaz');

    // Still there after a reload (kept in this device's storage, not wiped by the refusal).
    await beto.reload();
    await betoSchool.open();
    await waitForValue(beto, '#school-name', betoName);
    await betoBadge.waitFor();
    const betoList = new SchoolListPage(beto);
    await betoList.show();
    await betoList.waitForSchool(betoName);

    // ana's school on the relay is untouched by beto's attempt.
    await ana.reload();
    await new SchoolPage(ana, relay.url, '7423').open();
    await new SyncStatus(ana).waitUntilUpToDate();
    expect(await ana.locator('#school-name').inputValue()).toBe(SCHOOL_7423.name);
    expect(await ana.locator('#school-director').inputValue()).toBe('');
  });
});
