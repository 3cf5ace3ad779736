// The sostenedor signs the Acta de Verificación with an account of their own (issue 15 §2), in Chromium with
// the real relay. An advisor prepares school 7423's acta and signs it with the director on a tablet in Chile
// (America/Santiago, 21:30 local: already the next day in UTC). The school's sostenedor (made with the CLI,
// bound by an explicit grant of 7423) signs in on another browser context, signs through the confirmation
// and then sees the signature as final; the advisor's tablet receives it, and the acta's PDF there names the
// sostenedor, their role and the local date of signing. A sostenedor of another school is refused by the
// relay and offered nothing. Then the sostenedor signs a correction of the acta offline; once back online
// the signature reaches the relay.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { RelayProcess } from '../support/serverProcess.ts';
import { disposeRelay } from '../support/relayControl.ts';
import { drawSignature } from '../support/surveyAndSignature.ts';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';
import { seedRichSchool } from '../support/seedSchool.ts';
import { pdfText } from '../support/pdfText.ts';
import { SCHOOL_7423, UI_TIMEOUT, launchBrowser, signIn, waitForServiceWorker } from '../support/browser.ts';
import { SchoolPage } from './pages/SchoolPage.ts';
import { SyncStatus } from './pages/SyncStatus.ts';
import { readSostenedorSignatures } from '../../src/data/docs/review/read.ts';
import { docName, toSchoolId } from '../../src/domain/wire/documentNames.ts';
import { attachmentPath } from '../../src/domain/wire/attachments.ts';
import { formatIsoDate, localIsoDate, localTime } from '../../src/domain/shared/localDates.ts';

const OUT_DIR = join(process.cwd(), 'test-artifacts', 'acta-sostenedor');
const ZONE = 'America/Santiago';
const USERS = [
  { username: 'ana', role: 'asesor', password: 'clave-ana-2026', schools: ['7423'] },
  { username: 'pedro', role: 'sostenedor', password: 'clave-pedro-2026', schools: ['7423'] },
  { username: 'rosa', role: 'sostenedor', password: 'clave-rosa-2026', schools: ['5834'] },
] as const;
type Username = (typeof USERS)[number]['username'];
const passwordOf = (username: Username) => USERS.find((u) => u.username === username)!.password;
const SOSTENEDOR_NAME = 'Pedro Díaz';

const ctx = { logs: [] as string[] } as { relay: RelayProcess; browser: Browser; logs: string[] };
beforeAll(async () => {
  ctx.relay = await RelayProcess.create();
  // Users through the relay's CLI: the sostenedores bound by an explicit school grant.
  for (const u of USERS) await ctx.relay.addUser(u.username, u.role, u.password, [...u.schools]);
  await ctx.relay.start();
  ctx.browser = await launchBrowser();
});
afterAll(async () => {
  await ctx.browser?.close();
  await disposeRelay(ctx.relay);
});

/** 21:30 in Santiago on today's Santiago date (UTC−3 in summer, UTC−4 in winter): UTC's tomorrow. */
function tonightAt2130(): Date {
  const today = localIsoDate(new Date(), ZONE);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  for (const offset of [3, 4]) {
    const at = new Date(Date.UTC(y, m - 1, d, 21 + offset, 30));
    if (localIsoDate(at, ZONE) === today && localTime(at, ZONE) === '21:30') return at;
  }
  throw new Error(`no 21:30 in ${ZONE} on ${today}`);
}

const ADVISOR_AT = tonightAt2130();
/** The sostenedor signs a quarter of an hour after the advisor's tablet starts, the same local evening. */
const SOSTENEDOR_AT = new Date(ADVISOR_AT.getTime() + 15 * 60_000);
const YEAR = Number(localIsoDate(ADVISOR_AT, ZONE).slice(0, 4));

