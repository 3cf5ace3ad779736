// The advisory programme end to end: offline, the advisor opens the asesoría and records a session
// with 3 participants, 2 signatures drawn on the screen, 1 photo chosen through the file input and
// 2 agreements; the acta PDF is made on the device. Back online, everything syncs (the photo and
// signatures upload), and the coordinator, in another browser context, sees the session, the
// signatures and the photo, and the school's figures in the portfolio.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { drawSignature } from '../support/surveyAndSignature.ts';
import {
  SCHOOL_7423,
  UI_TIMEOUT,
  createSchool,
  openLoggedPage,
  signIn,
  waitForServiceWorker,
  waitForSync,
} from '../support/browser.ts';
import { pdfImageList, pdfText } from '../support/pdfText.ts';

const OUT_DIR = join(process.cwd(), 'test-artifacts', 'programme');
const ANA = 'clave-ana-2026';
const COORD = 'clave-coord-2026';
const ctx = useRelayAndBrowser([
  { username: 'ana', role: 'asesor', password: ANA },
  { username: 'coord', role: 'coordinador', password: COORD },
]);

const PARTICIPANTS = [
  { name: 'María Soto', role: 'jefe-utp' },
  { name: 'Pedro Núñez', role: 'equipo-directivo' },
  { name: 'Lucía Araya', role: 'docente' },
];
const AGREEMENTS = [
  { text: 'Aplicar la encuesta a apoderados', responsible: 'María Soto', due: '2099-04-15' },
  { text: 'Enviar el PEI actualizado', responsible: 'Pedro Núñez', due: '2099-04-30' },
];

/** A real JPEG, drawn by the browser itself, to choose through the file input. */
async function makeJpeg(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 320;
    c.height = 240;
    const g = c.getContext('2d')!;
    g.fillStyle = '#2e7d32';
    g.fillRect(0, 0, 320, 240);
    g.fillStyle = '#ffffff';
    g.fillText('Taller diagnóstico', 40, 120);
    const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.9));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const x of bytes) s += String.fromCharCode(x);
    return btoa(s);
  });
  return Buffer.from(b64, 'base64');
}

const imageLoaded = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);

