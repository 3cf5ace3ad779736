// Two people edit the same school while the relay is down: an advisor (ana) and the school's own
// team (dir). Different fields are both kept; edits to the same free-text field at different
// places are merged character by character. Both devices reach "Al día" by themselves.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import {
  SCHOOL_7423,
  createSchool,
  launchBrowser,
  openSchool,
  signIn,
  waitForPending,
  waitForSync,
  waitForValue,
  openLoggedPage,
} from '../support/browser.ts';

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

async function open(name: string): Promise<Page> {
  const page = await openLoggedPage(browser, name, logs);
  return page;
}

describe('merge', () => {
  it('merges offline edits of two people on the same school', async () => {
    onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));

    const ana = await open('ana');
    await signIn(ana, relay.url, 'ana', ANA_PASSWORD);
    await createSchool(ana, SCHOOL_7423);
    await waitForSync(ana, 'al-dia');

    const dir = await open('dir');
    await signIn(dir, relay.url, 'dir', DIR_PASSWORD);
    await dir.getByTestId('school-list').getByText(SCHOOL_7423.name).waitFor();
    await openSchool(dir, '7423');
    await waitForValue(dir, '#school-notes', 'Escuela rural');
    await waitForSync(dir, 'al-dia');

    // The relay goes down: both devices lose their connection.
    await relay.stop();
    await waitForSync(ana, 'sin-conexion');
    await waitForSync(dir, 'sin-conexion');

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

    await waitForPending(ana, 1);
    await waitForPending(dir, 1);

    // The relay comes back; nobody touches anything.
    await relay.start();
    await waitForSync(ana, 'al-dia', 30_000);
    await waitForSync(dir, 'al-dia', 30_000);

    const merged = 'Visitada en marzo. Escuela rural con internado';
    for (const page of [ana, dir]) {
      await waitForValue(page, '#school-notes', merged);
      await waitForValue(page, '#school-director', 'María Pérez');
      await waitForValue(page, '#school-matricula', '321');
      expect(await page.locator('#school-name').inputValue()).toBe(SCHOOL_7423.name);
      expect(await page.getByTestId('school-sync').getAttribute('data-kind')).toBe('al-dia');
    }
  });
});
