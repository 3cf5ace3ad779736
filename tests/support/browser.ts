// Browser helpers for the e2e tests: Debian's Chromium driven by playwright-core (no downloaded
// browsers here), sign-in, service-worker control, the "new school" form, and small waits on the
// sync indicator. Every wait polls a condition (Playwright auto-waiting); none sleeps blindly.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Default wait for UI conditions (sync, reconnects with the app's backoff of up to 10 s). */
export const UI_TIMEOUT = 20_000;

export type SyncKind = 'sin-conexion' | 'pendiente' | 'sincronizando' | 'al-dia' | 'rechazado';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh, isolated context (its own IndexedDB, service workers, cookies). */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'es-CL', serviceWorkers: 'allow' });
  context.setDefaultTimeout(UI_TIMEOUT);
  return context;
}

/** A persistent profile directory: what a real browser keeps between restarts. */
export async function makeProfileDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bitacora-profile-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function launchPersistent(dir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'es-CL',
    serviceWorkers: 'allow',
  });
  context.setDefaultTimeout(UI_TIMEOUT);
  return context;
}

/** Collects page errors and console errors, to print when a test fails. */
export function recordConsole(page: Page, sink: string[]): void {
  page.on('pageerror', (e) => sink.push(`[pageerror] ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') sink.push(`[console.${m.type()}] ${m.text()}`);
  });
}

export const syncIndicator = (page: Page): Locator => page.getByTestId('sync-indicator');

/** Waits until the header indicator shows the given kind (data-kind). */
export async function waitForSync(page: Page, kind: SyncKind, timeout = UI_TIMEOUT): Promise<void> {
  await page.locator(`[data-testid="sync-indicator"][data-kind="${kind}"]`).waitFor({ state: 'visible', timeout });
}

/** Waits until the indicator reports at least `min` unsynced changes, and returns the count. */
export async function waitForPending(page: Page, min = 1, timeout = UI_TIMEOUT): Promise<number> {
  const handle = await page.waitForFunction(
    (least) => {
      const el = document.querySelector('[data-testid="sync-indicator"]');
      if (!el) return null;
      const m = /(\d+) cambios? sin sincronizar/.exec(el.textContent ?? '');
      const n = m ? Number(m[1]) : 0;
      return n >= least ? n : null;
    },
    min,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** Opens the app and signs in through the login form; resolves once the signed-in shell shows. */
export async function signIn(page: Page, base: string, username: string, password: string): Promise<void> {
  if (!page.url().startsWith(base)) await page.goto(`${base}/#/escuelas`);
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await syncIndicator(page).waitFor({ state: 'visible' });
}

/**
 * Waits until the service worker controls the page. The first worker claims open pages
 * (clientsClaim) once it activates; should the page still not be controlled, it reloads once,
 * as a returning visitor would.
 */
export async function waitForServiceWorker(page: Page, timeout = UI_TIMEOUT): Promise<void> {
  // (Not waitForFunction with an async predicate: its promise is truthy at once.)
  await withTimeout(
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    }),
    timeout,
    'no service worker became active',
  );
  const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
  if (!controlled) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout, polling: 100 });
}

export interface NewSchool {
  rbd: string;
  dv: string;
  name: string;
  regionCode: string;
  comunaCode: string;
  dependencia: string;
  niveles?: string[];
  matricula?: string;
  director?: string;
  notes?: string;
}

export const SCHOOL_7423: NewSchool = {
  rbd: '7423',
  dv: '3',
  name: 'Escuela Rural Los Maitenes',
  regionCode: '10',
  comunaCode: '10307',
  dependencia: '2',
  niveles: ['Educación básica'],
  notes: 'Escuela rural',
};

export const SCHOOL_5834: NewSchool = {
  rbd: '5834',
  dv: '3',
  name: 'Liceo Alto Meco',
  regionCode: '09',
  comunaCode: '09108',
  dependencia: '3',
  niveles: ['Educación básica'],
};

