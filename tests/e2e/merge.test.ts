// Two people edit the same school while the relay is down: an advisor (ana) and the school's own
// team (dir). Different fields are both kept; edits to the same free-text field at different
// places are merged character by character. Both devices reach "Al día" by themselves.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import { SCHOOL_7423, createSchool, launchBrowser, waitForValue } from '../support/browser.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolListPage } from './pages/SchoolListPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';
import { SyncStatus } from './pages/SyncStatus.ts';

const ANA_PASSWORD = 'clave-ana-2026';
const DIR_PASSWORD = 'clave-dir-2026';

let relay: RelayProcess;
let browser: Browser;
const logs: string[] = [];

beforeAll(async () => {
  relay = await RelayProcess.create();
  await relay.addUser('ana', 'asesor', ANA_PASSWORD);
  await relay.addUser('dir', 'escuela', DIR_PASSWORD, ['7423']);
  await relay.start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeRelay(relay);
});

async function open(name: string, password: string): Promise<Page> {
  return openSignedIn({ browser, relay, logs }, name, name, password);
}

describe('merge', () => {
  it('merges offline edits of two people on the same school', async () => {
    onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));

    const ana = await open('ana', ANA_PASSWORD);
    const anaSync = new SyncStatus(ana);
    await createSchool(ana, SCHOOL_7423);
    await anaSync.waitUntilUpToDate();

    const dir = await open('dir', DIR_PASSWORD);
    const dirSync = new SyncStatus(dir);
    await new SchoolListPage(dir).waitForSchool(SCHOOL_7423.name);
    await new SchoolPage(dir, relay.url, '7423').open();
    await waitForValue(dir, '#school-notes', 'Escuela rural');
    await dirSync.waitUntilUpToDate();

    // The relay goes down: both devices lose their connection.
    await relay.stop();
    await anaSync.waitFor('sin-conexion');
    await dirSync.waitFor('sin-conexion');

    // ana: director, and text at the start of the notes.
    await ana.locator('#school-director').fill('María Pérez');
    await ana.locator('#school-notes').click();
    await ana.keyboard.press('Control+Home');
    await ana.keyboard.type('Visitada en marzo. ');
    await waitForValue(ana, '#school-notes', 'Visitada en marzo. Escuela rural');

    // dir: matrícula, and text at the end of the notes.
    await dir.locator('#school-matricula').fill('321');
    await dir.locator('#school-notes').click();
    await dir.keyboard.press('Control+End');
    await dir.keyboard.type(' con internado');
    await waitForValue(dir, '#school-notes', 'Escuela rural con internado');

    await anaSync.waitForPending(1);
    await dirSync.waitForPending(1);

    // The relay comes back; nobody touches anything.
    await relay.start();
    await anaSync.waitUntilUpToDate(30_000);
    await dirSync.waitUntilUpToDate(30_000);

    const merged = 'Visitada en marzo. Escuela rural con internado';
    for (const page of [ana, dir]) {
      await waitForValue(page, '#school-notes', merged);
      await waitForValue(page, '#school-director', 'María Pérez');
      await waitForValue(page, '#school-matricula', '321');
      expect(await page.locator('#school-name').inputValue()).toBe(SCHOOL_7423.name);
      expect(await new SchoolPage(page, relay.url, '7423').syncBadge().getAttribute('data-kind')).toBe('al-dia');
    }
  });
});
