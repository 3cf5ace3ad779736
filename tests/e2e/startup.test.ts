// docs/spec/startup.md CS-1/CS-2 end to end (real relay process, Chromium): a school edited offline
// and never opened again syncs by itself once the network is back, through the background opening
// alone — the user stays on the school list the whole time.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser } from 'playwright-core';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';
import {
  launchBrowser,
  newContext,
  openSchool,
  recordConsole,
  signIn,
  waitForPending,
  waitForServiceWorker,
  waitForSync,
} from '../support/browser.ts';
import { writeProfile, readProfile } from '../../src/data/docs/profile/fields.ts';
import { computeRbdCheckDigit } from '../../src/domain/schools/rbd.ts';
import { docName, toSchoolId } from '../../src/domain/wire/documentNames.ts';

const PASSWORD = 'clave-eva-2026';
const RBDS = [4101, 4102, 4103, 4104, 4105, 4106];
const EDITED = 4104;

let relay: RelayProcess;
let browser: Browser;
const logs: string[] = [];

async function seedSchools(): Promise<void> {
  const { token } = await relay.login('eva', PASSWORD);
  const client = new NodeSyncClient(relay.wsUrl, token);
  for (const rbd of RBDS) {
    const profile = { rbd, dv: computeRbdCheckDigit(rbd), name: `Escuela Arranque ${rbd}`, comunaCode: '10307' };
    writeProfile(client.open(docName(toSchoolId(rbd), 'profile')).doc, profile as never, 'seed');
  }
  await waitFor(() => client.isSettled(), 30_000, 'seed stored');
  client.destroy();
}

async function relayDirector(rbd: number): Promise<string | undefined> {
  const { token } = await relay.login('eva', PASSWORD);
  const client = new NodeSyncClient(relay.wsUrl, token);
  try {
    const { doc } = client.open(docName(toSchoolId(rbd), 'profile'));
    await waitFor(() => client.isSettled(), 15_000, 'relay copy read');
    return readProfile(doc).profile.director;
  } finally {
    client.destroy();
  }
}

beforeAll(async () => {
  relay = await RelayProcess.create();
  await relay.addUser('eva', 'asesor', PASSWORD, RBDS.map(String));
  await relay.start();
  await seedSchools();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await disposeRelay(relay);
});

describe('startup', () => {
  it('CS-1/CS-2: a school with unsynced changes, left unopened at start, syncs by itself once online', async () => {
    onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));
    const context = await newContext(browser);
    const page = await context.newPage();
    recordConsole(page, logs);
    await signIn(page, relay.url, 'eva', PASSWORD);
    await waitForServiceWorker(page);
    await waitFor(
      async () => (await page.getByTestId('school-list').locator('a.school-row').count()) === RBDS.length,
      30_000,
      'every school listed',
    );
    await waitForSync(page, 'al-dia', 30_000);

    // Offline (and the relay away, so no socket survives): edit one school, then leave it.
    await context.setOffline(true);
    await relay.stop();
    await page.reload();
    await waitForSync(page, 'sin-conexion');
    await page.getByTestId('school-list').getByText(`Escuela Arranque ${EDITED}`).waitFor();
    await openSchool(page, String(EDITED));
    await page.locator('#school-director').fill('Marta Ríos Lagos');
    await waitForPending(page, 1);
    await page.evaluate(() => (window.location.hash = '#/escuelas'));

    // A new start on the school list: nothing but the background opening opens that school.
    await page.reload();
    await page.getByTestId('school-list').getByText(`Escuela Arranque ${EDITED}`).waitFor();
    await page.evaluate(() => {
      (window as unknown as { hashChanges: number }).hashChanges = 0;
      window.addEventListener('hashchange', () => (window as unknown as { hashChanges: number }).hashChanges++);
    });
    await waitForPending(page, 1);
    expect(await relayDirector(EDITED).catch(() => 'relay down')).toBe('relay down');

    await relay.start();
    await context.setOffline(false);
    await waitFor(async () => (await relayDirector(EDITED)) === 'Marta Ríos Lagos', 30_000, 'the edit on the relay');
    await waitForSync(page, 'al-dia', 30_000);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/escuelas');
    expect(await page.evaluate(() => (window as unknown as { hashChanges: number }).hashChanges)).toBe(0);
    await context.close();
  });
});
