/* eslint-disable max-lines -- one story in one relay and browser session: each step builds on the last */
// Monitoring end to end. A school's PME (5 actions, 3 metas) and a corte are on the relay. Offline,
// the director on a tablet (portrait viewport, touch only) records the 5 actions — nivel, % de avance,
// amounts, one evidence photo — while the advisor, in another context and also offline, records 3
// indicator values. Both reconnect and see all 8 records; the dashboard shows the expected figures;
// the Informe de Monitoreo PDF carries them; axe-core finds no serious or critical violation. Closing
// the corte asks first, showing its 5 records and 3 measurements; afterwards nothing in it is editable.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
import { putPlanEntry, setPlanYear } from '../../src/data/docs/monitoring/plan.ts';
import { INSTRUMENT_TEMPLATES } from '../../src/domain/monitoring/templates.ts';
import { pdfText } from '../support/pdfText.ts';

const require = createRequire(import.meta.url);
const OUT_DIR = join(process.cwd(), 'test-artifacts', 'monitoring');
const ANA = 'clave-ana-2026';
const DIR = 'clave-dir-2026';
const YEAR = new Date().getFullYear();
const ctx = useRelayAndBrowser([
  { username: 'ana', role: 'asesor', password: ANA, schools: ['7423'] },
  { username: 'dir', role: 'escuela', password: DIR, schools: ['7423'] },
]);

const ACTIONS = [
  {
    id: 'a1',
    nombre: 'Acompañamiento al aula',
    dimension: 'GP',
    sub: 'GP-2',
    level: 'completa',
    progress: 100,
    sep: '1.000.000',
  },
  {
    id: 'a2',
    nombre: 'Talleres de lectura',
    dimension: 'GP',
    sub: 'GP-3',
    level: 'avanzada',
    progress: 80,
    sep: '500.000',
  },
  {
    id: 'a3',
    nombre: 'Jornadas de reflexión',
    dimension: 'LID',
    sub: 'LID-2',
    level: 'avanzada',
    progress: 90,
    sep: '500.000',
  },
  {
    id: 'a4',
    nombre: 'Planificación colaborativa',
    dimension: 'GP',
    sub: 'GP-1',
    level: 'adecuada',
    progress: 60,
    sep: '250.000',
  },
  {
    id: 'a5',
    nombre: 'Consejo escolar ampliado',
    dimension: 'LID',
    sub: 'LID-3',
    level: 'parcial',
    progress: 30,
    sep: '0',
  },
] as const;
const GOALS = [
  { id: 'g1', name: 'Asistencia promedio', value: '88' },
  { id: 'g2', name: 'Puntaje SIMCE Lectura 4° básico', value: '251' },
  { id: 'g3', name: 'Docentes con retroalimentación', value: '65' },
];

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
    {
      dimension: 'GP',
      text: 'Mejorar la lectura de los estudiantes de 4° básico al término del ciclo',
      priorityIds: [],
    },
    's',
    1,
  );
  createEntry(pme, 'strategy', 's1', { objectiveId: 'o1', text: 'Acompañamiento docente' }, 's', 2);
  GOALS.forEach((g, i) =>
    createEntry(
      pme,
      'goal',
      g.id,
      {
        objectiveId: 'o1',
        text: g.name,
        indicator: { name: g.name, unit: 'número', min: 0, max: null },
        baseline: { value: 50, year: YEAR - 1, source: 'Diagnóstico' },
        targets: [{ year: YEAR, value: 100 }],
      },
      's',
      10 + i,
    ),
  );
  ACTIONS.forEach((a, i) =>
    createEntry(
      pme,
      'action',
      a.id,
      {
        strategyId: 's1',
        year: YEAR,
        nombre: a.nombre,
        descripcion: '',
        dimension: a.dimension,
        subdimensiones: [a.sub],
        fechaInicio: `${YEAR}-03-02`,
        fechaTermino: `${YEAR}-12-15`,
        responsable: 'Jefe/a UTP',
        recursos: '',
        mediosVerificacion: ['Registro fotográfico', 'Actas'],
        usoTIC: false,
        asesoriaATE: false,
        planesNormativos: [],
        programaAsociado: '',
        financiamiento: { sep: 1_000_000, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
      },
      's',
      20 + i,
    ),
  );
  const mon = client.open(docName(school, 'monitoring')).doc;
  setPlanYear(mon, YEAR, `${YEAR}-03-01`, `${YEAR}-12-20`, 's');
  for (const a of ACTIONS)
    putPlanEntry(
      mon,
      YEAR,
      { kind: 'action', actionId: a.id },
      { cargo: 'Director/a', frequency: 'trimestral', instrumentId: null, dataSource: 'Actas' },
      's',
    );
  putCycle(mon, { id: 'c1', year: YEAR, name: 'Corte 1', start: `${YEAR}-01-01`, end: `${YEAR}-12-31` }, 's');
  await waitFor(() => client.isSettled(), 30_000, 'seed stored');
  client.destroy();
}

