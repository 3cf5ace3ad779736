/* eslint-disable max-lines -- one story in one relay and browser session: each step builds on the last */
// The PME, end to end in Chromium: an advisor builds a small plan offline (2 objectives, 3 metas,
// 5 actions with funding); Versión Final asks first and lists the three areas still without objective
// (it cannot be confirmed); once they have one, it freezes a Borrador, changes an action, freezes the
// Versión Final with a double tap (exactly one is made, and an identical one is refused) and
// compares the two; the PDF and the XLSX are made on the device and read back. Then two people
// edit the same action offline and converge, and an action deleted by one while the other edits
// it is shown as a conflict and restored with the edit.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import {
  SCHOOL_7423,
  UI_TIMEOUT,
  createSchool,
  openLoggedPage,
  signIn,
  waitForServiceWorker,
  waitForSync,
} from '../support/browser.ts';
import { pdfText } from '../support/pdfText.ts';

const OUT_DIR = join(process.cwd(), 'test-artifacts', 'pme');
const ANA = 'clave-ana-2026';
// The annual tab opens on the current year: the plan is written for it.
const YEAR = new Date().getFullYear();
const DIR = 'clave-dir-2026';
const ctx = useRelayAndBrowser([
  { username: 'ana', role: 'asesor', password: ANA },
  { username: 'dir', role: 'escuela', password: DIR, schools: ['7423'] },
]);

interface ActionInput {
  nombre: string;
  sub: string;
  inicio: string;
  termino: string;
  responsable: string;
  medio: string;
  sep: string;
  pie?: string;
}

const ACTIONS_O1: ActionInput[] = [
  {
    nombre: 'Jornadas de reflexión pedagógica',
    sub: 'LID-2',
    inicio: `${YEAR}-04-06`,
    termino: `${YEAR}-06-30`,
    responsable: 'Director/a',
    medio: 'Actas de jornadas',
    sep: '1.250.000',
  },
  {
    nombre: 'Monitoreo de metas con el consejo escolar',
    sub: 'LID-3',
    inicio: `${YEAR}-05-04`,
    termino: `${YEAR}-11-30`,
    responsable: 'Jefe/a UTP',
    medio: 'Informes de monitoreo',
    sep: '400.000',
    pie: '100.000',
  },
  {
    nombre: 'Difusión del PEI a las familias',
    sub: 'LID-1',
    inicio: `${YEAR}-03-16`,
    termino: `${YEAR}-04-30`,
    responsable: 'Encargado/a de convivencia',
    medio: 'Registro de asistencia',
    sep: '250.000',
  },
];
const ACTIONS_O2: ActionInput[] = [
  {
    nombre: 'Acompañamiento al aula en Lenguaje',
    sub: 'GP-2',
    inicio: `${YEAR}-04-13`,
    termino: `${YEAR}-11-27`,
    responsable: 'Jefe/a UTP',
    medio: 'Pautas de observación',
    sep: '2.000.000',
  },
  {
    nombre: 'Talleres de comprensión lectora',
    sub: 'GP-3',
    inicio: `${YEAR}-05-04`,
    termino: `${YEAR}-10-30`,
    responsable: 'Coordinador/a PIE',
    medio: 'Planificaciones de taller',
    sep: '600.000',
    pie: '900.000',
  },
];
// SEP: 1.250.000 + 400.000 + 250.000 + 2.000.000 + 600.000 = 4.500.000; PIE 1.000.000; total 5.500.000.

async function addObjective(page: Page, area: string, text: string) {
  const form = page.getByTestId(`area-${area}`);
  await form.getByTestId(`new-objective-${area}`).fill(text);
  await form.getByRole('button', { name: 'Agregar objetivo' }).click();
}