/** A device in Chile whose clock starts at `at` and runs on from there. */
async function chileanDevice(name: string, at: Date): Promise<Page> {
  const context = await ctx.browser.newContext({ locale: 'es-CL', serviceWorkers: 'allow', timezoneId: ZONE });
  context.setDefaultTimeout(UI_TIMEOUT);
  await context.clock.install({ time: at });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && ctx.logs.push(`[${name}] ${m.text()}`));
  page.on('pageerror', (e) => ctx.logs.push(`[${name}] pageerror ${e.message}`));
  return page;
}

async function openVerification(page: Page): Promise<void> {
  await page.goto(`${ctx.relay.url}/#/escuelas/7423/evaluacion`);
  await page.getByTestId('eval-tab-verificacion').click({ timeout: 30_000 });
}

/** The advisor fills the current acta's rows and signs it with the director: its content is then fixed. */
async function prepareAndSign(page: Page): Promise<void> {
  for (const i of [0, 1, 2]) {
    await page.getByTestId(`acta-item-${i}-medios`).selectOption('en-papel');
    await page.getByTestId(`acta-item-${i}-result`).selectOption('verificada');
  }
  for (const [role, name, pad] of [
    ['director', 'María Soto', 0],
    ['asesor', 'Ana Rojas', 1],
  ] as const) {
    await page.getByTestId(`sign-${role}-name`).fill(name);
    await page.getByTestId(`sign-${role}`).click();
    await page.getByTestId('confirm-sign-confirm').click();
    await drawSignature(page, pad);
    await page.getByTestId(`acta-signature-${role}`).waitFor({ timeout: UI_TIMEOUT });
  }
  await page.getByTestId('acta-signed').waitFor({ timeout: UI_TIMEOUT });
}

/** The sostenedor signs the shown acta: the confirmation names them and their role, then the pad. */
async function signAsSostenedor(page: Page): Promise<void> {
  const field = page.getByTestId('sign-sostenedor-name');
  await expect.poll(() => field.isEnabled(), { timeout: 30_000 }).toBe(true);
  await field.fill(SOSTENEDOR_NAME);
  await page.getByTestId('sign-sostenedor').click();
  const dialog = page.getByRole('dialog', { name: '¿Firmar el acta como Sostenedor/a?' });
  await dialog.waitFor({ timeout: UI_TIMEOUT });
  expect(await dialog.textContent()).toContain(`Firma: ${SOSTENEDOR_NAME} (Sostenedor/a)`);
  expect(await dialog.textContent()).toContain('El contenido ya está fijo');
  await page.getByTestId('confirm-sign-confirm').click();
  await drawSignature(page, 2);
}

/** Signed looks final: the signature is listed with its local date and time, and nothing offers to sign again. */
async function expectSignedFinal(page: Page, local: string): Promise<void> {
  const row = page.getByTestId('acta-signature-sostenedor');
  await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain(`Sostenedor/a: ${SOSTENEDOR_NAME} ·`);
  expect(await row.textContent()).toMatch(new RegExp(`· ${local} 21:[45]\\d`));
  expect(await page.getByTestId('sign-sostenedor-name').count()).toBe(0);
  expect(await page.getByTestId('sign-sostenedor').count()).toBe(0);
  expect(await page.getByTestId('confirm-sign').count()).toBe(0);
}

/** The sostenedor signatures the relay holds in the school's review document, read as a third device would. */
async function relaySostenedorSignatures(username: Username) {
  const { token } = await ctx.relay.login(username, passwordOf(username));
  const client = new NodeSyncClient(ctx.relay.wsUrl, token);
  try {
    const entry = client.open(docName(toSchoolId(7423), 'review'), new Y.Doc());
    await waitFor(() => entry.denied !== null || entry.provider.synced, 15_000, 'review synced or denied');
    return { denied: entry.denied, signatures: readSostenedorSignatures(entry.doc) };
  } finally {
    client.destroy();
  }
}

