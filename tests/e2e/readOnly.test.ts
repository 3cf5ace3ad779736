// A sostenedor reads a school and writes only the review document (A-10, A-13, A-14, CM-7), in
// Chromium with the real relay: the advisor registers the school and opens its asesoría; the
// sostenedor signs in, opens the school, finds the profile, diagnosis, asesoría and PME locked with a
// "Solo lectura" notice, leaves a comment on a deliverable, and the relay then holds that comment and
// nothing else from them: every other document is exactly as the advisor left it.
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import {
  SCHOOL_7423,
  UI_TIMEOUT,
  createSchool,
  openLoggedPage,
  signIn,
  waitForServiceWorker,
  waitForSync,
} from '../support/browser.ts';
import { ClientPool, openAndWait } from '../support/relayFixture.ts';
import { readComments } from '../../src/data/docs/review/read.ts';
import { docName, type DocKind, type SchoolId } from '../../src/domain/wire/documentNames.ts';

const ANA = 'clave-ana-2026';
const PEDRO = 'clave-pedro-2026';
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: ANA }]);
const SCHOOL = '7423' as SchoolId;
const KINDS: DocKind[] = ['profile', 'diagnosis', 'programme', 'pme', 'monitoring', 'evaluation', 'review'];
const TEXT = 'Por favor adjunten el acta del consejo escolar.';

/** Each document of the school as the relay holds it: its encoded state vector. */
async function relayStates(): Promise<Record<string, string>> {
  const pool = new ClientPool();
  try {
    const client = pool.client(ctx.relay, (await ctx.relay.login('ana', ANA)).token);
    const states: Record<string, string> = {};
    for (const kind of KINDS) {
      const entry = await openAndWait(client, docName(SCHOOL, kind));
      states[kind] = Buffer.from(Y.encodeStateVector(entry.doc)).toString('base64');
    }
    return states;
  } finally {
    pool.destroyAll();
  }
}

async function relayReview(): Promise<Y.Doc> {
  const pool = new ClientPool();
  try {
    const client = pool.client(ctx.relay, (await ctx.relay.login('ana', ANA)).token);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate((await openAndWait(client, docName(SCHOOL, 'review'))).doc));
    return copy;
  } finally {
    pool.destroyAll();
  }
}

/** Controls inside read-only areas that still take input (none expected), and how many were found. */
const lockedControls = (page: Page) =>
  page.evaluate(() => {
    const controls = [...document.querySelectorAll('[data-read-only="true"] :is(input, textarea, select, button)')];
    const owner = (c: Element) => c.closest('[data-doc-kind], [data-writes-nothing]');
    const locked = controls.filter((c) => owner(c)?.getAttribute('data-read-only') === 'true');
    return { total: locked.length, enabled: locked.filter((c) => !(c as HTMLInputElement).disabled).length };
  });

async function expectReadOnly(page: Page, hash: string, kind: DocKind): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  const area = page.locator(`[data-doc-kind="${kind}"][data-read-only="true"]`).first();
  await area.waitFor({ timeout: UI_TIMEOUT });
  expect(await area.getByTestId('read-only-notice').first().textContent()).toMatch(/^Solo lectura: /);
  await expect.poll(async () => (await lockedControls(page)).total, { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
  expect((await lockedControls(page)).enabled).toBe(0);
}

describe('read-only roles', () => {
  it('A-13 A-14 CM-7 a sostenedor cannot type in the profile, diagnosis, asesoría or PME; their comment alone reaches the relay', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    await ctx.relay.addUser('pedro', 'sostenedor', PEDRO, [SCHOOL]);
    const ana = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(ana, ctx.relay.url, 'ana', ANA);
    await waitForServiceWorker(ana);
    await createSchool(ana, SCHOOL_7423);
    await ana.goto(`${ctx.relay.url}/#/escuelas/7423/asesoria`);
    await ana.getByTestId('open-engagement').getByRole('button', { name: 'Abrir asesoría' }).click();
    await ana.getByTestId('deliverables').locator('.comments-box').first().waitFor({ timeout: UI_TIMEOUT });
    await waitForSync(ana, 'al-dia', 30_000);
    await ana.context().close();
    const before = await relayStates();

    const pedro = await openLoggedPage(ctx.browser, 'pedro', ctx.logs);
    await signIn(pedro, ctx.relay.url, 'pedro', PEDRO);
    await pedro.getByRole('heading', { name: 'Establecimientos' }).waitFor();
    expect(await pedro.getByRole('link', { name: 'Registrar establecimiento' }).count()).toBe(0);
    await expectReadOnly(pedro, '#/escuelas/7423', 'profile');
    expect(await pedro.getByTestId('school-title').textContent()).toBe(SCHOOL_7423.name);
    expect(await pedro.locator('[data-doc-kind="profile"] input').first().isEditable()).toBe(false);
    await expectReadOnly(pedro, '#/escuelas/7423/diagnostico', 'diagnosis');
    await expectReadOnly(pedro, '#/escuelas/7423/pme', 'pme');
    await expectReadOnly(pedro, '#/escuelas/7423/asesoria', 'programme');

    // The comment box is the review document's: it takes input inside the read-only asesoría.
    const box = pedro.getByTestId('deliverables').locator('.comments-box').first();
    const tid = (await box.getAttribute('data-testid'))!;
    await pedro.getByTestId(`${tid}-toggle`).click();
    await pedro.getByTestId(`${tid}-new`).fill(TEXT);
    await pedro.getByTestId(`${tid}-add`).click();
    await expect.poll(() => pedro.getByTestId(`${tid}-item-0-text`).textContent(), { timeout: UI_TIMEOUT }).toBe(TEXT);
    await waitForSync(pedro, 'al-dia', 30_000);

    const comments = readComments(await relayReview()).comments;
    expect(comments.map((c) => [c.text, c.author.name, c.author.role])).toEqual([[TEXT, 'pedro', 'sostenedor']]);
    const after = await relayStates();
    for (const kind of KINDS.filter((k) => k !== 'review')) expect([kind, after[kind]]).toEqual([kind, before[kind]]);
    expect(after.review).not.toBe(before.review);
    // Nothing tried to write a read-only document behind the locked screens.
    expect(ctx.logs.filter((line) => line.includes('Refused a local write'))).toEqual([]);
  });
});
