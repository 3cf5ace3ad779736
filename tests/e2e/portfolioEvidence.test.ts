// PFE-1, PFE-2 end to end, in Chromium with the real relay: a school whose Borrador and Versión Final were
// frozen and whose first corte was closed on another device, none of them ticked by hand. Once this device
// holds its documents, the advisor's portfolio counts the late deliverables the asesoría's checklist shows
// (the frozen PME is not among them), also after a reload with the network cut, from the digests alone.
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { SCHOOL_7423, UI_TIMEOUT, openLoggedPage, signIn, waitForServiceWorker } from '../support/browser.ts';
import { seedRichSchool } from '../support/seedSchool.ts';
import { readAsesoria } from './pages/SchoolFigures.ts';
import { localYear } from '../../src/domain/shared/localDates.ts';
import { DELIVERABLES } from '../../src/domain/programme/template.ts';

const ANA = 'clave-ana-2026';
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: ANA, schools: ['7423'] }]);
/** The whole asesoría in the past: every deliverable is due. */
const YEAR = localYear() - 1;

/** The portfolio's late count on the school's row of the list (0 when it does not warn). */
async function portfolioLate(page: Page): Promise<number> {
  const row = page.locator('a.school-row', { hasText: SCHOOL_7423.name });
  await row.getByTestId('portfolio').waitFor({ timeout: UI_TIMEOUT });
  const late = row.getByTestId('portfolio-late');
  if ((await late.count()) === 0) return 0;
  return Number(/^(\d+) entregable/.exec((await late.textContent()) ?? '')?.[1]);
}

describe('the portfolio against the asesoría checklist', () => {
  it("PFE-1, PFE-2: a frozen PME is not late in the portfolio; its count is the checklist's, offline too", async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    const { token } = await ctx.relay.login('ana', ANA);
    await seedRichSchool(ctx.relay.wsUrl, token, YEAR);
    const page = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(page, ctx.relay.url, 'ana', ANA);
    await waitForServiceWorker(page);

    // The asesoría's screen brings the school's PME, monitoring and evaluation to this device.
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/asesoria`);
    await page.getByTestId('deliverable-pme-version-final-auto').waitFor({ timeout: 60_000 });
    await page.getByTestId('deliverable-informe-monitoreo-1-auto').waitFor({ timeout: UI_TIMEOUT });
    const asesoria = await readAsesoria(page);
    for (const code of ['borrador-pme', 'pme-version-final']) {
      expect(await page.getByTestId(`deliverable-${code}`).getAttribute('class')).not.toContain('late');
    }
    // Not vacuous: some deliverables are late, and a count of hand states alone would say more.
    expect(asesoria.late).toBeGreaterThan(0);
    expect(asesoria.late).toBeLessThan(DELIVERABLES.length - 2);

    await page.goto(`${ctx.relay.url}/#/escuelas`);
    await expect.poll(() => portfolioLate(page), { timeout: 30_000 }).toBe(asesoria.late);

    // From the digests alone: the first screen after an offline reload opens no document before it shows.
    await page.context().setOffline(true);
    await page.reload();
    expect(await portfolioLate(page)).toBe(asesoria.late);
    await page.context().setOffline(false);
  });
});