describe('advisory programme', () => {
  it('records a session offline with signatures, a photo and agreements; the coordinator sees it after sync', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    await mkdir(OUT_DIR, { recursive: true });
    const ana = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(ana, ctx.relay.url, 'ana', ANA);
    await waitForServiceWorker(ana);
    await createSchool(ana, SCHOOL_7423);
    await waitForSync(ana, 'al-dia');
    const jpeg = await makeJpeg(ana);

    await ctx.relay.stop();
    await ana.goto(`${ctx.relay.url}/#/escuelas/7423/asesoria`);
    await ana.getByTestId('open-engagement').getByRole('button', { name: 'Abrir asesoría' }).click();
    await expect.poll(() => ana.getByTestId('month-plan').locator('tbody tr').count(), { timeout: UI_TIMEOUT }).toBe(8);
    // The calendar folds to 7 months (merging two of the standard months) and back.
    ana.on('dialog', (d) => void d.accept());
    await ana.getByLabel('Duración').selectOption('7');
    await expect.poll(() => ana.getByTestId('month-plan').locator('tbody tr').count(), { timeout: UI_TIMEOUT }).toBe(7);
    await ana.getByLabel('Duración').selectOption('8');
    await expect.poll(() => ana.getByTestId('month-plan').locator('tbody tr').count(), { timeout: UI_TIMEOUT }).toBe(8);
    // Laid out, the months skip January and February (school holidays) unless included; 8 months from any
    // start cross a summer, so the two layouts differ in which calendar months they start in.
    const startMonths = () =>
      ana
        .getByTestId('month-plan')
        .locator('tbody tr td:nth-child(2)')
        .evaluateAll((cells) => cells.map((c) => Number(c.textContent?.slice(3, 5))));
    expect((await startMonths()).slice(1).filter((m) => m === 1 || m === 2)).toEqual([]);
    await ana.getByLabel('Incluir enero y febrero (vacaciones de verano)').check();
    await expect
      .poll(async () => (await startMonths()).slice(1).filter((m) => m === 1 || m === 2).length, {
        timeout: UI_TIMEOUT,
      })
      .toBeGreaterThan(0);
    await ana.getByLabel('Incluir enero y febrero (vacaciones de verano)').uncheck();
    await expect
      .poll(async () => (await startMonths()).slice(1).filter((m) => m === 1 || m === 2), { timeout: UI_TIMEOUT })
      .toEqual([]);
    // MX-4: each month shows the standard programme's contents; MX-5: a new session's agenda starts from them.
    await expect
      .poll(() => ana.getByTestId('month-plan').getByTestId('month-1-contents').textContent(), { timeout: UI_TIMEOUT })
      .toContain('Contextualización SAC y modelo de procesos');
    await expect
      .poll(() => ana.getByTestId('month-plan').getByTestId('month-1-contents').textContent(), { timeout: UI_TIMEOUT })
      .toContain('Entregables: Informe Diagnóstico Participativo');
    await expect
      .poll(() => ana.getByTestId('cross-cutting').textContent(), { timeout: UI_TIMEOUT })
      .toContain('Promoción de la toma de decisiones basada en evidencia');
    const chosenMonth = await ana.locator('#ns-month').inputValue();
    const workshops = await ana
      .getByTestId('new-session')
      .getByTestId(`month-${chosenMonth}-contents`)
      .locator('li')
      .allTextContents();
    expect(workshops.length).toBeGreaterThan(0);
    await ana.getByTestId('new-session').getByRole('button', { name: 'Registrar sesión' }).click();
    await ana.getByTestId('session').waitFor();
    const agenda = await ana.locator('#session-agenda').inputValue();
    expect(agenda.split('\n')[0]).toMatch(new RegExp(`^Mes ${chosenMonth} del programa: `));
    for (const w of workshops) expect(agenda).toContain(w);

    const form = ana.getByTestId('add-participant');
    for (const p of PARTICIPANTS) {
      await form.getByLabel('Nombre del participante').fill(p.name);
      await form.getByLabel('Rol').selectOption(p.role);
      await form.getByRole('button', { name: 'Agregar participante' }).click();
    }
    await expect
      .poll(() => ana.locator('[data-testid^="participant-"][class="participant"]').count(), { timeout: UI_TIMEOUT })
      .toBe(3);
    await ana.getByTestId('participant-2-present').uncheck();
    for (const i of [0, 1]) {
      await ana.getByTestId(`participant-${i}-sign`).click();
      await drawSignature(ana, i);
      await expect.poll(() => imageLoaded(ana, `participant-${i}-signature`), { timeout: UI_TIMEOUT }).toBe(true);
    }
    await ana.getByTestId('photo-input').setInputFiles({ name: 'taller.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await expect.poll(() => imageLoaded(ana, 'photo-0'), { timeout: UI_TIMEOUT }).toBe(true);
    const agreementForm = ana.getByTestId('add-agreement');
    for (const a of AGREEMENTS) {
      await agreementForm.getByLabel('Acuerdo').fill(a.text);
      await agreementForm.getByLabel('Responsable').fill(a.responsible);
      await agreementForm.getByLabel('Plazo').fill(a.due);
      await agreementForm.getByRole('button', { name: 'Agregar acuerdo' }).click();
    }
    await expect
      .poll(() => ana.locator('[data-testid^="agreement-"]').filter({ hasText: 'plazo' }).count(), {
        timeout: UI_TIMEOUT,
      })
      .toBe(2);
    expect(await ana.getByTestId('attachments-pending').textContent()).toContain('3 fotos o firmas sin subir');

    // The acta, offline, with the participants, attendance, agreements and the three images.
    const [download] = await Promise.all([
      ana.waitForEvent('download', { timeout: UI_TIMEOUT }),
      ana.getByTestId('acta-pdf').click(),
    ]);
    const pdf = join(OUT_DIR, 'acta.pdf');
    await download.saveAs(pdf);
    const text = (await pdfText(pdf, { mode: 'layout' })).replace(/\s+/g, ' ');
    for (const p of PARTICIPANTS) expect(text).toContain(p.name);
    for (const a of AGREEMENTS) expect(text).toContain(a.text);
    expect(text).toContain('Presente');
    expect(text).toContain('Ausente');
    expect(text).toContain(SCHOOL_7423.name);
    const images = await pdfImageList(pdf);
    expect(images.length).toBeGreaterThanOrEqual(3);

    // Back online: the document syncs and the attachments upload.
    await ctx.relay.start();
    await waitForSync(ana, 'al-dia', 30_000);
    await expect.poll(() => ana.getByTestId('attachments-pending').count(), { timeout: 30_000 }).toBe(0);

    const coord = await openLoggedPage(ctx.browser, 'coord', ctx.logs);
    await signIn(coord, ctx.relay.url, 'coord', COORD);
    const row = coord.getByTestId('school-list').locator('li').filter({ hasText: SCHOOL_7423.name });
    await expect
      .poll(() => row.getByTestId('portfolio').textContent(), { timeout: 30_000 })
      .toContain('Asesoría: mes 1 de 8');
    expect(await row.getByTestId('portfolio').textContent()).toContain('2 h de 80 h');
    await coord.goto(`${ctx.relay.url}/#/escuelas/7423/asesoria`);
    await expect.poll(() => coord.getByTestId('sessions').locator('li').count(), { timeout: 30_000 }).toBe(1);
    await coord.getByTestId('sessions').locator('a').first().click();
    await coord.getByTestId('session').waitFor();
    for (const p of PARTICIPANTS) await coord.getByText(p.name, { exact: true }).first().waitFor();
    for (const i of [0, 1])
      await expect.poll(() => imageLoaded(coord, `participant-${i}-signature`), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => imageLoaded(coord, 'photo-0'), { timeout: 30_000 }).toBe(true);
    expect(await coord.locator('[data-testid^="agreement-"]').filter({ hasText: AGREEMENTS[1]!.text }).count()).toBe(1);
  });
});
