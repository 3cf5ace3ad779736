// Browser steps several e2e files share: a kiosk respondent answering a whole questionnaire, and a
// signature drawn on the signature pad.
import type { Page } from 'playwright-core';
import { UI_TIMEOUT } from './browser.ts';

/** One respondent answers every scale question with `option` (its accessible name) and skips the open ones. */
export async function respondInKiosk(page: Page, option: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Comenzar' }).click();
  const thanks = page.getByText('¡Gracias por responder!');
  for (let guard = 0; guard < 200; guard++) {
    if (await thanks.isVisible()) return;
    const item = page.getByTestId('kiosk-item');
    await item.waitFor({ timeout: UI_TIMEOUT });
    const id = await item.getAttribute('data-item');
    const choice =
      typeof option === 'string'
        ? item.getByRole('radio', { name: option, exact: true })
        : item.getByRole('radio', { name: option });
    if ((await choice.count()) > 0) await choice.first().click();
    else await item.getByRole('button', { name: /Siguiente|Enviar respuestas/ }).click();
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

/** Draws a zigzag on the open signature pad and saves it; each `signer` draws a different stroke
 * (identical images are stored once, by content). */
export async function drawSignature(page: Page, signer: number): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 120);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(box.x + 30 + i * 25, box.y + 120 + (i % 2 ? -40 : 30) + signer * 11);
  await page.mouse.up();
  await page.getByTestId('signature-save').click();
}