/** Whether the relay serves this attachment of school 7423 whole (HEAD 200), asked with `token`. */
async function relayHasAttachment(token: string, hash: string): Promise<boolean> {
  const res = await fetch(`${ctx.relay.url}${attachmentPath('7423', hash)}`, {
    method: 'HEAD',
    headers: { authorization: `Bearer ${token}` },
  });
  return res.status === 200;
}

async function downloadActaPdf(page: Page, file: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('acta-pdf').click(),
  ]);
  await download.saveAs(file);
  const text = (await pdfText(file)).replace(/\s+/g, ' ');
  await writeFile(file.replace(/\.pdf$/, '.txt'), text);
  return text;
}

const local = formatIsoDate(localIsoDate(SOSTENEDOR_AT, ZONE));
const utc = formatIsoDate(localIsoDate(SOSTENEDOR_AT, 'UTC'));
let ana: Page;
let pedro: Page;

describe('the sostenedor signs the Acta de Verificación with an account of their own', () => {
  it('CM-5 CM-6 A-9 A-10 signs after a confirmation, looks final, reaches the advisor and prints with the local date', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    await mkdir(OUT_DIR, { recursive: true });
    expect(utc, 'the signing instant must fall on the next day in UTC, or this test proves nothing').not.toBe(local);
    const { token } = await ctx.relay.login('ana', passwordOf('ana'));
    await seedRichSchool(ctx.relay.wsUrl, token, YEAR);

    ana = await chileanDevice('ana', ADVISOR_AT);
    await signIn(ana, ctx.relay.url, 'ana', passwordOf('ana'));
    await openVerification(ana);
    await ana.getByTestId('create-acta').click({ timeout: 30_000 });
    await prepareAndSign(ana);
    await new SyncStatus(ana).waitUntilUpToDate(30_000);
    const hash = await ana.getByTestId('acta-hash').textContent();

    pedro = await chileanDevice('pedro', SOSTENEDOR_AT);
    expect(await pedro.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
    await signIn(pedro, ctx.relay.url, 'pedro', passwordOf('pedro'));
    await waitForServiceWorker(pedro);
    await openVerification(pedro);
    // A-10: the sostenedor reads the acta but is offered only their own signature, not the others' cargos.
    await expect.poll(() => pedro.getByTestId('acta-hash').textContent(), { timeout: 30_000 }).toBe(hash);
    expect(await pedro.getByTestId('acta').locator('table select, table input, table textarea').count()).toBe(0);
    expect(await pedro.getByTestId('read-only-notice').count()).toBe(1);
    expect(await pedro.getByRole('button', { name: 'Crear una corrección' }).isDisabled()).toBe(true);
    await signAsSostenedor(pedro);
    await expectSignedFinal(pedro, local);
    await new SyncStatus(pedro).waitUntilUpToDate(30_000);
    await pedro.reload();
    await pedro.getByTestId('eval-tab-verificacion').click({ timeout: 30_000 });
    await expectSignedFinal(pedro, local);

    // The relay stored it, made on the acta's content (CM-5: signedHash = the acta's hash).
    const stored = await relaySostenedorSignatures('ana');
    expect(stored.denied).toBeNull();
    expect(stored.signatures).toHaveLength(1);
    expect(stored.signatures[0]).toMatchObject({ role: 'sostenedor', name: SOSTENEDOR_NAME, signedHash: hash });
    expect(localIsoDate(new Date(stored.signatures[0]!.signedAt), ZONE)).toBe(localIsoDate(SOSTENEDOR_AT, ZONE));
    // the drawn signature, a PNG the sostenedor uploaded, is on the relay too.
    expect(stored.signatures[0]!.signature.type).toBe('image/png');
    await expect
      .poll(() => relayHasAttachment(token, stored.signatures[0]!.signature.hash), { timeout: 30_000 })
      .toBe(true);

    // The advisor's tablet receives it; the acta's PDF names the sostenedor, the role and the local date.
    await expectSignedFinal(ana, local);
    const text = await downloadActaPdf(ana, join(OUT_DIR, 'acta-verificacion.pdf'));
    expect(text).toContain(SCHOOL_7423.name);
    const block = text.slice(text.indexOf('Firmas Director/a'), text.indexOf('Cada firma'));
    expect(block).toMatch(/^Firmas Director\/a Asesor\/a ATE Sostenedor\/a /);
    expect(block).toContain(`${SOSTENEDOR_NAME} Firmado el ${local}`);
    expect(text).not.toContain('Pendiente (firma opcional)');
    expect(text).not.toContain(`Firmado el ${utc}`);
  });

  it('A-9 A-10 CM-5 a sostenedor of another school: the relay refuses the review document, the UI offers nothing', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const refused = await relaySostenedorSignatures('rosa');
    expect(refused.denied).not.toBeNull();
    expect(refused.signatures).toEqual([]);

    const rosa = await chileanDevice('rosa', SOSTENEDOR_AT);
    await signIn(rosa, ctx.relay.url, 'rosa', passwordOf('rosa'));
    await rosa.locator('[data-testid="school-list"], [data-testid="school-list-empty"]').first().waitFor();
    expect(await rosa.getByText(SCHOOL_7423.name).count()).toBe(0);
    await rosa.evaluate(() => (window.location.hash = '#/escuelas/7423'));
    const badge = new SchoolPage(rosa, ctx.relay.url, '7423').syncBadge('rechazado');
    await badge.waitFor({ timeout: 30_000 });
    expect(await badge.textContent()).toContain('No tiene acceso a este establecimiento');
    await openVerification(rosa);
    expect(await rosa.getByTestId('acta').count()).toBe(0);
    expect(await rosa.getByTestId('sign-sostenedor').count()).toBe(0);
    // Still one signature on the relay: Pedro's.
    expect((await relaySostenedorSignatures('ana')).signatures.map((s) => s.name)).toEqual([SOSTENEDOR_NAME]);
  });

  it('CM-5 signs a correction of the acta offline; back online, the signature reaches the relay', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    // The advisor corrects the signed acta and signs the correction: a new frozen acta, unsigned by the sostenedor.
    await ana.getByRole('button', { name: 'Crear una corrección' }).click();
    await ana.getByTestId('acta-item-0-medios').waitFor({ timeout: UI_TIMEOUT });
    await prepareAndSign(ana);
    await new SyncStatus(ana).waitUntilUpToDate(30_000);
    const hash = await ana.getByTestId('acta-hash').textContent();
    await expect.poll(() => pedro.getByTestId('acta-hash').textContent(), { timeout: 30_000 }).toBe(hash);
    await new SyncStatus(pedro).waitUntilUpToDate(30_000);

    // Offline: the page comes from the service worker's cache, the documents from the device.
    await pedro.context().setOffline(true);
    await pedro.reload();
    await pedro.getByTestId('eval-tab-verificacion').click({ timeout: 30_000 });
    await expect.poll(() => pedro.getByTestId('acta-hash').textContent(), { timeout: 30_000 }).toBe(hash);
    await signAsSostenedor(pedro);
    await expectSignedFinal(pedro, local);
    await new SyncStatus(pedro).waitForPending(1);
    expect((await relaySostenedorSignatures('ana')).signatures.map((s) => s.signedHash)).not.toContain(hash);

    await pedro.context().setOffline(false);
    await new SyncStatus(pedro).waitUntilUpToDate(60_000);
    const stored = await relaySostenedorSignatures('ana');
    expect(stored.signatures.map((s) => [s.name, s.signedHash])).toContainEqual([SOSTENEDOR_NAME, hash]);
    expect(stored.signatures).toHaveLength(2);
    const offlineSignature = stored.signatures.find((s) => s.signedHash === hash)!.signature;
    const { token } = await ctx.relay.login('ana', passwordOf('ana'));
    await expect.poll(() => relayHasAttachment(token, offlineSignature.hash), { timeout: 30_000 }).toBe(true);
    await expectSignedFinal(ana, local);
  });
});