async function fillGoal(
  page: Page,
  tid: string,
  text: string,
  indicator: string,
  baseline: string,
  targets: Record<number, string>,
) {
  await page.getByTestId(`${tid}-text`).fill(text);
  await page.getByTestId(`${tid}-indicator`).fill(indicator);
  await page.getByTestId(`${tid}-baseline`).fill(baseline);
  await page.getByTestId(`${tid}-baseline-year`).fill('2025');
  for (const [year, v] of Object.entries(targets)) await page.getByTestId(`${tid}-target-${year}`).fill(v);
}

async function addAction(page: Page, strategyBox: ReturnType<Page['locator']>, a: ActionInput, index: number) {
  await strategyBox.locator('form[data-testid^="new-action-"] input').fill(a.nombre);
  await strategyBox.getByRole('button', { name: 'Agregar acción' }).click();
  const card = page.getByTestId(`action-${index}`);
  await expect
    .poll(() => card.getByTestId(`action-${index}-title`).textContent(), { timeout: UI_TIMEOUT })
    .toBe(a.nombre);
  await card.locator('summary').click();
  await card.getByTestId(`action-${index}-sub-${a.sub}`).check();
  await card.getByTestId(`action-${index}-inicio`).fill(a.inicio);
  await card.getByTestId(`action-${index}-termino`).fill(a.termino);
  await card.getByTestId(`action-${index}-responsable`).fill(a.responsable);
  await card.getByTestId(`action-${index}-add-medio`).click();
  await card.getByTestId(`action-${index}-medio-0`).fill(a.medio);
  await card.getByTestId(`action-${index}-monto-sep`).fill(a.sep);
  if (a.pie) await card.getByTestId(`action-${index}-monto-pie`).fill(a.pie);
  await card.locator('summary').click();
}

async function download(
  page: Page,
  testId: string,
  file: string,
  scope = page.getByTestId('pme-outputs'),
): Promise<string> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: UI_TIMEOUT }),
    scope.getByTestId(testId).click(),
  ]);
  const target = join(OUT_DIR, file);
  await d.saveAs(target);
  return target;
}

