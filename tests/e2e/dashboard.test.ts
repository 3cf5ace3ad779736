// The Panel de establecimientos end to end (docs/spec/dashboard.md), in Chromium with the real relay:
// four schools in different states written through the relay; a coordinador sees one row each whose
// figures are those the school's own screens show (each link opens that screen), sorts and filters them,
// exports the table (XLSX) and the board's summary (PDF) with the same figures, and still sees it all after
// a reload with the network cut. A sostenedor bound to three of the schools (A-9) sees exactly those three,
// with the same figures.
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { UI_TIMEOUT, openLoggedPage, signIn, waitForServiceWorker, waitForSync } from '../support/browser.ts';
import { pdfFlatText } from '../support/pdfText.ts';
import { sheetGrid } from '../support/xlsxCells.ts';
import { seedDashboardSchools, type DashboardSchool } from '../support/dashboardSchools.ts';
import { DashboardPage, type RowFigures } from './pages/DashboardPage.ts';
import { readActaState, readAsesoria, readPmeVersions, readSeguimiento } from './pages/SchoolFigures.ts';
import { EXPORT_HEADERS } from '../../src/domain/dashboard/table.ts';
import { expectXlsxRow, hoursOf, number, summaryLine } from './pages/dashboardFigures.ts';
import { localIsoDate, localYear } from '../../src/domain/shared/localDates.ts';

const COORD = 'clave-coord-2026';
const SOST = 'clave-sost-2026';
const SOSTENEDOR_SCHOOLS = ['5834', '6102', '7423'];
const ctx = useRelayAndBrowser([
  { username: 'coord', role: 'coordinador', password: COORD },
  { username: 'sost', role: 'sostenedor', password: SOST, schools: SOSTENEDOR_SCHOOLS },
]);
const SLOW = 600_000;

const school = (s: Partial<DashboardSchool> & Pick<DashboardSchool, 'rbd' | 'name'>): DashboardSchool => ({
  regionCode: '10',
  comunaCode: '10307',
  dependencia: '2',
  rural: false,
  asesor: 'Ana Rojas',
  sessions: 1,
  diagnosisDelivered: false,
  pmeVersions: null,
  acta: 'none',
  ...s,
});
const SCHOOLS = [
  school({
    rbd: 7423,
    name: 'Escuela Rural Los Maitenes',
    rural: true,
    sessions: 4,
    diagnosisDelivered: true,
    pmeVersions: ['borrador', 'final'],
    acta: 'signed',
  }),
  school({
    rbd: 5834,
    name: 'Liceo Alto Meco',
    regionCode: '09',
    comunaCode: '09108',
    dependencia: '3',
    asesor: 'Bruno Díaz',
    sessions: 2,
    pmeVersions: ['borrador'],
    acta: 'pending',
  }),
  school({ rbd: 6102, name: 'Escuela Básica Las Araucarias' }),
  school({
    rbd: 8150,
    name: 'Colegio Los Robles',
    regionCode: '09',
    comunaCode: '09108',
    rural: true,
    asesor: 'Bruno Díaz',
    sessions: 3,
    pmeVersions: [],
  }),
];

/** The states each school was seeded in, as the dashboard names them (SD-3, SD-4, SD-6). */
const EXPECTED: Record<string, { pme: RegExp; acta: string; corte: boolean }> = {
  '7423': { pme: /^Versión final \d{2}-07-\d{4}$/, acta: 'Firmada', corte: true },
  '5834': { pme: /^Borrador \d{2}-05-\d{4}$/, acta: 'Firma pendiente', corte: true },
  '6102': { pme: /^Sin plan$/, acta: 'Sin acta', corte: false },
  '8150': { pme: /^En elaboración$/, acta: 'Sin acta', corte: true },
};

const seeded = (ids: string[]) => (f: Record<string, RowFigures>) =>
  Object.keys(f).length === ids.length &&
  ids.every((id) => {
    const row = f[id];
    const e = EXPECTED[id]!;
    return (
      row !== undefined &&
      e.pme.test(row['dash-pme'] ?? '') &&
      row['dash-acta'] === e.acta &&
      (row['dash-corte'] !== undefined) === e.corte &&
      /^\d+,\d de 80 h$/.test(row['dash-hours'] ?? '')
    );
  });

let coordPage: Page;
let coordFigures: Record<string, RowFigures>;

