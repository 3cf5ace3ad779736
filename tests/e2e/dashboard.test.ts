// The Panel de establecimientos end to end (docs/spec/dashboard.md), in Chromium with the real relay:
// four schools in different states written through the relay; a coordinador sees one row each whose
// figures are those the school's own screens show (each link opens that screen), sorts and filters them,
// exports the table (XLSX) and the board's summary (PDF) with the same figures, and still sees it all after
// a reload with the network cut. A sostenedor bound to three of the schools sees exactly those three,
// with the same figures.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { openLoggedPage, signIn, waitForServiceWorker } from '../support/browser.ts';
import { pdfFlatText } from '../support/pdfText.ts';
import { seedDashboardSchools, type DashboardSchool } from '../support/dashboardSchools.ts';
import { DashboardPage, type RowFigures } from './pages/DashboardPage.ts';
import { readActaState, readAsesoria, readPmeVersions, readSeguimiento } from './pages/SchoolFigures.ts';
import { EXPORT_HEADERS } from '../../src/domain/dashboard/table.ts';
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
  school({ rbd: 7423, name: 'Escuela Rural Los Maitenes', rural: true, sessions: 4, diagnosisDelivered: true }),
  school({ rbd: 5834, name: 'Liceo Alto Meco', regionCode: '09', comunaCode: '09108', dependencia: '3' }),
  school({ rbd: 6102, name: 'Escuela Básica Las Araucarias' }),
  school({ rbd: 8150, name: 'Colegio Los Robles', regionCode: '09', comunaCode: '09108', rural: true }),
];
Object.assign(SCHOOLS[0]!, { pmeVersions: ['borrador', 'final'], acta: 'signed' });
Object.assign(SCHOOLS[1]!, { asesor: 'Bruno Díaz', sessions: 2, pmeVersions: ['borrador'], acta: 'pending' });
Object.assign(SCHOOLS[3]!, { asesor: 'Bruno Díaz', sessions: 3, pmeVersions: [] });

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

/** "12,0 de 80 h" → 12; "33,3 %" → 33.3. */
const number = (s: string) => Number(/-?\d+(?:\.\d{3})*(?:,\d+)?/.exec(s)![0].replace(/\./g, '').replace(',', '.'));
/** The asesoría's "12 h 30 min" in hours. */
const hoursOf = (s: string) => {
  const m = /^(?:(\d+) h)?\s*(?:(\d+) min)?$/.exec(s)!;
  return Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60;
};

let coordPage: Page;
let coordFigures: Record<string, RowFigures>;

async function compareWithSchoolScreens(dash: DashboardPage, id: string, row: RowFigures): Promise<void> {
  const { page } = dash;
  const back = () => dash.open(ctx.relay.url);
  // Asesoría: month, hours and deliverables (SD-2).
  await dash.tap(id, 'dash-hours', 'asesoria');
  const asesoria = await readAsesoria(page);
  expect(`mes ${row['dash-month']}`, id).toBe(asesoria.month);
  expect(number(row['dash-hours']!), id).toBeCloseTo(hoursOf(asesoria.used), 1);
  expect(row['dash-hours'], id).toMatch(new RegExp(` de ${number(asesoria.contracted)} h$`));
  const late = asesoria.late > 0 ? ` · ${asesoria.late} atrasados` : '';
  expect(row['dash-deliverables'], id).toBe(`${asesoria.delivered} entregados${late}`);
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
  const acta = await readActaState(page);
  expect(row['dash-acta'], id).toBe({ firmada: 'Firmada', pendiente: 'Firma pendiente', 'sin-acta': 'Sin acta' }[acta]);
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
});
