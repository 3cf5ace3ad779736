// Field trial of monitoring on two devices (FT-1…FT-4): the advisor on a laptop and the director on a
// tablet, both in Santiago's time zone. The Decisiones tomadas typed on the tablet survive a tab change
// and a reload, reach the advisor, and are printed in the advisor's Informe de Monitoreo (FT-4); a
// reading dated outside the corte and a "1.500" are refused with their Spanish messages (FT-1, FT-2);
// the plan shows its school year dd-mm-aaaa (FT-3); a date left blank names the format the field shows (FT2-1).
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';
import { SCHOOL_7423, UI_TIMEOUT, signIn, waitForServiceWorker, waitForSync } from '../support/browser.ts';
import { docName, toSchoolId } from '../../src/domain/wire/documentNames.ts';
import { writeProfile } from '../../src/data/docs/profile/fields.ts';
import { createEntry } from '../../src/data/docs/pme/entries.ts';
import { setCycleStartYear } from '../../src/data/docs/pme/strategic.ts';
import { putCycle } from '../../src/data/docs/monitoring/cycles.ts';
import { putPlanEntry, setPlanYear } from '../../src/data/docs/monitoring/plan.ts';
import { pdfText } from '../support/pdfText.ts';

const OUT_DIR = join(process.cwd(), 'test-artifacts', 'field-trial');
const ANA = 'clave-ana-2026';
const DIR = 'clave-dir-2026';
const YEAR = new Date().getFullYear();
const DECISIONS = 'Reforzar el acompañamiento al aula en 4° básico y revisar la asistencia en julio.';
const ctx = useRelayAndBrowser([
  { username: 'ana', role: 'asesor', password: ANA, schools: ['7423'] },
  { username: 'dir', role: 'escuela', password: DIR, schools: ['7423'] },
]);

