// Comments end to end (issue 15 §2), in Chromium with the real relay: the advisor comments on a
// deliverable while the relay is down, reconnects, and the coordinator, in another browser context,
// sees the comment with its author and date and resolves it; the advisor then sees it resolved. The
// commented deliverable's state is untouched throughout (CM-7).
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import {
  SCHOOL_7423,
  UI_TIMEOUT,
  createSchool,
  openLoggedPage,
  signIn,
  waitForPending,
  waitForServiceWorker,
  waitForSync,
} from '../support/browser.ts';
import { formatIsoDate, localIsoDate } from '../../src/domain/shared/localDates.ts';

const ANA = 'clave-ana-2026';
const COORD = 'clave-coord-2026';
const ctx = useRelayAndBrowser([
  { username: 'ana', role: 'asesor', password: ANA },
  { username: 'coord', role: 'coordinador', password: COORD },
]);
const TEXT = 'Falta adjuntar el informe firmado por la dirección.';

const deliverableStates = (page: Page) =>
  page
    .getByTestId('deliverables')
    .locator('select')
    .evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));

describe('review: comments', () => {
  it('CM-1 CM-3 CM-4 CM-7 a comment made offline syncs with author and date; another user resolves it', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const ana = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(ana, ctx.relay.url, 'ana', ANA);
    await waitForServiceWorker(ana);
    await createSchool(ana, SCHOOL_7423);
    await ana.goto(`${ctx.relay.url}/#/escuelas/7423/asesoria`);
    await ana.getByTestId('open-engagement').getByRole('button', { name: 'Abrir asesoría' }).click();
    const box = ana.getByTestId('deliverables').locator('.comments-box').first();
    await box.waitFor({ timeout: UI_TIMEOUT });
    const tid = (await box.getAttribute('data-testid'))!;
    expect(tid).toMatch(/^comments-deliverable-/);
    await waitForSync(ana, 'al-dia', 30_000);

    const coord = await openLoggedPage(ctx.browser, 'coord', ctx.logs);
    await signIn(coord, ctx.relay.url, 'coord', COORD);
    await coord.goto(`${ctx.relay.url}/#/escuelas/7423/asesoria`);
    await expect
      .poll(() => coord.getByTestId(`${tid}-toggle`).textContent(), { timeout: 30_000 })
      .toBe('Comentarios (0)');
    const statesBefore = await deliverableStates(coord);

    // The advisor comments with the relay down; the comment stays on her device, pending.
    await ctx.relay.stop();
    await ana.getByTestId(`${tid}-toggle`).click();
    await ana.getByTestId(`${tid}-add`).click();
    expect(await ana.getByTestId(`${tid}-error`).textContent()).toBe('Escriba el comentario');
    await ana.getByTestId(`${tid}-new`).fill(TEXT);
    await ana.getByTestId(`${tid}-add`).click();
    await expect.poll(() => ana.getByTestId(`${tid}-item-0-text`).textContent(), { timeout: UI_TIMEOUT }).toBe(TEXT);
    expect(await ana.getByTestId(`${tid}-toggle`).textContent()).toBe('Comentarios (1)');
    await waitForPending(ana, 1);

    // Back online: it syncs, and the coordinator sees it with who and when.
    await ctx.relay.start();
    await waitForSync(ana, 'al-dia', 30_000);
    const today = formatIsoDate(localIsoDate());
    await expect
      .poll(() => coord.getByTestId(`${tid}-toggle`).textContent(), { timeout: 30_000 })
      .toBe('Comentarios (1)');
    await coord.getByTestId(`${tid}-toggle`).click();
    expect(await coord.getByTestId(`${tid}-item-0-text`).textContent()).toBe(TEXT);
    expect(await coord.getByTestId(`${tid}-item-0-meta`).textContent()).toBe(`ana (Asesor/a) · ${today}`);

    // The coordinator resolves it; the advisor sees who resolved it and when.
    await coord.getByTestId(`${tid}-item-0-resolve`).click();
    expect(await coord.getByTestId(`${tid}-item-0-resolved`).textContent()).toBe(`Resuelto por coord el ${today}`);
    await waitForSync(coord, 'al-dia', 30_000);
    await expect.poll(() => ana.getByTestId(`${tid}-item-0-resolved`).count(), { timeout: 30_000 }).toBe(1);
    expect(await ana.getByTestId(`${tid}-item-0-resolved`).textContent()).toBe(`Resuelto por coord el ${today}`);
    expect(await ana.getByTestId(`${tid}-item-0-text`).textContent()).toBe(TEXT);

    // CM-7: the commented deliverables are as they were.
    expect(await deliverableStates(coord)).toEqual(statesBefore);
    expect(await deliverableStates(ana)).toEqual(statesBefore);
  });
});
