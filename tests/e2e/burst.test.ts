// YS-1 in Chromium: text typed into a field and never blurred, with no pause long enough to end the
// burst, survives closing the tab (written on pagehide: the school form's queued values) and closing
// the whole browser (kept in the burst journal, written when the field returns: a buffered textarea).
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import {
  SCHOOL_7423,
  createSchool,
  launchPersistent,
  makeProfileDir,
  pollUntil,
  recordConsole,
  signIn,
  waitForServiceWorker,
  waitForSync,
  waitForValue,
} from '../support/browser.ts';

const PASSWORD = 'clave-ana-2026';
const CONCLUSIONS = 'El equipo prioriza la lectura en primer ciclo';
const DIRECTOR = 'Juana Pérez Soto';

let relay: RelayProcess;
let profile: { dir: string; remove: () => Promise<void> };
let context: BrowserContext | null = null;
const logs: string[] = [];

async function newPage(ctx: BrowserContext): Promise<Page> {
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

describe('typing survives a closed tab (YS-1)', () => {
  it('YS-1: text typed without blur or pause is kept when the tab closes, online or offline', async () => {
    onTestFailed(() => console.error(`browser log:\n${logs.join('\n')}\nrelay log:\n${relay.logs.slice(-4000)}`));
    context = await launchPersistent(profile.dir);
    let page = await newPage(context);
    await page.goto(`${relay.url}/#/escuelas`);
    await signIn(page, relay.url, 'ana', PASSWORD);
    await waitForServiceWorker(page);
    await createSchool(page, SCHOOL_7423);
    await waitForSync(page, 'al-dia');

    // The school form: typed, focus kept in the field, the tab closed at once.
    await page.locator('#school-director').fill('');
    await page.locator('#school-director').pressSequentially(DIRECTOR);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('school-director');
    await page.close();

    page = await context.newPage();
    recordConsole(page, logs);
    await page.goto(`${relay.url}/#/escuelas/7423`);
    await waitForValue(page, '#school-director', DIRECTOR);

    // The conclusions: typed, focus kept, the tab closed at once while offline (the device alone keeps it).
    // A whole browser closed right after typing is best effort: the journal is in local storage, which the
    // browser writes to disk on its own schedule (YS-1).
    await page.goto(`${relay.url}/#/escuelas/7423/diagnostico`);
    await context.setOffline(true);
    await page.locator('#diag-conclusions').click();
    await page.keyboard.type(CONCLUSIONS);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('diag-conclusions');
    await page.close();

    page = await newPage(context);
    await page.goto(`${relay.url}/#/escuelas/7423/diagnostico`);
    await waitForValue(page, '#diag-conclusions', CONCLUSIONS);
    // Written to the document, not only shown: it is still there after one more reload.
    await pollUntil(
      () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bitacora-burst:')).length),
      (n) => n === 0,
      10_000,
      'the burst journal to be emptied once written',
    );
    await page.reload();
    await waitForValue(page, '#diag-conclusions', CONCLUSIONS);
    await page.goto(`${relay.url}/#/escuelas/7423`);
    await waitForValue(page, '#school-director', DIRECTOR);
  }, 120_000);
});
