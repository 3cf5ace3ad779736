// The escape hatch end to end (docs/spec/transfer.md), in real Chromium with the real relay: a tablet
// edits offline (notes and a photo), exports its unsynced work — also once its token expired offline —,
// its storage is wiped; another browser imports the file and syncs, and the relay then holds every edit
// and the photo. The same file again changes nothing; a user without access to the school is refused.
import { readFile } from 'node:fs/promises';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import {
  createSchool,
  openLoggedPage,
  openSchool,
  pollUntil,
  SCHOOL_7423,
  signIn,
  waitForValue,
} from '../support/browser.ts';
import { SyncStatus } from './pages/SyncStatus.ts';
import { testCard } from '../support/cameraPhotos.ts';
import { NodeSyncClient } from '../support/nodeClient.ts';
import { openAndWait } from '../support/relayFixture.ts';
import { readProfile } from '../../src/data/docs/profile/fields.ts';
import { readProgramme } from '../../src/data/docs/programme/read.ts';
import { attachmentStatusPath } from '../../src/domain/wire/attachments.ts';

const PASSWORD = 'clave-transfer-2026';
const ctx = useRelayAndBrowser([
  { username: 'ana', role: 'asesor', password: PASSWORD },
  { username: 'bea', role: 'asesor', password: PASSWORD },
]);
const OFFLINE_NOTES = 'Visita del martes: el equipo directivo revisó las metas sin conexión.';
const PROCESS_TIMEOUT = 60_000;

/** Clicks an export button and returns the text of the file the browser downloaded. */
async function exportFile(page: Page, scope: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: PROCESS_TIMEOUT }),
    page.getByTestId(scope).getByTestId('export-unsynced').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bitacora-sin-sincronizar-ana-\d{4}-\d{2}-\d{2}\.json$/);
  return readFile((await download.path())!, 'utf8');
}

const transferMessage = (page: Page) => page.getByTestId('transfer-message').textContent();

/** Makes the saved sign-in token expire, as weeks offline would (the Dexie row, written raw). */
const expireSavedToken = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('bitacora-app');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = () => db.transaction('session', 'readwrite').objectStore('session');
    const row = await new Promise<{ session: { expiresAt: number } }>((resolve) => {
      const req = store().get('current');
      req.onsuccess = () => resolve(req.result);
    });
    row.session.expiresAt = Date.now() - 1000;
    await new Promise((resolve) => (store().put(row).onsuccess = resolve));
    db.close();
  });

/** Deletes every IndexedDB database and the local storage of the page's origin (a wiped tablet). */
const wipeStorage = (page: Page) =>
  page.evaluate(async () => {
    localStorage.clear();
    for (const { name } of await indexedDB.databases()) {
      if (name) await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
    }
    return (await indexedDB.databases()).length;
  });

/** A photo in a new session record of the school's asesoría; resolves once it shows. */
async function addSessionPhoto(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/escuelas/7423/asesoria'));
  await page.getByTestId('open-engagement').getByRole('button', { name: 'Abrir asesoría' }).click();
  await page.getByTestId('new-session').getByRole('button', { name: 'Registrar sesión' }).click();
  await page.getByTestId('session').waitFor();
  const buffer = await testCard(page, 800, 600, 'image/jpeg');
  await page.getByTestId('photo-input').setInputFiles({ name: 'pizarra.jpg', mimeType: 'image/jpeg', buffer });
  await page.getByTestId('photo-0').waitFor({ timeout: PROCESS_TIMEOUT });
}

async function relayDoc(name: string): Promise<Y.Doc> {
  const { token } = await ctx.relay.login('ana', PASSWORD);
  const client = new NodeSyncClient(ctx.relay.wsUrl, token);
  try {
    const entry = await openAndWait(client, name);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(entry.doc));
    return copy;
  } finally {
    client.destroy();
  }
}

