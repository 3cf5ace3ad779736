// Participatory diagnosis, kiosk mode on two tablets of the same advisor, offline: 6 docentes
// answer on each tablet (one tablet all "Siempre", the other all "A veces"), the relay is down
// the whole time; when it returns both tablets sync by themselves and both show exactly 12
// responses with a mean of 3,0 in every dimension ((6·4 + 6·2) / 12).
import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { respondInKiosk } from '../support/surveyAndSignature.ts';
import { SCHOOL_7423, UI_TIMEOUT, createSchool, waitForServiceWorker } from '../support/browser.ts';
import { KioskPage } from './pages/KioskPage.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolListPage } from './pages/SchoolListPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';
import { SyncStatus } from './pages/SyncStatus.ts';
import { pdfText } from '../support/pdfText.ts';

const PASSWORD = 'clave-ana-2026';
const EXIT_CODE = '2468';
const OUT_DIR = join(process.cwd(), 'test-artifacts', 'kiosk');
const PDF = join(OUT_DIR, 'informe-12-respuestas.pdf');
const run = promisify(execFile);
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

async function tablet(name: string): Promise<Page> {
  const page = await openSignedIn(ctx, name, 'ana', PASSWORD);
  await waitForServiceWorker(page);
  return page;
}

async function openDiagnosis(page: Page) {
  await new SchoolPage(page, ctx.relay.url, '7423').openDiagnosis();
}

async function runKiosk(page: Page, option: string, respondents: number) {
  const kiosk = new KioskPage(page);
  await new SchoolPage(page, ctx.relay.url, '7423').openKioskFor(/Docentes/);
  await kiosk.exitCode.fill(EXIT_CODE.slice(0, 2));
  expect(await kiosk.start.isDisabled()).toBe(true);
  expect(await page.locator('#kiosk-code-problem').innerText()).toBe(
    'Escriba un código de 4 a 8 dígitos para iniciar la encuesta (faltan 2 dígitos).',
  );
  await kiosk.exitCode.fill(EXIT_CODE);
  expect(await page.locator('#kiosk-code-problem').innerText()).toBe('');
  await kiosk.start.click();
  for (let i = 0; i < respondents; i++) {
    await respondInKiosk(page, option);
    await kiosk.nextRespondent();
  }
}

async function leaveKiosk(page: Page) {
  const kiosk = new KioskPage(page);
  await kiosk.exitWith('0000');
  await page.getByText('Código incorrecto').waitFor();
  await kiosk.tryExitCode(EXIT_CODE);
  await new SchoolPage(page, ctx.relay.url, '7423').participation.waitFor({ timeout: UI_TIMEOUT });
}

describe('kiosk', () => {
  it('collects 12 anonymous responses on two offline tablets and merges them', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const a = await tablet('a');
    await createSchool(a, SCHOOL_7423);
    await new SyncStatus(a).waitUntilUpToDate();
    const b = await tablet('b');
    await new SchoolListPage(b).waitForSchool(SCHOOL_7423.name);
    await openDiagnosis(a);
    await openDiagnosis(b);
    await new SyncStatus(a).waitUntilUpToDate();
    await new SyncStatus(b).waitUntilUpToDate();

    await ctx.relay.stop();
    await runKiosk(a, 'Siempre / Se observa consolidado', 6);
    await runKiosk(b, 'A veces / Se observa de manera incipiente', 6);

    // Neither another address nor a reload takes a respondent out of kiosk mode.
    await a.evaluate(() => {
      window.location.hash = '#/escuelas';
    });
    await a.getByTestId('kiosk').waitFor({ timeout: UI_TIMEOUT });
    await a.reload();
    await a.getByTestId('kiosk').waitFor({ timeout: UI_TIMEOUT });
    expect(a.url()).toContain('/diagnostico/kiosco/docentes');
    await leaveKiosk(a);
    await leaveKiosk(b);
    await expect.poll(() => a.getByTestId('responses-docentes').textContent(), { timeout: UI_TIMEOUT }).toBe('6');

    await ctx.relay.start();
    await new SyncStatus(a).waitUntilUpToDate(30_000);
    await new SyncStatus(b).waitUntilUpToDate(30_000);
    for (const page of [a, b]) {
      await expect.poll(() => page.getByTestId('responses-docentes').textContent(), { timeout: UI_TIMEOUT }).toBe('12');
      for (const dim of ['LID', 'GP', 'FC', 'GR']) {
        await expect.poll(() => page.getByTestId(`mean-${dim}`).textContent(), { timeout: UI_TIMEOUT }).toBe('3,0');
      }
    }

    // The team's review on one tablet (a decision and the conclusions) reaches the other.
    await a.getByLabel('Decisión: Gestión Curricular').selectOption('debilidad');
    await a
      .getByLabel('Conclusiones del asesor (para el Informe Diagnóstico)')
      .fill('Priorizar la gestión curricular.');
    await expect
      .poll(() => b.getByLabel('Decisión: Gestión Curricular').inputValue(), { timeout: UI_TIMEOUT })
      .toBe('debilidad');
    await expect
      .poll(() => b.getByLabel('Conclusiones del asesor (para el Informe Diagnóstico)').inputValue(), {
        timeout: UI_TIMEOUT,
      })
      .toBe('Priorizar la gestión curricular.');

    // Tablet b produces the Informe Diagnóstico with all 12 responses and the team's review.
    await mkdir(OUT_DIR, { recursive: true });
    const [download] = await Promise.all([
      b.waitForEvent('download', { timeout: UI_TIMEOUT }),
      b.getByRole('button', { name: 'Descargar Informe Diagnóstico (PDF)' }).click(),
    ]);
    await download.saveAs(PDF);
    const text = (await pdfText(PDF, { mode: 'layout' })).replace(/[ \t]+/g, ' ');
    expect(text).toContain(SCHOOL_7423.name);
    expect(text).toContain('Se registraron 12 respuestas en total.');
    expect(text).toContain('Liderazgo (promedio general 3,0)');
    expect(text).toContain('Priorizar la gestión curricular.');
    await run('pdftoppm', ['-png', '-r', '50', PDF, join(OUT_DIR, 'informe')]);
    expect((await readdir(OUT_DIR)).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
  });
});
