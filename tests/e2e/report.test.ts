// Informe Diagnóstico Participativo: an advisor types two docentes' paper forms, sets the number
// of docentes, goes offline (relay stopped, network off) and downloads the PDF report, generated
// on the device. The file is read back with pdftotext and rendered with pdftoppm (poppler).
//
// Docentes' instrument: 31 scale questions (1–7 LID, 8–16 GP, 17–23 FC, 24–31 GR).
// Form 1: all 4. Form 2: LID 3s, GP 2s, FC 3s, GR 1s.
// LID (7·4 + 7·3) / 14 = 3,5; GP (9·4 + 9·2) / 18 = 3,0; FC 3,5; GR (8·4 + 8·1) / 16 = 2,5.
// Participation: 2 responses of 4 docentes = 50%.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
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
import { pdfText } from '../support/pdfText.ts';

const run = promisify(execFile);
const PASSWORD = 'clave-ana-2026';
const OUT_DIR = join(process.cwd(), 'test-artifacts', 'report');
const PDF = join(OUT_DIR, 'informe.pdf');

const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

async function typeForm(page: Page, form: number, digits: string) {
  await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe(`Formulario ${form}, pregunta 1`);
  await page.keyboard.type(digits);
  await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe(`Formulario ${form}, pregunta 32`);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe(`Formulario ${form + 1}, pregunta 1`);
}

describe('informe diagnóstico (PDF)', () => {
  it('downloads the report offline with the school, participation and means', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    await mkdir(OUT_DIR, { recursive: true });
    for (const f of await readdir(OUT_DIR)) if (f.startsWith('informe')) await rm(join(OUT_DIR, f), { force: true });

    const page = await openLoggedPage(ctx.browser, 'report', ctx.logs);
    await signIn(page, ctx.relay.url, 'ana', PASSWORD);
    await waitForServiceWorker(page);
    await createSchool(page, SCHOOL_7423);
    await waitForSync(page, 'al-dia');

    await page.goto(`${ctx.relay.url}/#/escuelas/7423/diagnostico/papel`);
    await page.getByLabel('Grupo encuestado').waitFor({ timeout: UI_TIMEOUT });
    await page.getByLabel('Grupo encuestado').selectOption('docentes');
    await typeForm(page, 1, '4'.repeat(31));
    await typeForm(page, 2, '3'.repeat(7) + '2'.repeat(9) + '3'.repeat(7) + '1'.repeat(8));

    await page.goto(`${ctx.relay.url}/#/escuelas/7423/diagnostico`);
    await expect.poll(() => page.getByTestId('responses-docentes').textContent(), { timeout: UI_TIMEOUT }).toBe('2');
    await expect.poll(() => page.getByTestId('mean-LID').textContent(), { timeout: UI_TIMEOUT }).toBe('3,5');
    const population = page.getByLabel('Total de docentes');
    await population.fill('4');
    await population.blur();
    await expect
      .poll(() => page.getByTestId('participation').locator('tr[data-group="docentes"] td').nth(3).textContent(), {
        timeout: UI_TIMEOUT,
      })
      .toBe('50,0\u00a0%');
    await waitForSync(page, 'al-dia');

    // Offline: no network, no ctx.relay. The PDF is made on the device.
    await page.context().setOffline(true);
    await ctx.relay.stop();
    await waitForSync(page, 'sin-conexion');
    // The raw responses, anonymous, as CSV: a header, the items' wording, one row per paper form, the school.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: UI_TIMEOUT }),
      page.getByRole('button', { name: 'Descargar respuestas (CSV anónimo)' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('respuestas-diagnostico-7423.csv');
    const csvPath = join(OUT_DIR, 'respuestas.csv');
    await csvDownload.saveAs(csvPath);
    const csvLines = (await readFile(csvPath, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // FT2-2: the table, one blank line, then the school's identification rows.
    const blank = csvLines.indexOf('');
    expect(blank).toBe(4);
    expect(csvLines.slice(blank + 1).map((l) => l.split(';')[0])).toEqual([
      'Establecimiento',
      'RBD',
      'Comuna',
      'Dependencia',
      'Sostenedor',
      'RUT del sostenedor',
      'Convenio PIE',
    ]);
    expect(csvLines[blank + 1]).toBe(`Establecimiento;${SCHOOL_7423.name}`);
    expect(csvLines[0]?.startsWith('respuesta;grupo;modo;cuestionario;version;inicio;termino;')).toBe(true);
    expect(csvLines.slice(2, blank).map((l) => l.split(';').slice(0, 3).join(';'))).toEqual([
      '1;Docentes;papel',
      '2;Docentes;papel',
    ]);

    const button = page.getByRole('button', { name: 'Descargar Informe Diagnóstico (PDF)' });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT }), button.click()]);
    expect(download.suggestedFilename()).toBe('informe-diagnostico-7423.pdf');
    await download.saveAs(PDF);
    expect((await stat(PDF)).size).toBeGreaterThan(10_000);

    const stdout = await pdfText(PDF, { mode: 'layout' });
    const text = stdout.replace(/[ \t]+/g, ' ');
    expect(text).toContain('Informe Diagnóstico Participativo');
    expect(text).toContain(SCHOOL_7423.name);
    expect(text).toContain('RBD 7423-3');
    expect(text).toContain('Asesor(a): ana');
    expect(text).toContain('Se registraron 2 respuestas en total.');
    expect(text).toMatch(/Docentes 2 4 50,0\s%/);
    expect(text).toContain('Liderazgo (promedio general 3,5)');
    expect(text).toContain('Gestión Pedagógica (promedio general 3,0)');
    expect(text).toContain('Gestión de Recursos (promedio general 2,5)');
    expect(text).toContain('Sin datos registrados');
    expect(text).toContain('Conclusiones: (pendiente de redacción por el asesor)');
    expect(text).toMatch(/Página 1 de \d+/);

    await run('pdftoppm', ['-png', '-r', '50', PDF, join(OUT_DIR, 'informe')]);
    const pngs = (await readdir(OUT_DIR)).filter((f) => f.startsWith('informe') && f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(3);
  });
});