async function relayHasPhoto(hash: string): Promise<boolean> {
  const { token } = await ctx.relay.login('ana', PASSWORD);
  const res = await fetch(`${ctx.relay.url}${attachmentStatusPath('7423', hash)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return res.ok && ((await res.json()) as { complete: boolean }).complete;
}

describe('take your work with you', () => {
  it('EX-10…EX-14: offline edits and a photo exported (also with an expired token), storage wiped, imported elsewhere, synced; twice changes nothing; no access is refused', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    // Device A: the school reaches the relay (ana claims it), then the relay goes away.
    const a = await openLoggedPage(ctx.browser, 'tablet-a', ctx.logs);
    await signIn(a, ctx.relay.url, 'ana', PASSWORD);
    await createSchool(a, SCHOOL_7423);
    const syncA = new SyncStatus(a);
    await syncA.waitUntilUpToDate();
    await ctx.relay.stop();
    await syncA.waitFor('sin-conexion');

    // Offline: notes typed on the school and a photo in a session record.
    await openSchool(a, '7423');
    await a.locator('#school-notes').fill(OFFLINE_NOTES);
    await waitForValue(a, '#school-notes', OFFLINE_NOTES);
    await addSessionPhoto(a);
    await syncA.waitForPending(1);

    // EX-12: export from the storage status, then again after the token expired offline.
    const signedInText = await exportFile(a, 'transfer');
    expect(await transferMessage(a)).toMatch(
      /^Se guardó «bitacora-sin-sincronizar-ana-.*» con \d+ documentos? y 1 foto o firma/,
    );
    await expireSavedToken(a);
    await a.reload();
    await a.getByText('Su sesión expiró. Ingrese nuevamente.').waitFor();
    const text = await exportFile(a, 'expired-export');
    const file = JSON.parse(text) as {
      manifest: {
        user: { username: string };
        schools: { schoolId: string; name: string }[];
        docs: { name: string }[];
        attachments: { hash: string }[];
      };
    };
    expect(file.manifest.user.username).toBe('ana');
    expect(file.manifest.schools).toEqual([{ schoolId: '7423', name: SCHOOL_7423.name }]);
    expect(file.manifest.docs.map((d) => d.name)).toEqual(
      expect.arrayContaining(['school:7423:profile', 'school:7423:programme']),
    );
    expect(file.manifest.attachments).toHaveLength(1);
    expect(JSON.parse(signedInText).manifest.docs).toEqual(file.manifest.docs);
    const photoHash = file.manifest.attachments[0]!.hash;

    // The tablet is wiped; the relay comes back and has none of it yet.
    expect(await wipeStorage(a)).toBe(0);
    await a.close();
    await ctx.relay.start();
    expect(readProfile(await relayDoc('school:7423:profile')).profile.notes).not.toBe(OFFLINE_NOTES);
    expect(await relayHasPhoto(photoHash)).toBe(false);

    // EX-13: bea may not import ana's school: refused, naming it, nothing imported.
    const bea = await openLoggedPage(ctx.browser, 'bea', ctx.logs);
    await signIn(bea, ctx.relay.url, 'bea', PASSWORD);
    await bea
      .getByTestId('import-work')
      .setInputFiles({ name: 'trabajo.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect
      .poll(() => transferMessage(bea), { timeout: PROCESS_TIMEOUT })
      .toBe(
        `No puede importar este archivo: trae trabajo de un establecimiento a los que su usuario no tiene acceso: ` +
          `${SCHOOL_7423.name} (RBD 7423-3). No se importó nada.`,
      );
    expect(
      await bea.evaluate(
        async () => (await indexedDB.databases()).filter((d) => d.name?.includes('school:7423')).length,
      ),
    ).toBe(0);

    // Device B: ana signs in, imports, and it syncs normally.
    const b = await openLoggedPage(ctx.browser, 'tablet-b', ctx.logs);
    await signIn(b, ctx.relay.url, 'ana', PASSWORD);
    const syncB = new SyncStatus(b);
    await syncB.waitUntilUpToDate();
    await b
      .getByTestId('import-work')
      .setInputFiles({ name: 'trabajo.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect
      .poll(() => transferMessage(b), { timeout: PROCESS_TIMEOUT })
      .toMatch(/^Importado: \d+ documentos? con cambios y 1 foto o firma\./);
    await syncB.waitUntilUpToDate(PROCESS_TIMEOUT);
    await pollUntil(
      () => relayHasPhoto(photoHash),
      (done) => done,
      PROCESS_TIMEOUT,
      'the photo on the relay',
    );
    expect(readProfile(await relayDoc('school:7423:profile')).profile.notes).toBe(OFFLINE_NOTES);
    expect(JSON.stringify(readProgramme(await relayDoc('school:7423:programme')))).toContain(photoHash);
    await openSchool(b, '7423');
    await waitForValue(b, '#school-notes', OFFLINE_NOTES);

    // EX-14: the same file again changes nothing.
    await b
      .getByTestId('import-work')
      .setInputFiles({ name: 'otra-vez.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect
      .poll(() => transferMessage(b), { timeout: PROCESS_TIMEOUT })
      .toBe('Este equipo ya tenía todo lo que trae el archivo: no cambió nada.');
    await syncB.waitUntilUpToDate();
  });
});