/** Fills the "Registrar establecimiento" form (without submitting). */
export async function fillNewSchool(page: Page, school: Partial<NewSchool>): Promise<void> {
  if (school.rbd !== undefined) await page.locator('#school-rbd').fill(school.rbd);
  if (school.dv !== undefined) await page.locator('#school-dv').fill(school.dv);
  if (school.name !== undefined) await page.locator('#school-name').fill(school.name);
  if (school.regionCode !== undefined) await page.locator('#school-regionCode').selectOption(school.regionCode);
  if (school.comunaCode !== undefined) {
    const comuna = page.locator('#school-comunaCode');
    await comuna.locator(`option[value="${school.comunaCode}"]`).waitFor({ state: 'attached' });
    await comuna.selectOption(school.comunaCode); // waits until the select is enabled
  }
  if (school.dependencia !== undefined) await page.locator('#school-dependencia').selectOption(school.dependencia);
  for (const nivel of school.niveles ?? []) await page.getByLabel(nivel, { exact: true }).check();
  if (school.matricula !== undefined) await page.locator('#school-matricula').fill(school.matricula);
  if (school.director !== undefined) await page.locator('#school-director').fill(school.director);
  if (school.notes !== undefined) await page.locator('#school-notes').fill(school.notes);
}

/** Registers a school through the UI; resolves on its page (`#/escuelas/<rbd>`) with the edit form shown. */
export async function createSchool(page: Page, school: NewSchool): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/escuelas'));
  await page.getByRole('link', { name: 'Registrar establecimiento' }).click();
  await page.locator('#school-rbd').waitFor();
  await fillNewSchool(page, school);
  await page.getByRole('button', { name: 'Guardar establecimiento' }).click();
  await page.waitForFunction((rbd) => window.location.hash === `#/escuelas/${rbd}`, school.rbd, { polling: 100 });
  await page.getByTestId('school-form').waitFor();
}

/** Opens a school's page and waits for its edit form. */
export async function openSchool(page: Page, rbd: string): Promise<void> {
  await page.evaluate((id) => (window.location.hash = `#/escuelas/${id}`), rbd);
  await page.getByTestId('school-form').waitFor();
}

/** Waits until the input/select/textarea matching `selector` holds exactly this value. */
export async function waitForValue(
  page: Page,
  selector: string,
  expected: string,
  timeout = UI_TIMEOUT,
): Promise<void> {
  await page.waitForFunction(
    ({ sel, value }) => (document.querySelector(sel) as HTMLInputElement | null)?.value === value,
    { sel: selector, value: expected },
    { timeout, polling: 100 },
  );
}

/**
 * Reads a saved form draft straight from the signed-in user's Dexie database
 * (`bitacora-u-<userId>`, table `drafts`), without going through the app.
 */
export async function readDraft(page: Page, key: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(async (draftKey) => {
    const dbs = await indexedDB.databases();
    const userDb = dbs.find((d) => d.name && /^bitacora-u-/.test(d.name) && !d.name.includes(':'));
    if (!userDb?.name) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(userDb.name as string);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      if (!db.objectStoreNames.contains('drafts')) return null;
      return await new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const req = db.transaction('drafts', 'readonly').objectStore('drafts').get(draftKey);
        req.onsuccess = () => resolve((req.result?.value as Record<string, unknown> | undefined) ?? null);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, key);
}

/** Polls `read` until `accept` holds for its result (or the timeout passes); returns that result. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeout = UI_TIMEOUT,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves like `promise`, or rejects with `message` after `ms` (the timer is cleared either way). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** A page in a fresh context whose console errors and page errors are collected under `name`. */
export async function openLoggedPage(browser: Browser, name: string, logs: string[]): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  page.on('console', (m) => m.type() === 'error' && logs.push(`[${name}] ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`[${name}] pageerror ${e.message}`));
  return page;
}
