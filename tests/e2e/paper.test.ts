// Participatory diagnosis, paper entry: the advisor types three docentes' paper forms with the
// keyboard only ('n' = "No sé / No aplica", an invalid '7' is refused with a message), the
// diagnosis counts 3 responses and the GP mean is the hand-computed one; after a reload the
// answers are still in the grid.
//
// Docentes' instrument: 31 scale questions (1–7 LID, 8–16 GP, 17–23 FC, 24–31 GR), 3 open (32–34).
// GP answers typed: form 1 nine 4s (36, n 9); form 2 NS + eight 2s (16, n 8); form 3 3 and 4
// (7, n 2) → 59 / 19 = 3,105… → "3,1".
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import {
  SCHOOL_7423,
  UI_TIMEOUT,
  createSchool,
  signIn,
  waitForServiceWorker,
  waitForSync,
  openLoggedPage,
} from '../support/browser.ts';

const PASSWORD = 'clave-ana-2026';
const MESSAGE = 'Use 1, 2, 3, 4 o N (No sé / No aplica)';

const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

const cell = (page: Page, form: number, question: number) =>
  page.getByLabel(`Formulario ${form}, pregunta ${question}`, { exact: true });
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
const value = (page: Page, form: number, question: number) => cell(page, form, question).inputValue();

async function openPaper(page: Page) {
  await page.goto(`${ctx.relay.url}/#/escuelas/7423/diagnostico/papel`);
  await page.getByLabel('Grupo encuestado').waitFor({ timeout: UI_TIMEOUT });
}

describe('paper entry', () => {
  it('types three paper forms with the keyboard and they count in the diagnosis', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const page = await openLoggedPage(ctx.browser, 'paper', ctx.logs);
    await signIn(page, ctx.relay.url, 'ana', PASSWORD);
    await waitForServiceWorker(page);
    await createSchool(page, SCHOOL_7423);
    await waitForSync(page, 'al-dia');

    await openPaper(page);
    await page.getByLabel('Grupo encuestado').selectOption('docentes');
    // The grid opens with the cursor on the first cell of the empty form.
    await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe('Formulario 1, pregunta 1');

    // Form 1: every scale question 4, an open answer, Enter.
    await page.keyboard.type('4'.repeat(31));
    await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe('Formulario 1, pregunta 32');
    await page.keyboard.type('Buen clima');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe('Formulario 2, pregunta 1');

    // Form 2: LID 1s, GP: n, an invalid 7 (refused), eight 2s; FC and GR 1s.
    await page.keyboard.type('1111111n7');
    await expect.poll(() => page.getByTestId('paper-message').textContent(), { timeout: UI_TIMEOUT }).toBe(MESSAGE);
    expect(await focusedLabel(page)).toBe('Formulario 2, pregunta 9');
    expect(await value(page, 2, 8)).toBe('NS');
    expect(await value(page, 2, 9)).toBe('');
    await page.keyboard.type('22222222' + '1'.repeat(15));
    await expect.poll(() => page.getByTestId('paper-message').textContent(), { timeout: UI_TIMEOUT }).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe('Formulario 3, pregunta 1');

    // Form 3: left half done: LID 3s, GP 3 and 4, Enter.
    await page.keyboard.type('3333333' + '34');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page), { timeout: UI_TIMEOUT }).toBe('Formulario 4, pregunta 1');
    await expect.poll(() => page.getByTestId('paper-row').count(), { timeout: UI_TIMEOUT }).toBe(4);
    expect(await value(page, 3, 9)).toBe('4');
    expect(await value(page, 3, 10)).toBe('');

    await page.goto(`${ctx.relay.url}/#/escuelas/7423/diagnostico`);
    await expect.poll(() => page.getByTestId('responses-docentes').textContent(), { timeout: UI_TIMEOUT }).toBe('3');
    await expect.poll(() => page.getByTestId('mean-GP').textContent(), { timeout: UI_TIMEOUT }).toBe('3,1');

    await openPaper(page);
    await page.reload();
    await page.getByLabel('Grupo encuestado').waitFor({ timeout: UI_TIMEOUT });
    if ((await page.getByLabel('Grupo encuestado').inputValue()) !== 'docentes')
      await page.getByLabel('Grupo encuestado').selectOption('docentes');
    await expect.poll(() => page.getByTestId('paper-row').count(), { timeout: UI_TIMEOUT }).toBe(4);
    await expect.poll(() => value(page, 1, 31), { timeout: UI_TIMEOUT }).toBe('4');
    expect(await value(page, 1, 32)).toBe('Buen clima');
    expect(await value(page, 2, 8)).toBe('NS');
    expect(await value(page, 2, 16)).toBe('2');
    expect(await value(page, 2, 31)).toBe('1');
    expect(await value(page, 3, 8)).toBe('3');
    expect(await value(page, 3, 9)).toBe('4');
    expect(await value(page, 3, 10)).toBe('');
    expect(await value(page, 4, 1)).toBe('');
    // Forms left with Enter are marked completed; the empty last form is not a response.
    expect(await page.getByTestId('paper-row').locator('th').allTextContents()).toEqual([
      '1 ✓',
      '2 ✓',
      '3 ✓',
      '4 (nuevo)',
    ]);

    // Scrolled sideways and down inside a short window, the question numbers stay at the top over their own cells
    // and the form numbers at the left.
    await page.setViewportSize({ width: 800, height: 260 });
    const grid = page.locator('.paper-scroll');
    await grid.evaluate((el) => el.scrollTo({ left: 700, top: 0 }));
    await expect
      .poll(() => grid.evaluate((el) => el.scrollLeft > 0 && el.scrollHeight > el.clientHeight), {
        timeout: UI_TIMEOUT,
      })
      .toBe(true);
    await grid.evaluate((el) => el.scrollTo({ left: el.scrollLeft, top: el.scrollHeight }));
    const header = (n: number) => page.getByRole('columnheader', { name: String(n), exact: true });
    const frame = await grid.boundingBox();
    if (!frame) throw new Error('paper grid has no box');
    for (const q of [20, 24]) {
      const [head, below] = [await header(q).boundingBox(), await cell(page, 4, q).boundingBox()];
      if (!head || !below) throw new Error(`question ${q} not laid out`);
      expect(
        Math.abs(head.x - below.x) <= 1 && Math.abs(head.width - below.width) <= 2,
        `header ${q} over its column`,
      ).toBe(true);
      expect(head.y).toBeGreaterThanOrEqual(frame.y - 1);
      expect(head.y).toBeLessThanOrEqual(frame.y + 2);
      expect(head.y + head.height).toBeLessThanOrEqual(below.y + 1);
    }
    const corner = await page.getByRole('columnheader', { name: 'Formulario' }).boundingBox();
    const rowHead = await page.getByRole('rowheader', { name: '4 (nuevo)' }).boundingBox();
    expect(corner && rowHead && Math.abs(corner.x - frame.x) <= 2 && Math.abs(rowHead.x - frame.x) <= 2).toBe(true);
  });
});
