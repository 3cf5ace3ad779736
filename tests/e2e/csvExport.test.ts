// EX-2 in the real app: a respondent types =HYPERLINK(…) into an open question of the kiosk, the
// advisor downloads the anonymous responses CSV, and the answer is in the file as text a spreadsheet
// will not run (quoted, with a leading apostrophe) — then our own reader gives back what was typed.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { readCsv } from '../../src/domain/results/csvImport.ts';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { SCHOOL_7423, UI_TIMEOUT, createSchool } from '../support/browser.ts';
import { KioskPage } from './pages/KioskPage.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';
import { SyncStatus } from './pages/SyncStatus.ts';

const PASSWORD = 'clave-ana-2026';
const EXIT_CODE = '2468';
const FORMULA = '=HYPERLINK("http://x","clic")';
const OUT_DIR = join(process.cwd(), 'test-artifacts', 'csvExport');
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

/** One kiosk respondent: "A veces" on every scale item, FORMULA in every open one. */
async function respondWithFormula(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Comenzar' }).click();
  const thanks = page.getByText('¡Gracias por responder!');
  let typed = 0;
  for (let guard = 0; guard < 200; guard++) {
    if (await thanks.isVisible()) return typed;
    const item = page.getByTestId('kiosk-item');
    await item.waitFor({ timeout: UI_TIMEOUT });
    const id = await item.getAttribute('data-item');
    const open = item.locator('textarea');
    if ((await open.count()) > 0) {
      await open.fill(FORMULA);
      typed += 1;
      await item.getByRole('button', { name: /Siguiente|Enviar respuestas/ }).click();
    } else await item.getByRole('radio', { name: 'A veces / Se observa de manera incipiente', exact: true }).click();
    await page.waitForFunction(
      (prev) =>
        document.querySelector('[data-testid=kiosk-item]')?.getAttribute('data-item') !== prev ||
        document.body.innerText.includes('¡Gracias por responder!'),
      id,
      { timeout: UI_TIMEOUT },
    );
  }
  throw new Error('the questionnaire never ended');
}

describe('CSV exports', () => {
  it('EX-2: a formula typed in a kiosk answer is neutralised in the responses CSV', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const page = await openSignedIn(ctx, 'csv', 'ana', PASSWORD);
    await createSchool(page, SCHOOL_7423);
    await new SyncStatus(page).waitUntilUpToDate();
    const school = new SchoolPage(page, ctx.relay.url, '7423');
    await school.openDiagnosis();

    const kiosk = new KioskPage(page);
    await school.openKioskFor(/Docentes/);
    await kiosk.startWith(EXIT_CODE);
    const typed = await respondWithFormula(page);
    expect(typed).toBeGreaterThan(0);
    await kiosk.exitWith(EXIT_CODE);
    await expect.poll(() => page.getByTestId('responses-docentes').textContent(), { timeout: UI_TIMEOUT }).toBe('1');

    await mkdir(OUT_DIR, { recursive: true });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: UI_TIMEOUT }),
      page.getByRole('button', { name: 'Descargar respuestas (CSV anónimo)' }).click(),
    ]);
    const path = join(OUT_DIR, download.suggestedFilename());
    await download.saveAs(path);
    const csv = await readFile(path, 'utf8');
    const row = csv.split('\r\n')[2] ?? '';
    expect(row.startsWith('1;Docentes;kiosco;')).toBe(true);
    // Every open answer is the quoted, apostrophe-guarded text; none is a bare formula.
    expect(row.split(`;"'=HYPERLINK(""http://x"",""clic"")"`)).toHaveLength(typed + 1);
    expect(row).not.toMatch(/(^|;)"?=/);
    const read = readCsv(csv);
    expect(
      read.ok && read.table.records.find((r) => r.cells[0] === '1')?.cells.filter((c) => c === FORMULA),
    ).toHaveLength(typed);
  });
});
