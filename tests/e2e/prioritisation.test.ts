// Prioritisation matrix in a participatory session: problems are scored by several participants,
// ordered by the product of the mean scores, and the chosen priorities survive a reload offline.
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { SCHOOL_7423, UI_TIMEOUT, createSchool, openLoggedPage, signIn, waitForServiceWorker } from '../support/browser.ts';

const PASSWORD = 'clave-ana-2026';
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

async function score(page: Page, problem: string, a: string, b: string) {
  const row = page.locator(`tr[data-problem="${problem}"]`);
  await row.getByLabel('Importancia').selectOption(a);
  await row.getByLabel('Urgencia').selectOption(b);
  await row.getByRole('button', { name: 'Sumar puntaje' }).click();
}

const rowTexts = (page: Page) => page.locator('[data-testid=priorities] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-problem')));

describe('prioritisation', () => {
  it('orders problems by importance × urgency and keeps the chosen priorities', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    const page = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(page, ctx.relay.url, 'ana', PASSWORD);
    await waitForServiceWorker(page);
    await createSchool(page, SCHOOL_7423);
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/diagnostico/priorizacion`);
    for (const p of ['Baja asistencia', 'Clima de aula']) {
      await page.getByLabel('Nuevo problema').fill(p);
      await page.getByRole('button', { name: 'Agregar', exact: true }).click();
      await page.locator(`tr[data-problem="${p}"]`).waitFor({ timeout: UI_TIMEOUT });
    }
    await score(page, 'Baja asistencia', '3', '2'); // 3 × 2 = 6
    await score(page, 'Clima de aula', '5', '4'); // 20
    await score(page, 'Clima de aula', '3', '4'); // means 4 × 4 = 16
    await expect.poll(() => rowTexts(page), { timeout: UI_TIMEOUT }).toEqual(['Clima de aula', 'Baja asistencia']);
    await expect.poll(() => page.getByTestId('priority').allTextContents(), { timeout: UI_TIMEOUT }).toEqual(['16', '6']);
    await page.getByLabel('Prioridad para el PME: Clima de aula').check();

    await ctx.relay.stop();
    await page.reload();
    await expect.poll(() => rowTexts(page), { timeout: UI_TIMEOUT }).toEqual(['Clima de aula', 'Baja asistencia']);
    expect(await page.getByLabel('Prioridad para el PME: Clima de aula').isChecked()).toBe(true);
    expect(await page.getByLabel('Prioridad para el PME: Baja asistencia').isChecked()).toBe(false);
  });
});