describe('PME', () => {
  it('builds a plan offline, freezes Borrador and Versión Final, compares them, and exports PDF and XLSX', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    await mkdir(OUT_DIR, { recursive: true });
    const page = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(page, ctx.relay.url, 'ana', ANA);
    await waitForServiceWorker(page);
    await createSchool(page, SCHOOL_7423);
    await ctx.relay.stop();
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/pme`);

    await page.getByTestId('pme-cycle-start').fill(String(YEAR));
    await page.getByTestId('pme-vision').fill('Una escuela rural que aprende en comunidad');
    await addObjective(
      page,
      'LID',
      'Consolidar un liderazgo pedagógico que monitoree las metas de aprendizaje al 2029',
    );
    await addObjective(
      page,
      'GP',
      'Aumentar la comprensión lectora de los estudiantes de 4° básico al término del ciclo',
    );

    const o1 = page.getByTestId('objective-0');
    const o2 = page.getByTestId('objective-1');
    await o1.getByTestId('objective-0-add-goal').click();
    await o1.getByTestId('objective-0-add-goal').click();
    await o2.getByTestId('objective-1-add-goal').click();
    await fillGoal(
      page,
      'objective-0-goal-0',
      'El 100% de las reuniones de consejo revisa el avance de metas',
      '% de consejos con revisión de metas',
      '20',
      { [YEAR]: '50', [YEAR + 1]: '70', [YEAR + 2]: '85', [YEAR + 3]: '95' },
    );
    await fillGoal(
      page,
      'objective-0-goal-1',
      'Los docentes reciben retroalimentación dos veces por semestre',
      '% de docentes retroalimentados',
      '30',
      { [YEAR + 1]: '60', [YEAR + 3]: '90' },
    );
    await fillGoal(
      page,
      'objective-1-goal-0',
      'Subir el puntaje SIMCE de Lectura de 4° básico',
      'Puntaje SIMCE Lectura 4° básico',
      '245',
      { [YEAR + 1]: '250', [YEAR + 3]: '258' },
    );
    // The SMART check advises as the user types: with no priority linked, "Relevante" is missed.
    await expect
      .poll(() => o1.getByTestId('objective-0-smart').locator('[data-criterion="relevante"]').textContent(), {
        timeout: UI_TIMEOUT,
      })
      .toContain('no se vincula a ninguna prioridad del diagnóstico');
    await o1.getByTestId('objective-0-add-strategy').click();
    await o1
      .getByTestId('objective-0-strategy-0-text')
      .fill('Instalar ciclos de monitoreo del PME con el equipo de gestión');
    await o2.getByTestId('objective-1-add-strategy').click();
    await o2.getByTestId('objective-1-strategy-0-text').fill('Acompañamiento docente en estrategias de lectura');

    await page.getByTestId('tab-anual').click();
    await page.getByTestId('annual-declaredSep').fill('4.000.000');
    await page.getByTestId('annual-save').click();
    const strategies = page.locator('.pme-annual-strategy');
    let n = 0;
    for (const a of ACTIONS_O1) await addAction(page, strategies.nth(0), a, n++);
    for (const a of ACTIONS_O2) await addAction(page, strategies.nth(1), a, n++);

    await expect
      .poll(() => page.getByTestId('budget-source-sep').textContent(), { timeout: UI_TIMEOUT })
      .toBe('$ 4.500.000');
    expect(await page.getByTestId('budget-source-pie').textContent()).toBe('$ 1.000.000');
    expect(await page.getByTestId('budget-source-total').textContent()).toBe('$ 5.500.000');
    expect(await page.getByTestId('sep-warning').textContent()).toContain('supera el presupuesto SEP declarado');
    // An end before the start is shown as an error on the field.
    const first = page.getByTestId('action-0');
    await first.locator('summary').click();
    await first.getByTestId('action-0-termino').fill(`${YEAR}-03-01`);
    await expect
      .poll(() => first.textContent(), { timeout: UI_TIMEOUT })
      .toContain('La fecha de término es anterior a la de inicio');
    await first.getByTestId('action-0-termino').fill(`${YEAR}-06-30`);
    await first.locator('summary').click();
    expect(await page.locator('[data-testid$="-problems"]').count()).toBe(0);

    // VF-1: Versión Final shows what it would freeze and what is missing, and cannot be confirmed.
    await page.getByTestId('tab-versiones').click();
    await page.getByTestId('mark-final-submit').click();
    const finalDialog = page.getByRole('dialog', { name: '¿Marcar PME Versión Final?' });
    await finalDialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('confirm-final-counts').textContent()).toContain('Áreas con objetivos: 2 de 5');
    const missing = await page.getByTestId('confirm-final-problems').locator('li').allTextContents();
    expect(missing).toEqual([
      'La dimensión Formación y Convivencia no tiene objetivos estratégicos',
      'La dimensión Gestión de Recursos no tiene objetivos estratégicos',
      'El área de resultados no tiene objetivos estratégicos',
    ]);
    expect(await page.getByTestId('confirm-final-confirm').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => finalDialog.count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await page.getByTestId('version-final').count()).toBe(0);

    await page.getByTestId('tab-estrategico').click();
    const more = [
      { area: 'FC', text: 'Fortalecer la convivencia escolar con participación de las familias al 2029' },
      { area: 'GR', text: 'Asegurar el uso de los recursos SEP en las acciones del plan al 2029' },
      { area: 'RES', text: 'Aumentar la asistencia promedio de los estudiantes al término del ciclo' },
    ];
    for (const [k, o] of more.entries()) {
      const i = 2 + k;
      await addObjective(page, o.area, o.text);
      const box = page.getByTestId(`objective-${i}`);
      await box.getByTestId(`objective-${i}-add-goal`).waitFor({ timeout: UI_TIMEOUT });
      await box.getByTestId(`objective-${i}-add-goal`).click();
      await fillGoal(page, `objective-${i}-goal-0`, `Meta del área ${o.area}`, `Indicador ${o.area}`, '50', {
        [YEAR + 3]: '80',
      });
      await box.getByTestId(`objective-${i}-add-strategy`).click();
      await box.getByTestId(`objective-${i}-strategy-0-text`).fill(`Estrategia del área ${o.area}`);
    }

    await page.getByTestId('tab-versiones').click();
    await page.getByTestId('mark-borrador-submit').click();
    await page.getByTestId('confirm-borrador-confirm').click();
    await expect.poll(() => page.getByTestId('version-borrador').count(), { timeout: UI_TIMEOUT }).toBe(1);

    await page.getByTestId('tab-anual').click();
    const changed = page.getByTestId('action-3');
    await changed.locator('summary').click();
    await changed.getByTestId('action-3-responsable').fill('Director/a');
    await changed.getByTestId('action-3-monto-sep').fill('1.800.000');
    await changed.locator('summary').click();

    await page.getByTestId('tab-versiones').click();
    await page.getByTestId('mark-final-submit').click();
    await finalDialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId('confirm-final-counts').textContent()).toContain('Áreas con objetivos: 5 de 5');
    expect(await page.getByTestId('confirm-final-problems').count()).toBe(0);
    // VF-2: a double tap on the confirmation makes exactly one Versión Final.
    await page.getByTestId('confirm-final-confirm').dblclick();
    await expect.poll(() => page.getByTestId('version-final').count(), { timeout: UI_TIMEOUT }).toBe(1);
    await expect.poll(() => finalDialog.count(), { timeout: UI_TIMEOUT }).toBe(0);
    // Asking again for the same plan is refused with the reason.
    await page.getByTestId('mark-final-submit').click();
    await expect
      .poll(() => page.getByTestId('confirm-final-blocked').textContent(), { timeout: UI_TIMEOUT })
      .toContain('El plan no ha cambiado desde la última versión');
    expect(await page.getByTestId('confirm-final-confirm').isDisabled()).toBe(true);
    await page.getByTestId('confirm-final-cancel').click();
    expect(await page.getByTestId('version-final').count()).toBe(1);
    expect(await page.getByTestId('pme-status').textContent()).toContain('PME Versión Final');

    // Compare Borrador → Versión Final: one action changed, its responsable and SEP amount.
    await page.getByTestId('diff-from').selectOption({ index: 0 });
    await page.getByTestId('diff-to').selectOption({ index: 1 });
    const diff = page.getByTestId('version-diff');
    await expect
      .poll(() => diff.getByTestId('diff-counts').textContent(), { timeout: UI_TIMEOUT })
      .toBe('0 agregados · 1 modificados · 0 eliminados');
    const entry = diff.getByTestId('diff-changed');
    expect(await entry.locator('strong').textContent()).toContain('Acompañamiento al aula en Lenguaje');
    const rows = await entry.locator('tbody tr').allTextContents();
    expect(rows).toEqual([
      'ResponsableJefe/a UTPDirector/a',
      'Monto SEP$ 2.000.000$ 1.800.000',
      'Monto total$ 2.000.000$ 1.800.000',
    ]);

    // The frozen Borrador still has the old values; the PDF of the Versión Final has the new ones.
    const pdf = await download(page, 'pme-pdf', 'pme.pdf');
    // -raw keeps a table cell's lines together (action names wrap in the landscape table).
    const stdout = await pdfText(pdf, { mode: 'raw' });
    const text = stdout.replace(/\s+/g, ' ');
    for (const a of [...ACTIONS_O1, ...ACTIONS_O2]) expect(text).toContain(a.nombre);
    expect(text).toContain('$ 5.300.000'); // total after the change
    expect(text).toContain('$ 4.300.000'); // SEP after the change
    expect(text).toContain(SCHOOL_7423.name);
    expect(text).toMatch(/Página 1 de \d+/);

    const xlsx = await download(page, 'pme-xlsx', 'acciones.xlsx');
    const files = unzipSync(new Uint8Array(await readFile(xlsx)));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect(workbook).toContain(`name="Acciones ${YEAR}"`);
    // FT2-2: the third sheet identifies the school, as the PDFs do.
    expect(workbook).toContain('<sheet name="Identificación" sheetId="3"');
    const identification = strFromU8(files['xl/worksheets/sheet3.xml']!);
    expect(identification).toContain('Establecimiento');
    expect(identification).toContain(SCHOOL_7423.name);
    expect(identification).toContain('RUT del sostenedor');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const rowsXml = sheet.match(/<row[ >][\s\S]*?<\/row>/g) ?? [];
    expect(rowsXml).toHaveLength(6);
    const cells = (row: string) =>
      [
        ...row.matchAll(/<c [^>]*?(?:t="inlineStr"[^>]*>\s*<is>\s*<t[^>]*>([\s\S]*?)<\/t>|>\s*<v>([\s\S]*?)<\/v>)/g),
      ].map((m) => m[1] ?? m[2]);
    const header = cells(rowsXml[0]!);
    // MX-1: the school's identifying columns of Mineduc's open data come first.
    expect(header.slice(0, 8)).toEqual([
      'AGNO',
      'RBD',
      'DGV_RBD',
      'NOM_RBD',
      'COD_COM_RBD',
      'NOM_COM_RBD',
      'COD_DEPE',
      'RURAL_RBD',
    ]);
    expect(cells(rowsXml[1]!).slice(0, 5)).toEqual([String(YEAR), '7423', '3', SCHOOL_7423.name, '10307']);
    expect(header.slice(8, 13)).toEqual([
      'Dimensión',
      'Subdimensiones',
      'Objetivo estratégico',
      'Estrategia',
      'Nombre de la acción',
    ]);
    expect(header).toContain('Responsable');
    expect(header.at(-1)).toBe('Total');
    const names = rowsXml.slice(1).map((r) => cells(r)[12]);
    expect(names.sort()).toEqual([...ACTIONS_O1, ...ACTIONS_O2].map((a) => a.nombre).sort());
    // EX-4: Fecha inicio (column O) is a date cell, a serial with the dd-mm-yyyy style, not text.
    const starts = rowsXml.slice(1).map((r) => /<c r="O\d+" s="4"><v>(\d+)<\/v><\/c>/.exec(r)?.[1]);
    const serialToIso = (n: number) => new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 10);
    expect(starts.map((v) => serialToIso(Number(v))).sort()).toEqual(
      [...ACTIONS_O1, ...ACTIONS_O2].map((a) => a.inicio).sort(),
    );
    expect(strFromU8(files['xl/styles.xml']!)).toContain('<numFmt numFmtId="164" formatCode="dd-mm-yyyy"/>');
    // MX-2: the second sheet holds the same actions under Mineduc's open-data column names.
    expect(workbook).toContain(`name="Datos abiertos ${YEAR}"`);
    const openRows = strFromU8(files['xl/worksheets/sheet2.xml']!).match(/<row[ >][\s\S]*?<\/row>/g) ?? [];
    expect(cells(openRows[0]!).slice(8)).toEqual([
      'DIMENSION',
      'NOM_ACTIVIDAD',
      'DESC_ACTIVIDAD',
      'FECHA_INICIO',
      'FECHA_TERMINO',
      'NIV_IMPLEM',
      'ESTIM_SEP',
      'ESTIM_TOTAL',
    ]);
    expect(
      openRows
        .slice(1)
        .map((r) => cells(r)[9])
        .sort(),
    ).toEqual(names.sort());

    await page.getByTestId('tab-anual').click();
    await page.getByTestId('action-3').locator('summary').click();
    await page.screenshot({ path: join(OUT_DIR, 'anual.png'), fullPage: true });
    await page.getByTestId('tab-estrategico').click();
    await page.screenshot({ path: join(OUT_DIR, 'estrategico.png'), fullPage: true });

    // Everything survives a reload, offline.
    await page.reload();
    await page.getByTestId('tab-versiones').click();
    expect(await page.getByTestId('versions').locator('li').count()).toBe(2);
  });

  it('two people edit the same action offline and converge; a deleted action edited meanwhile can be restored', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    if (!ctx.relay.child) await ctx.relay.start();
    const ana = await openLoggedPage(ctx.browser, 'ana2', ctx.logs);
    await signIn(ana, ctx.relay.url, 'ana', ANA);
    await ana.goto(`${ctx.relay.url}/#/escuelas/7423/pme`);
    await waitForSync(ana, 'al-dia', 30_000);
    const dir = await openLoggedPage(ctx.browser, 'dir', ctx.logs);
    await signIn(dir, ctx.relay.url, 'dir', DIR);
    await dir.goto(`${ctx.relay.url}/#/escuelas/7423/pme`);
    for (const p of [ana, dir]) await p.getByTestId('tab-anual').click();
    await expect
      .poll(() => dir.getByTestId('action-4-title').textContent(), { timeout: 30_000 })
      .toBe('Talleres de comprensión lectora');
    await waitForSync(dir, 'al-dia', 30_000);

    await ctx.relay.stop();
    await waitForSync(ana, 'sin-conexion');
    await waitForSync(dir, 'sin-conexion');
    // Same action (action-0): ana changes the responsable and the SEP amount, dir the end date and PIE.
    const a0 = ana.getByTestId('action-0');
    await a0.locator('summary').click();
    await a0.getByTestId('action-0-responsable').fill('Director/a y Jefe/a UTP');
    await a0.getByTestId('action-0-monto-sep').fill('1.500.000');
    const d0 = dir.getByTestId('action-0');
    await d0.locator('summary').click();
    await d0.getByTestId('action-0-termino').fill(`${YEAR}-07-15`);
    await d0.getByTestId('action-0-monto-pie').fill('200.000');
    // ana deletes action-2 while dir edits it.
    await ana.getByTestId('action-2').locator('summary').click();
    await ana.getByTestId('action-2-delete').click();
    const d2 = dir.getByTestId('action-2');
    await d2.locator('summary').click();
    await d2.getByTestId('action-2-responsable').fill('Inspector/a general');

    await ctx.relay.start();
    await waitForSync(ana, 'al-dia', 30_000);
    await waitForSync(dir, 'al-dia', 30_000);

    for (const p of [ana, dir]) {
      const card = p
        .locator('[data-testid^="action-"][data-action-id]')
        .filter({ hasText: 'Jornadas de reflexión pedagógica' });
      await expect.poll(() => card.locator('summary').textContent(), { timeout: 30_000 }).toContain(`15-07-${YEAR}`);
      const summary = await card.locator('summary').textContent();
      expect(summary).toContain('Director/a y Jefe/a UTP');
      expect(summary).toContain('$ 1.700.000');
      const conflict = p.getByTestId('deletion-conflict');
      await expect.poll(() => conflict.textContent(), { timeout: 30_000 }).toContain('Difusión del PEI a las familias');
      expect(await p.locator('[data-action-id]').filter({ hasText: 'Difusión del PEI a las familias' }).count()).toBe(
        0,
      );
    }
    await dir.getByTestId('conflict-restore').click();
    for (const p of [ana, dir]) {
      const restored = p.locator('[data-action-id]').filter({ hasText: 'Difusión del PEI a las familias' });
      await expect.poll(() => restored.count(), { timeout: 30_000 }).toBe(1);
      expect(await restored.locator('summary').textContent()).toContain('Inspector/a general');
      await expect.poll(() => p.getByTestId('deletion-conflict').count(), { timeout: 30_000 }).toBe(0);
    }
  });
});
