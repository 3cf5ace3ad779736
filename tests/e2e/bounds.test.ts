// B-1, B-2 and R-10 end to end with the trial's exact inputs: 999999 / −3 / 2,5 docentes, aprobación
// 60 + reprobación 60, a PEI plan year of 3000, a SEP of $ 99.999.999.999.999 and a reading of 180 on a
// 0–100 % indicator. Each shows its Spanish message under the field and, after a reload, nothing was
// saved. A reading of 180 stored before the bound is shown with the message and deleted, kept in
// the history. A long text shows its counter from 80 % of its limit.
import * as Y from 'yjs';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';
import {
  SCHOOL_7423,
  UI_TIMEOUT,
  openLoggedPage,
  signIn,
  waitForServiceWorker,
  waitForSync,
} from '../support/browser.ts';
import { docName, toSchoolId } from '../../src/domain/wire/documentNames.ts';
import { writeProfile } from '../../src/data/docs/profile/fields.ts';
import { createEntry } from '../../src/data/docs/pme/entries.ts';
import { setCycleStartYear } from '../../src/data/docs/pme/strategic.ts';
import { putCycle } from '../../src/data/docs/monitoring/cycles.ts';
import { putMeasurement } from '../../src/data/docs/monitoring/measurements.ts';
import { setPlanYear } from '../../src/data/docs/monitoring/plan.ts';

const ANA = 'clave-ana-2026';
const YEAR = new Date().getFullYear();
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: ANA, schools: ['7423'] }]);

