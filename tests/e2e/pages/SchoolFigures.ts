// A school's own screens, read where a user reads the figures the dashboard repeats: Monitoreo's
// Seguimiento (levels, budget, alerts, indicators), the asesoría (programme month, hours, deliverables),
// the PME (latest version) and the evaluation's Verificación (the acta). Each reader expects the page to be
// on that screen already (the dashboard's link took it there).
import type { Page } from 'playwright-core';
import { UI_TIMEOUT } from '../../support/browser.ts';

const text = async (p: Promise<string | null>) => ((await p) ?? '').replace(/\s+/g, ' ').trim();

export interface SeguimientoFigures {
  cycle: string;
  completa: string;
  budgetTotal: string;
  alerts: number;
  /** Indicator statuses as the table's classes name them (en-camino, en-riesgo, desviado, sin-datos…). */
  statuses: string[];
}

export async function readSeguimiento(page: Page): Promise<SeguimientoFigures> {
  await page.getByTestId('mon-tab-seguimiento').click();
  const completa = page.getByTestId('dash-level-completa').locator('.dash-value');
  await completa.waitFor({ timeout: UI_TIMEOUT });
  const alertsHeading = await text(
    page
      .getByTestId('dashboard')
      .locator('h3', { hasText: /^Alertas/ })
      .textContent(),
  );
  return {
    cycle: await text(page.locator('#mon-cycle option:checked').textContent()),
    completa: await text(completa.textContent()),
    budgetTotal: await text(page.locator('[data-testid^="dash-budget-"]').last().locator('.dash-value').textContent()),
    alerts: Number(/\((\d+)\)/.exec(alertsHeading)?.[1] ?? Number.NaN),
    statuses: await page
      .getByTestId('dash-indicators')
      .locator('tbody .status')
      .evaluateAll((es) => es.map((e) => e.className.replace(/^status status-/, ''))),
  };
}

export interface AsesoriaFigures {
  /** "mes 3 de 8". */
  month: string;
  /** "12 h", "4 h 30 min". */
  used: string;
  contracted: string;
  delivered: number;
  late: number;
}

export async function readAsesoria(page: Page): Promise<AsesoriaFigures> {
  const hours = page.getByTestId('hours');
  await hours.waitFor({ timeout: UI_TIMEOUT });
  await page.getByTestId('deliverables').waitFor({ timeout: UI_TIMEOUT });
  const rows = page.getByTestId('deliverables').locator('tbody tr');
  return {
    month: await text(hours.locator('p').first().locator('strong').textContent()),
    used: await text(page.getByTestId('hours-used').textContent()),
    contracted: await text(page.getByTestId('hours-contracted').textContent()),
    delivered: await rows.evaluateAll(
      (trs) =>
        trs.filter(
          (tr) =>
            tr.querySelector<HTMLSelectElement>('select')?.value === 'entregado' ||
            tr.querySelector('[data-testid$="-auto"]') !== null,
        ).length,
    ),
    late: await rows.evaluateAll((trs) => trs.filter((tr) => tr.classList.contains('late')).length),
  };
}

/** The PME header's status line and the history's entries of the latest version's kind. */
export async function readPmeVersions(page: Page): Promise<{ status: string; history: string[] }> {
  const status = page.getByTestId('pme-status');
  await status.waitFor({ timeout: UI_TIMEOUT });
  await page.getByTestId('tab-versiones').click();
  await page.getByTestId('versions').waitFor({ state: 'attached', timeout: UI_TIMEOUT });
  return {
    status: await text(status.textContent()),
    history: await page
      .getByTestId('versions')
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-testid')}: ${li.textContent}`)),
  };
}

/** What the Verificación tab shows of the acta: signed, waiting for a signature, or none yet. */
export async function readActaState(page: Page): Promise<'firmada' | 'pendiente' | 'sin-acta'> {
  await page.getByTestId('eval-tab-verificacion').click();
  const acta = page.getByTestId('acta').or(page.getByTestId('create-acta'));
  await acta.first().waitFor({ timeout: UI_TIMEOUT });
  if ((await page.getByTestId('create-acta').count()) > 0) return 'sin-acta';
  return (await page.getByTestId('acta-signed').count()) > 0 ? 'firmada' : 'pendiente';
}