async function tabletPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'es-CL',
    serviceWorkers: 'allow',
    viewport: { width: 800, height: 1280 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  context.setDefaultTimeout(UI_TIMEOUT);
  const page = await context.newPage();
  page.on('pageerror', (e) => ctx.logs.push(`[dir] pageerror ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && ctx.logs.push(`[dir] ${m.text()}`));
  return page;
}

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('monitoring', () => {
  it('a director on a tablet and the advisor record offline, converge, and the dashboard and report agree', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-3000)}`),
    );
    await mkdir(OUT_DIR, { recursive: true });
    const { token } = await ctx.relay.login('ana', ANA);
    await seed(token);

    const ana = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(ana, ctx.relay.url, 'ana', ANA);
    await waitForServiceWorker(ana);
    await ana.goto(`${ctx.relay.url}/#/escuelas/7423/monitoreo`);
    await ana.getByTestId('indicator-2').waitFor({ timeout: 30_000 });
    await waitForSync(ana, 'al-dia', 30_000);

    const dir = await tabletPage(ctx.browser);
    await signIn(dir, ctx.relay.url, 'dir', DIR);
    await waitForServiceWorker(dir);
    await dir.goto(`${ctx.relay.url}/#/escuelas/7423/monitoreo`);
    await dir.getByTestId('monitor-4').waitFor({ timeout: 30_000 });
    await waitForSync(dir, 'al-dia', 30_000);

    await ctx.relay.stop();
    await waitForSync(ana, 'sin-conexion');
    await waitForSync(dir, 'sin-conexion');

    // The director: touch only.
    for (const [i, a] of ACTIONS.entries()) {
      const card = dir.getByTestId(`monitor-${i}`);
      await card.getByTestId(`monitor-${i}-level-${a.level}`).tap();
      await card.getByTestId(`monitor-${i}-progress`).tap();
      await card.getByTestId(`monitor-${i}-progress`).fill(String(a.progress));
      await card.getByTestId(`monitor-${i}-executed-sep`).tap();
      await card.getByTestId(`monitor-${i}-executed-sep`).fill(a.sep);
      await card.getByTestId(`monitor-${i}-observaciones`).fill(`Observación ${i + 1}`);
    }
    const first = dir.getByTestId('monitor-0');
    await first.getByTestId('monitor-0-medio-0').tap();
    await first
      .getByTestId('monitor-0-evidence-0')
      .setInputFiles({ name: 'evidencia.png', mimeType: 'image/png', buffer: PNG_1x1 });
    await expect.poll(() => first.locator('img.photo-thumb').count(), { timeout: UI_TIMEOUT }).toBe(1);

    await dir.screenshot({ path: join(OUT_DIR, 'tablet.png') });
    // Accessibility of the monitoring form, on the tablet.
    await dir.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await dir.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe.run(document.querySelector('.monitor-tab'), { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
    });
    expect(violations).toEqual([]);

    // The advisor: 3 indicator values.
    for (const [i, g] of GOALS.entries()) {
      await ana.getByTestId(`indicator-${i}-value`).fill(g.value);
      await ana.getByTestId(`indicator-${i}-save`).click();
    }
    await expect.poll(() => ana.locator('[data-testid^="indicator-"] li').count(), { timeout: UI_TIMEOUT }).toBe(3);

    await ctx.relay.start();
    await waitForSync(ana, 'al-dia', 30_000);
    await waitForSync(dir, 'al-dia', 30_000);

    // Each sees all 8 records.
    await expect.poll(() => dir.locator('[data-testid^="indicator-"] li').count(), { timeout: 30_000 }).toBe(3);
    await ana.getByTestId('show-all').check();
    await expect.poll(() => ana.locator('.others').count(), { timeout: 30_000 }).toBe(5);

    // The dashboard (the advisor's device): levels, averages and budget.
    await ana.getByTestId('mon-tab-seguimiento').click();
    const value = (id: string) => ana.getByTestId(id).locator('.dash-value').textContent();
    await expect.poll(() => value('dash-level-completa'), { timeout: UI_TIMEOUT }).toBe('20,0\u00a0%');
    expect(await value('dash-level-avanzada')).toBe('40,0\u00a0%');
    expect(await value('dash-level-adecuada')).toBe('20,0\u00a0%');
    expect(await value('dash-level-parcial')).toBe('20,0\u00a0%');
    expect(await value('dash-level-none')).toBe('0,0\u00a0%');
    expect(await value('dash-dimension-GP')).toBe('80,0\u00a0%');
    expect(await value('dash-dimension-LID')).toBe('60,0\u00a0%');
    expect(await value('dash-budget-sep')).toBe('45,0\u00a0%');
    expect(await ana.getByTestId('dash-budget-sep').locator('.dash-label').textContent()).toContain(
      '$ 2.250.000 de $ 5.000.000',
    );

    await ana.screenshot({ path: join(OUT_DIR, 'dashboard.png'), fullPage: true });
    // The Informe de Monitoreo, made on the device.
    await ana.getByTestId('mon-tab-informe').click();
    const [download] = await Promise.all([
      ana.waitForEvent('download', { timeout: UI_TIMEOUT }),
      ana.getByTestId('monitoring-pdf').click(),
    ]);
    const pdf = join(OUT_DIR, 'informe-monitoreo.pdf');
    await download.saveAs(pdf);
    const text = (await pdfText(pdf, { mode: 'layout' })).replace(/\s+/g, ' ');
    for (const a of ACTIONS) expect(text).toContain(a.nombre);
    expect(text).toContain('Implementación avanzada: 75% a 99%');
    expect(text).toContain('40,0 %');
    expect(text).toContain('$ 2.250.000');
    expect(text).toContain(SCHOOL_7423.name);

    // closing the corte shows what it freezes and asks; a double tap closes it once.
    await ana.getByTestId('mon-tab-plan').click();
    await ana.getByTestId('close-c1').click();
    const counts = ana.getByTestId('confirm-close-cycle-counts');
    await expect
      .poll(() => counts.textContent(), { timeout: UI_TIMEOUT })
      .toContain('Registros de acciones: 5 (5 acciones)');
    expect(await counts.textContent()).toContain('Mediciones de indicadores: 3');
    await ana.getByTestId('confirm-close-cycle-confirm').dblclick();
    await expect.poll(() => ana.getByTestId('cycles').textContent(), { timeout: UI_TIMEOUT }).toContain('cerrado el');
    expect(await ana.getByTestId('close-c1').count()).toBe(0);
    expect(ctx.logs.filter((l) => /ClosedCycleError|confirmed step failed/.test(l))).toEqual([]);
    await ana.getByTestId('mon-tab-monitoreo').click();
    await expect
      .poll(() => ana.getByTestId('cycle-frozen').textContent(), { timeout: UI_TIMEOUT })
      .toMatch(/Corte cerrado el .+ por .+: sus registros y mediciones no se pueden modificar/);
    expect(await ana.locator('.monitor-card :enabled').count()).toBe(0);

    // MX-6: a herramienta prints as a blank form to fill by hand.
    await ana.getByTestId('mon-tab-herramientas').click();
    await ana.getByRole('button', { name: 'Agregar' }).first().click();
    const blankButton = ana.getByTestId('instruments').getByTestId('blank-form').first();
    await blankButton.waitFor({ timeout: UI_TIMEOUT });
    const [blank] = await Promise.all([ana.waitForEvent('download', { timeout: UI_TIMEOUT }), blankButton.click()]);
    const blankPdf = join(OUT_DIR, 'formulario-en-blanco.pdf');
    await blank.saveAs(blankPdf);
    const form = (await pdfText(blankPdf, { mode: 'layout' })).replace(/\s+/g, ' ');
    const template = INSTRUMENT_TEMPLATES[0]!;
    // Labels that fit one line of the field column (longer ones wrap around the answer boxes in the text).
    const shortLabels = template.fields.map((f) => f.label).filter((l) => l.length <= 36);
    expect(shortLabels.length).toBeGreaterThan(1);
    for (const s of [template.title, SCHOOL_7423.name, ...shortLabels, 'Firma: ____']) {
      expect(form).toContain(s);
    }
  });
});