async function seed(token: string): Promise<void> {
  const client = new NodeSyncClient(ctx.relay.wsUrl, token);
  const school = toSchoolId(7423);
  writeProfile(
    client.open(docName(school, 'profile')).doc,
    {
      rbd: 7423,
      dv: '3',
      name: SCHOOL_7423.name,
      regionCode: '10',
      comunaCode: '10307',
      dependencia: '2',
      niveles: ['basica'],
    } as never,
    's',
  );
  const pme = client.open(docName(school, 'pme')).doc;
  setCycleStartYear(pme, YEAR, 's');
  createEntry(
    pme,
    'objective',
    'o1',
    { dimension: 'GP', text: 'Mejorar la asistencia de los estudiantes al término del ciclo', priorityIds: [] },
    's',
    1,
  );
  createEntry(
    pme,
    'goal',
    'g1',
    {
      objectiveId: 'o1',
      text: 'Asistencia promedio',
      indicator: { name: 'Asistencia promedio', unit: '%', min: null, max: null },
      baseline: { value: 85, year: YEAR - 1, source: 'SIGE' },
      targets: [{ year: YEAR, value: 90 }],
    },
    's',
    2,
  );
  createEntry(pme, 'strategy', 's1', { objectiveId: 'o1', text: 'Seguimiento de la asistencia' }, 's', 3);
  createEntry(
    pme,
    'action',
    'a1',
    {
      strategyId: 's1',
      year: YEAR,
      nombre: 'Llamados a apoderados',
      descripcion: '',
      dimension: 'GP',
      subdimensiones: ['GP-2'],
      fechaInicio: `${YEAR}-03-02`,
      fechaTermino: `${YEAR}-12-15`,
      responsable: 'Inspector/a general',
      recursos: '',
      mediosVerificacion: ['Registro de llamados'],
      usoTIC: false,
      asesoriaATE: false,
      planesNormativos: [],
      programaAsociado: '',
      financiamiento: { sep: 0, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
    },
    's',
    4,
  );
  const mon = client.open(docName(school, 'monitoring')).doc as Y.Doc;
  setPlanYear(mon, YEAR, `${YEAR}-03-01`, `${YEAR}-12-20`, 's');
  putCycle(mon, { id: 'c1', year: YEAR, name: 'Corte 1', start: `${YEAR}-01-01`, end: `${YEAR}-12-31` }, 's');
  // A reading stored before the bound existed (the data layer does not know the indicator's range).
  putMeasurement(
    mon,
    {
      id: 'old-180',
      goalId: 'g1',
      value: 180,
      date: `${YEAR}-04-30`,
      source: 'SIGE',
      cycleId: 'c1',
      recordedBy: 'Directora',
    },
    's',
    { recordedAt: `${YEAR - 1}-12-31T12:00:00Z` },
  );
  await waitFor(() => client.isSettled(), 30_000, 'seed stored');
  client.destroy();
}

const textOf = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim() ?? '';

describe('bounds on numbers, dates and long texts', () => {
  it('B-1 B-2 R-10 the trial inputs are refused under their field, nothing is saved, and a bad reading is deleted into the history', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-3000)}`),
    );
    const { token } = await ctx.relay.login('ana', ANA);
    await seed(token);
    const page = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    page.on('dialog', (d) => void d.accept());
    await signIn(page, ctx.relay.url, 'ana', ANA);
    await waitForServiceWorker(page);

    // Group size: 999999, −3 and 2,5 docentes.
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/diagnostico`);
    const docentes = page.getByTestId('population-docentes');
    await docentes.waitFor({ timeout: 30_000 });
    await waitForSync(page, 'al-dia', 30_000);
    for (const typed of ['999999', '-3', '2,5']) {
      await docentes.fill(typed);
      await docentes.press('Tab');
      await expect
        .poll(() => textOf(page, 'population-docentes-error'), { timeout: UI_TIMEOUT })
        .toBe('Ingrese un número entero entre 0 y 5.000');
      expect(await docentes.inputValue()).toBe(typed);
    }
    // B-2: the conclusions (limit 20.000) show no counter below 80 %, and "16.000 / 20.000" at 80 %.
    const conclusions = page.locator('#diag-conclusions');
    await conclusions.fill('a'.repeat(15_999));
    expect(await page.getByTestId('diag-conclusions-counter').count()).toBe(0);
    await conclusions.fill('a'.repeat(16_000));
    await expect.poll(() => textOf(page, 'diag-conclusions-counter'), { timeout: UI_TIMEOUT }).toBe('16.000 / 20.000');
    await page.reload();
    await docentes.waitFor({ timeout: 30_000 });
    await expect
      .poll(
        () =>
          page
            .locator('#diag-conclusions')
            .inputValue()
            .then((v) => v.length),
        { timeout: UI_TIMEOUT },
      )
      .toBe(16_000);
    expect(await docentes.inputValue()).toBe('');

    // Eficiencia interna: aprobación 60 + reprobación 60.
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/diagnostico/datos`);
    const efficiency = page.locator('details.manual-entry', {
      hasText: 'Ingresar un año de eficiencia interna a mano',
    });
    await efficiency.locator('summary').click();
    await efficiency.getByLabel('Año', { exact: true }).fill('2024');
    await efficiency.getByLabel('Matrícula', { exact: true }).fill('300');
    await efficiency.getByLabel('Aprobación (%)', { exact: true }).fill('60');
    await efficiency.getByLabel('Reprobación (%)', { exact: true }).fill('60');
    await efficiency.getByRole('button', { name: 'Guardar fila' }).click();
    await expect
      .poll(() => efficiency.locator('.field-error').allTextContents(), { timeout: UI_TIMEOUT })
      .toEqual([
        'En 2024, aprobación (60\u00a0%) y reprobación (60\u00a0%) suman 120\u00a0%: no pueden superar 100\u00a0%',
      ]);
    await page.reload();
    await page.getByTestId('results-efficiency').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('results-efficiency-row').count()).toBe(0);

    // PEI plan year 3000.
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/diagnostico/pei`);
    const planYear = page.getByTestId('plan-year-convivencia');
    await planYear.fill('3000');
    await planYear.press('Tab');
    await expect
      .poll(() => textOf(page, 'plan-year-convivencia-error'), { timeout: UI_TIMEOUT })
      .toBe(`Ingrese un año entre 1990 y ${YEAR + 10}`);
    await page.reload();
    await planYear.waitFor({ timeout: 30_000 });
    expect(await planYear.inputValue()).toBe('');

    // Metas of 150 % and −10 % on a 0–100 % indicator: an error under the field, the stored 90 kept.
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/pme`);
    const target = page.getByTestId(`objective-0-goal-0-target-${YEAR}`);
    const targetError = target.locator('xpath=..').locator('.field-error');
    for (const typed of ['150', '-10']) {
      await target.fill(typed);
      await expect
        .poll(() => targetError.textContent(), { timeout: UI_TIMEOUT })
        .toBe('Ingrese un valor entre 0 y 100 % (rango del indicador)');
    }
    await target.press('Tab');
    expect(await target.inputValue()).toBe('-10');
    await page.reload();
    await expect.poll(() => target.inputValue(), { timeout: 30_000 }).toBe('90');

    // SEP of $ 99.999.999.999.999, for an action and as the declared budget.
    await page.getByTestId('tab-anual').click();
    const action = page.getByTestId('action-0');
    await action.locator('summary').click();
    const actionSep = action.getByTestId('action-0-monto-sep');
    await actionSep.fill('99.999.999.999.999');
    await actionSep.press('Tab');
    await expect
      .poll(() => actionSep.locator('xpath=..').locator('.field-error').textContent(), { timeout: UI_TIMEOUT })
      .toBe('Ingrese un monto entero entre $ 0 y $ 5.000.000.000');
    expect(await actionSep.inputValue()).toBe('99.999.999.999.999');
    expect(await action.getByTestId('action-0-total').textContent()).toBe('$ 0');
    await page.getByTestId('annual-declaredSep').fill('99.999.999.999.999');
    await page.getByTestId('annual-save').click();
    await expect
      .poll(() => textOf(page, 'annual-declaredSep-error'), { timeout: UI_TIMEOUT })
      .toBe('Ingrese un monto entero entre $ 0 y $ 5.000.000.000');
    await page.reload();
    await page.getByTestId('tab-anual').click();
    expect(await page.getByTestId('annual-declaredSep').inputValue()).toBe('');
    await page.getByTestId('action-0').locator('summary').click();
    expect(await page.getByTestId('action-0-monto-sep').inputValue()).toBe('');

    // A reading of 180 on a 0–100 % indicator: refused; the one stored before is shown and deleted.
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/monitoreo`);
    const card = page.getByTestId('indicator-0');
    await card.getByTestId('indicator-0-reading').waitFor({ timeout: 30_000 });
    expect(await card.getByTestId('indicator-0-reading').textContent()).toContain(
      'Ingrese un valor entre 0 y 100 % (rango del indicador): corríjala o elimínela',
    );
    await card.getByTestId('indicator-0-value').fill('180');
    await card.getByTestId('indicator-0-save').click();
    await expect
      .poll(() => textOf(page, 'indicator-0-value-error'), { timeout: UI_TIMEOUT })
      .toBe('Ingrese un valor entre 0 y 100 % (rango del indicador)');
    expect(await card.getByTestId('indicator-0-reading').count()).toBe(1);
    await card.getByTestId('indicator-0-delete').click();
    await expect.poll(() => card.getByTestId('indicator-0-reading').count(), { timeout: UI_TIMEOUT }).toBe(0);
    await waitForSync(page, 'al-dia', 30_000);
    await page.reload();
    await page.getByTestId('indicator-0-history').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('indicator-0-reading').count()).toBe(0);
    await page.getByTestId('indicator-0-history').locator('summary').click();
    const rows = await page.getByTestId('indicator-0-history').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^180 %.*Directora.*Eliminada por .+ el \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);

    // A reading in range is saved; correcting it supersedes it, and the history keeps all three.
    await page.getByTestId('indicator-0-value').fill('80');
    await page.getByTestId('indicator-0-save').click();
    await expect
      .poll(() => page.getByTestId('indicator-0-reading').allTextContents(), { timeout: UI_TIMEOUT })
      .toEqual([expect.stringMatching(/^80 %/)]);
    await page.getByTestId('indicator-0-correct').click();
    expect(await page.getByTestId('indicator-0-value').inputValue()).toBe('80');
    await page.getByTestId('indicator-0-value').fill('82,5');
    await page.getByTestId('indicator-0-save').click();
    await expect
      .poll(() => page.getByTestId('indicator-0-reading').allTextContents(), { timeout: UI_TIMEOUT })
      .toEqual([expect.stringMatching(/^82,5 %/)]);
    const states = () =>
      page
        .getByTestId('indicator-0-history')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')));
    await expect.poll(states, { timeout: UI_TIMEOUT }).toEqual(['eliminada', 'corregida', 'vigente']);
  });
});
