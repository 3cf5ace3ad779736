// Adapting a questionnaire for a school: items are reworded, removed and added before collecting;
// once a version has responses, the next edit creates a new version and the response keeps the
// wording it was given with.
import { describe, expect, it, onTestFailed } from 'vitest';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { SCHOOL_7423, UI_TIMEOUT, createSchool } from '../support/browser.ts';
import { KioskPage } from './pages/KioskPage.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';

const PASSWORD = 'clave-ana-2026';
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

describe('instrument editor', () => {
  it('edits before collection in place, and versions after the first response', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    const page = await openSignedIn(ctx, 'ana', 'ana', PASSWORD);
    await createSchool(page, SCHOOL_7423);
    const school = new SchoolPage(page, ctx.relay.url, '7423');
    await school.goto('diagnostico/instrumento/apoderados');
    const version = page.getByTestId('instrument-version');
    await expect.poll(() => version.textContent(), { timeout: UI_TIMEOUT }).toBe('Versión 1');
    const first = page.getByLabel('Pregunta 1', { exact: true });
    const count = () => page.locator('.instrument-item').count();
    const before = await count();

    await first.fill('El colegio me informa a tiempo de las reuniones.');
    await first.blur();
    await page.getByLabel('Quitar pregunta 2').click();
    await page.getByLabel('Nueva pregunta').fill('Conozco el PEI del colegio.');
    await page.getByRole('button', { name: 'Agregar pregunta' }).click();
    await expect.poll(count, { timeout: UI_TIMEOUT }).toBe(before);
    await expect
      .poll(() => page.locator('.instrument-item textarea').last().inputValue(), { timeout: UI_TIMEOUT })
      .toBe('Conozco el PEI del colegio.');
    expect(await version.textContent()).toBe('Versión 1');

    // A long item is read whole while it is edited: a textarea that grows to its text, nothing scrolled away.
    const long = page.getByLabel(`Pregunta ${before}`, { exact: true });
    const longText =
      'En las reuniones de apoderados el profesor jefe explica con claridad los avances y las dificultades de aprendizaje de mi hijo o hija, y acordamos juntos qué hacer en la casa para apoyarle durante el semestre.';
    await long.fill(longText);
    const box = () =>
      long.evaluate((el) => ({
        tag: el.tagName,
        hidden: el.scrollHeight - el.clientHeight,
        height: el.getBoundingClientRect().height,
      }));
    const oneLine = (await first.boundingBox())?.height ?? 0;
    const shown = await box();
    expect(shown.tag).toBe('TEXTAREA');
    expect(shown.hidden).toBeLessThanOrEqual(1);
    expect(shown.height).toBeGreaterThan(oneLine * 1.5);
    await long.blur();
    await page.reload();
    await expect.poll(() => long.inputValue(), { timeout: UI_TIMEOUT }).toBe(longText);
    expect((await box()).hidden).toBeLessThanOrEqual(1);
    await long.fill('Conozco el PEI del colegio.');
    await long.blur();

    // One respondent answers in kiosk mode: version 1 is now frozen.
    await school.goto('diagnostico/kiosco/apoderados');
    const kiosk = new KioskPage(page);
    await kiosk.startWith('1357');
    await page.getByRole('button', { name: 'Comenzar' }).click();
    await expect
      .poll(() => page.locator('.kiosk-question').textContent(), { timeout: UI_TIMEOUT })
      .toBe('El colegio me informa a tiempo de las reuniones.');
    await page.getByRole('radio', { name: 'Siempre / Se observa consolidado' }).click();
    await kiosk.exitWith('1357');
    await school.participation.waitFor({ timeout: UI_TIMEOUT });

    await school.goto('diagnostico/instrumento/apoderados');
    await expect
      .poll(() => version.textContent(), { timeout: UI_TIMEOUT })
      .toContain('Versión 1 · ya tiene respuestas');
    await first.fill('El colegio me avisa con anticipación de las reuniones.');
    await first.blur();
    await expect.poll(() => version.textContent(), { timeout: UI_TIMEOUT }).toBe('Versión 2');
    await expect
      .poll(() => first.inputValue(), { timeout: UI_TIMEOUT })
      .toBe('El colegio me avisa con anticipación de las reuniones.');
  });
});