async function compareWithSchoolScreens(dash: DashboardPage, id: string, row: RowFigures): Promise<void> {
  const { page } = dash;
  const back = () => dash.open(ctx.relay.url);
  // Asesoría: month, hours and deliverables (SD-2).
  await dash.tap(id, 'dash-hours', 'asesoria');
  // The checklist's evidence comes from the school's other documents, which open after the screen: polled.
  const deliverablesText = (a: Awaited<ReturnType<typeof readAsesoria>>) =>
    `${a.delivered} entregados${a.late > 0 ? ` · ${a.late} atrasados` : ''}`;
  await expect
    .poll(async () => deliverablesText(await readAsesoria(page)), { timeout: UI_TIMEOUT })
    .toBe(row['dash-deliverables']);
  const asesoria = await readAsesoria(page);
  expect(`mes ${row['dash-month']}`, id).toBe(asesoria.month);
  expect(number(row['dash-hours']!), id).toBeCloseTo(hoursOf(asesoria.used), 1);
  expect(row['dash-hours'], id).toMatch(new RegExp(` de ${number(asesoria.contracted)} h$`));
  await back();
  // Monitoreo's Seguimiento of the same corte (SD-4).
  if (row['dash-corte'] !== undefined) {
    await dash.tap(id, 'dash-corte', 'monitoreo');
    const seg = await readSeguimiento(page);
    expect(seg.cycle.startsWith(row['dash-corte'].split(':')[0]!), `${id}: ${seg.cycle}`).toBe(true);
    expect(row['dash-corte'], id).toBe(`${row['dash-corte'].split(':')[0]}: ${seg.completa} completa`);
    expect(row['dash-budget'], id).toBe(seg.budgetTotal);
    expect(row['dash-alerts'], id).toBe(String(seg.alerts));
    const count = (s: string) => seg.statuses.filter((x) => x === s).length;
    expect(row['dash-indicators'], id).toBe(`${count('en-camino')} / ${count('en-riesgo')} / ${count('desviado')}`);
    await back();
  }
  // PME: the latest version's kind and date (SD-3); a school without a PME is left unopened.
  if (id !== '6102') {
    await dash.tap(id, 'dash-pme', 'pme');
    const pme = await readPmeVersions(page);
    const date = /\d{2}-\d{2}-\d{4}/.exec(row['dash-pme']!)?.[0];
    if (date === undefined) expect(pme.status, id).toMatch(/Sin versiones$/);
    else {
      const kind = row['dash-pme']!.startsWith('Versión final') ? 'version-final' : 'version-borrador';
      expect(pme.history.filter((h) => h.startsWith(kind)).at(-1), id).toContain(date);
    }
    await back();
  }
  // Evaluación's Verificación: the acta (SD-6).
  await dash.tap(id, 'dash-acta', 'evaluacion');
  const actaLabel = { firmada: 'Firmada', pendiente: 'Firma pendiente', 'sin-acta': 'Sin acta' } as const;
  await expect.poll(async () => actaLabel[await readActaState(page)], { timeout: UI_TIMEOUT }).toBe(row['dash-acta']);
  await back();
}