const ACTION = {
  strategyId: 's1',
  year: YEAR,
  nombre: 'Tutorías de asistencia',
  descripcion: '',
  dimension: 'GP',
  subdimensiones: ['GP-2'],
  fechaInicio: `${YEAR}-03-02`,
  fechaTermino: `${YEAR}-12-15`,
  responsable: 'Director/a',
  recursos: '',
  mediosVerificacion: ['Actas'],
  usoTIC: false,
  asesoriaATE: false,
  planesNormativos: [],
  programaAsociado: '',
  financiamiento: { sep: 1_000_000, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
};

async function seed(token: string): Promise<void> {
  const client = new NodeSyncClient(ctx.relay.wsUrl, token);
  const school = toSchoolId(7423);
  writeProfile(
    client.open(docName(school, 'profile')).doc,
    { rbd: 7423, dv: '3', name: SCHOOL_7423.name, regionCode: '10', comunaCode: '10307', dependencia: '2' } as never,
    's',
  );
  const pme = client.open(docName(school, 'pme')).doc;
  setCycleStartYear(pme, YEAR, 's');
  const objective = { dimension: 'GP', text: 'Mejorar la asistencia de los estudiantes', priorityIds: [] };
  createEntry(pme, 'objective', 'o1', objective, 's', 1);
  createEntry(pme, 'strategy', 's1', { objectiveId: 'o1', text: 'Acompañamiento docente' }, 's', 2);
  const indicator = { name: 'Asistencia promedio', unit: '%', min: 0, max: 100 };
  const baseline = { value: 80, year: YEAR - 1, source: 'SIGE' };
  const goal = { objectiveId: 'o1', text: 'Asistencia', indicator, baseline, targets: [{ year: YEAR, value: 90 }] };
  createEntry(pme, 'goal', 'g1', goal, 's', 3);
  createEntry(pme, 'action', 'a1', ACTION, 's', 4);
  const mon = client.open(docName(school, 'monitoring')).doc;
  setPlanYear(mon, YEAR, `${YEAR}-03-01`, `${YEAR}-12-20`, 's');
  const row = { cargo: 'Director/a', frequency: 'trimestral', instrumentId: null, dataSource: 'SIGE' } as const;
  putPlanEntry(mon, YEAR, { kind: 'indicator', goalId: 'g1' }, row, 's');
  putPlanEntry(mon, YEAR, { kind: 'action', actionId: 'a1' }, row, 's');
  putCycle(mon, { id: 'c1', year: YEAR, name: 'Corte 1', start: `${YEAR}-01-01`, end: `${YEAR}-12-31` }, 's');
  await waitFor(() => client.isSettled(), 30_000, 'seed stored');
  client.destroy();
}

async function device(browser: Browser, name: string, tablet: boolean): Promise<Page> {
  const context = await browser.newContext({
    locale: 'es-CL',
    timezoneId: 'America/Santiago',
    serviceWorkers: 'allow',
    ...(tablet ? { viewport: { width: 800, height: 1280 }, hasTouch: true, isMobile: true } : {}),
  });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  page.on('pageerror', (e) => ctx.logs.push(`[${name}] pageerror ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && ctx.logs.push(`[${name}] ${m.text()}`));
  return page;
}

async function openMonitoring(page: Page, user: string, password: string): Promise<void> {
  await signIn(page, ctx.relay.url, user, password);
  await waitForServiceWorker(page);
  await page.goto(`${ctx.relay.url}/#/escuelas/7423/monitoreo`);
  await page.getByTestId('indicator-0').waitFor({ timeout: 30_000 });
  await waitForSync(page, 'al-dia', 30_000);
}

const decisionsField = (page: Page) => page.getByTestId('mon-decisions');

describe('field trial of monitoring on two devices', () => {
  it('FT-4 the decisions typed on the tablet survive a tab change and a reload, and the advisor prints them', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    await mkdir(OUT_DIR, { recursive: true });
    await seed((await ctx.relay.login('ana', ANA)).token);
    const dir = await device(ctx.browser, 'dir', true);
    const ana = await device(ctx.browser, 'ana', false);
    await openMonitoring(dir, 'dir', DIR);
    await openMonitoring(ana, 'ana', ANA);

    await dir.getByTestId('mon-tab-informe').tap();
    await decisionsField(dir).fill(DECISIONS);
    await dir.getByTestId('mon-tab-monitoreo').tap();
    await dir.getByTestId('mon-tab-informe').tap();
    expect(await decisionsField(dir).inputValue()).toBe(DECISIONS);
    await waitForSync(dir, 'al-dia', 30_000);
    await dir.reload();
    await dir.getByTestId('mon-tab-informe').tap();
    await expect.poll(() => decisionsField(dir).inputValue(), { timeout: UI_TIMEOUT }).toBe(DECISIONS);

    await ana.getByTestId('mon-tab-informe').click();
    await expect.poll(() => decisionsField(ana).inputValue(), { timeout: 30_000 }).toBe(DECISIONS);
    const [download] = await Promise.all([
      ana.waitForEvent('download', { timeout: UI_TIMEOUT }),
      ana.getByTestId('monitoring-pdf').click(),
    ]);
    const pdf = join(OUT_DIR, 'informe-monitoreo.pdf');
    await download.saveAs(pdf);
    expect((await pdfText(pdf, { mode: 'layout' })).replace(/\s+/g, ' ')).toContain(DECISIONS);
  });

  it('FT-1 FT-2 FT-3 FT2-1 a reading out of the corte, undated or "1.500" is refused in Spanish; dates read dd-mm-aaaa', async () => {
    const ana = await device(ctx.browser, 'ana2', false);
    await openMonitoring(ana, 'ana', ANA);
    const card = ana.getByTestId('indicator-0');
    await card.getByTestId('indicator-0-value').fill('85');
    await card.locator('#indicator-0-date').fill(`${YEAR + 73}-01-01`);
    await card.getByTestId('indicator-0-save').click();
    await expect
      .poll(() => card.locator('.field-error').allTextContents(), { timeout: UI_TIMEOUT })
      .toEqual([`La fecha debe estar dentro del corte (01-01-${YEAR} a 31-12-${YEAR})`]);
    await card.locator('#indicator-0-date').fill('');
    await card.getByTestId('indicator-0-save').click();
    await expect
      .poll(() => card.locator('.field-error').allTextContents(), { timeout: UI_TIMEOUT })
      .toEqual(['La fecha no es válida (formato dd-mm-aaaa)']);
    await card.locator('#indicator-0-date').fill(`${YEAR}-06-15`);
    await card.getByTestId('indicator-0-value').fill('1.500');
    await card.getByTestId('indicator-0-save').click();
    await expect
      .poll(() => card.getByTestId('indicator-0-value-error').textContent(), { timeout: UI_TIMEOUT })
      .toContain('¿Mil quinientos o uno coma cinco?');
    expect(await card.getByTestId('indicator-0-reading').count()).toBe(0);
    await card.getByTestId('indicator-0-value').fill('85,5');
    await card.getByTestId('indicator-0-save').click();
    await expect
      .poll(() => card.getByTestId('indicator-0-reading').allTextContents(), { timeout: UI_TIMEOUT })
      .toEqual([expect.stringContaining(`85,5 % · 15-06-${YEAR}`)]);

    await ana.getByTestId('mon-tab-plan').click();
    await expect
      .poll(() => ana.getByTestId('monitoring-plan').locator('xpath=preceding-sibling::p[1]').textContent())
      .toContain(`Año escolar 01-03-${YEAR} a 20-12-${YEAR}.`);
  });
  it('FT-5 a record made offline that reaches a corte closed meanwhile is shown to its author as kept but late', async () => {
    const dir = await device(ctx.browser, 'dir5', true);
    const ana = await device(ctx.browser, 'ana5', false);
    await openMonitoring(dir, 'dir', DIR);
    await openMonitoring(ana, 'ana', ANA);
    // The tablet loses the network (a reload while offline drops the socket: setOffline alone does not).
    await dir.context().setOffline(true);
    await dir.reload();
    const card = dir.getByTestId('monitor-0');
    await card.waitFor({ timeout: 30_000 });
    await card.getByTestId('monitor-0-level-avanzada').tap();
    await card.getByTestId('monitor-0-progress').fill('85');
    await card.getByTestId('monitor-0-observaciones').fill('Registro hecho sin conexión');
    await card.getByTestId('monitor-0-progress').tap(); // leaving the field writes the burst (YS-1)
    await expect.poll(() => dir.getByTestId('sync-indicator').textContent()).toMatch(/Sin conexión · \d+ cambios? sin/);
    // The advisor closes the corte meanwhile.
    await ana.getByTestId('mon-tab-plan').click();
    await ana.getByTestId('close-c1').click();
    await ana.getByTestId('confirm-close-cycle-confirm').click();
    await waitForSync(ana, 'al-dia', 30_000);
    await dir.context().setOffline(false);
    await waitForSync(dir, 'al-dia', 60_000);
    const late = dir.getByTestId('monitor-0-late');
    await expect
      .poll(() => late.textContent(), { timeout: 30_000 })
      .toMatch(/Su registro llegó después del cierre del corte: se conserva, pero no cambia sus cifras/);
    expect(await late.textContent()).toMatch(/Implementación avanzada: 75% a 99% · 85\s%/);
    expect(await late.textContent()).toContain('Registro hecho sin conexión');
    expect(await ana.getByTestId('monitor-0-late').count()).toBe(0);
  });
});