describe('multi-school dashboard in Chromium', () => {
  it(
    'SD-1 SD-2 SD-3 SD-4 SD-6 SD-9: one row per school whose figures are those of its own screens',
    { timeout: SLOW },
    async () => {
      onTestFailed(() =>
        console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
      );
      const { token } = await ctx.relay.login('coord', COORD);
      await seedDashboardSchools(ctx.relay.wsUrl, token, SCHOOLS, localYear(), localIsoDate());

      coordPage = await openLoggedPage(ctx.browser, 'coord', ctx.logs);
      await signIn(coordPage, ctx.relay.url, 'coord', COORD);
      await waitForServiceWorker(coordPage);
      const dash = new DashboardPage(coordPage);
      await dash.open(ctx.relay.url);
      const ids = SCHOOLS.map((s) => String(s.rbd));
      coordFigures = await dash.waitForFigures(seeded(ids), 'the four seeded schools on the dashboard', 120_000);
      expect(await coordPage.getByTestId('dash-count').textContent()).toBe('4 de 4 establecimiento(s)');
      for (const id of ids) await compareWithSchoolScreens(dash, id, coordFigures[id]!);
    },
  );

  it('SD-7: sorting by a column and filtering by comuna, dependencia, rural, asesor and PME state', async () => {
    const dash = new DashboardPage(coordPage);
    await dash.open(ctx.relay.url);
    const rows = (expected: string[]) => expect.poll(() => dash.rowIds(), { timeout: UI_TIMEOUT }).toEqual(expected);
    await rows(['8150', '6102', '7423', '5834']); // by name, the default
    await dash.sort('horas', true);
    await rows(['7423', '8150', '5834', '6102']);
    await dash.sort('pme', false);
    await rows(['6102', '8150', '5834', '7423']);
    // A school without the figure first; equal figures in RBD order.
    await dash.sort('presupuesto', false);
    await rows(['6102', '5834', '7423', '8150']);
    await dash.sort('nombre', false);
    await rows(['8150', '6102', '7423', '5834']);

    expect((await dash.filterChoices('comuna')).map(([v]) => v).sort()).toEqual(['', '09108', '10307']);
    await dash.filter('comuna', '10307');
    await rows(['6102', '7423']);
    expect(await coordPage.getByTestId('dash-count').textContent()).toBe('2 de 4 establecimiento(s)');
    await dash.filter('asesor', 'Ana Rojas');
    await rows(['6102', '7423']);
    await dash.filter('rural', 'rural');
    await rows(['7423']);
    await dash.filter('comuna', '');
    await dash.filter('asesor', '');
    await rows(['8150', '7423']);
    await dash.filter('rural', 'urbano');
    await rows(['6102', '5834']);
    await dash.filter('rural', '');
    await dash.filter('dependencia', '3');
    await rows(['5834']);
    await dash.filter('dependencia', '');
    await dash.filter('asesor', 'Bruno Díaz');
    await rows(['8150', '5834']);
    await dash.filter('pme', 'final');
    await rows([]);
    await dash.filter('asesor', '');
    await rows(['7423']);
    await dash.filter('pme', 'borrador');
    await rows(['5834']);
    await dash.filter('pme', '');
    await rows(['8150', '6102', '7423', '5834']);
  });

  it(
    'SD-8: the XLSX and the PDF summary download with the rows and figures the table shows',
    { timeout: SLOW },
    async () => {
      const dash = new DashboardPage(coordPage);
      await dash.sort('horas', true);
      await dash.filter('comuna', '');
      const shown = await dash.rowIds();
      expect(shown).toEqual(['7423', '8150', '5834', '6102']);
      const figures = await dash.figures();
      const today = localIsoDate();

      const xlsx = await dash.download('dash-xlsx');
      expect(xlsx.name).toBe(`establecimientos-${today}.xlsx`);
      const [header, ...body] = sheetGrid(xlsx.bytes);
      expect(header).toEqual([...EXPORT_HEADERS]);
      expect(body.map((r) => r[0])).toEqual(shown);
      for (const cells of body) expectXlsxRow(cells, figures[cells[0]!]!);

      const pdf = await dash.download('dash-pdf');
      expect(pdf.name).toBe(`resumen-establecimientos-${today}.pdf`);
      const text = await pdfFlatText(pdf.bytes);
      const table = text.slice(text.indexOf('Cifras por establecimiento'));
      let from = 0;
      for (const id of shown) {
        const line = summaryLine(figures[id]!);
        const at = table.indexOf(line, from);
        expect(at, `PDF row of ${id}: ${line}\n${table}`).toBeGreaterThanOrEqual(from);
        from = at + line.length;
      }
      await dash.sort('nombre', false);
    },
  );

  it(
    'A-9 SD-9: a sostenedor bound to three schools sees exactly those, with the same figures',
    { timeout: SLOW },
    async () => {
      const page = await openLoggedPage(ctx.browser, 'sost', ctx.logs);
      await signIn(page, ctx.relay.url, 'sost', SOST);
      const dash = new DashboardPage(page);
      await dash.open(ctx.relay.url);
      const figures = await dash.waitForFigures(seeded(SOSTENEDOR_SCHOOLS), "the sostenedor's three schools", 120_000);
      expect(await dash.rowIds()).toEqual(['6102', '7423', '5834']);
      for (const id of SOSTENEDOR_SCHOOLS) expect(figures[id], id).toEqual(coordFigures[id]);
      // A figure opens the school's screen (read-only for a sostenedor, A-10) with the same figure.
      await dash.tap('7423', 'dash-corte', 'monitoreo');
      const seg = await readSeguimiento(page);
      expect(figures['7423']!['dash-corte']).toBe(`Corte 1: ${seg.completa} completa`);
      await page.context().close();
    },
  );

  it('offline: after a reload with the network cut, the dashboard still shows every row and figure', async () => {
    const dash = new DashboardPage(coordPage);
    await dash.open(ctx.relay.url);
    const before = await dash.waitForFigures((f) => Object.keys(f).length === 4, 'the four rows');
    await coordPage.context().setOffline(true);
    await coordPage.reload();
    await waitForSync(coordPage, 'sin-conexion');
    await coordPage.getByTestId('dashboard-screen').waitFor();
    expect(await dash.waitForFigures((f) => Object.keys(f).length === 4, 'the four rows offline')).toEqual(before);
    expect(await coordPage.evaluate(() => navigator.onLine)).toBe(false);
    await coordPage.context().setOffline(false);
  });
});
