// sostenedor.dashboard.ms: 100 schools stored locally, each with a full year of data — the portfolio
// bench's profile and asesoría (24 sessions), a PME of 40 actions (bench/pmeData.ts) and a monitoring
// year of 4 cortes with a record per action and corte and the indicators measured (bench/monitoringReport.ts).
// Written on the relay, synced into Chromium's IndexedDB by the app itself (which derives the digests);
// then the Panel de establecimientos is reloaded (shell from the service worker, data from IndexedDB)
// and we read the time from the app's first line of script ('app-start') to the dashboard's rows shown
// ('dashboard-ready'). Median of 5 reloads. Real browser: Debian's Chromium, headless.
import * as Y from 'yjs';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { NodeSyncClient, waitFor } from '../tests/support/nodeClient.ts';
import { disposeRelay } from '../tests/support/relayControl.ts';
import { launchBrowser, newContext, signIn, waitForServiceWorker } from '../tests/support/browser.ts';
import { docName, toSchoolId } from '../src/domain/wire/documentNames.ts';
import { createEntry } from '../src/data/docs/pme/entries.ts';
import { setAnnualSettings } from '../src/data/docs/pme/annual.ts';
import { setCycleStartYear, setVision } from '../src/data/docs/pme/strategic.ts';
import { putCycle } from '../src/data/docs/monitoring/cycles.ts';
import { putRecord } from '../src/data/docs/monitoring/records.ts';
import { putMeasurement } from '../src/data/docs/monitoring/measurements.ts';
import { localIsoDate } from '../src/domain/shared/localDates.ts';
import { buildMonitoringData } from './monitoringReport.ts';
import { seedSchool } from './portfolio.ts';
import type { BenchResult } from './types.ts';

const SCHOOLS = 100;
const RUNS = 5;
/** Page loads on a shared 2-core machine: the first one precaches the app, later ones may queue for CPU. */
const LOAD_TIMEOUT = 120_000;

/** The PME and monitoring documents of one school, built once and copied into every school. */
function yearTemplates(): { pme: Uint8Array; monitoring: Uint8Array } {
  const { pme: plan, cycles, records, measurements } = buildMonitoringData();
  const pme = new Y.Doc();
  setCycleStartYear(pme, plan.cycle.startYear, 'bench');
  setVision(pme, plan.vision, 'bench');
  for (const a of plan.annual) setAnnualSettings(pme, a, 'bench');
  let order = 0;
  for (const o of plan.objectives) createEntry(pme, 'objective', o.id, o, 'bench', order++);
  for (const g of plan.goals) createEntry(pme, 'goal', g.id, g, 'bench', order++);
  for (const s of plan.strategies) createEntry(pme, 'strategy', s.id, s, 'bench', order++);
  for (const a of plan.actions) createEntry(pme, 'action', a.id, a, 'bench', order++);
  const mon = new Y.Doc();
  for (const c of cycles) putCycle(mon, c, 'bench');
  for (const r of records) {
    const who = { userId: 'u-utp', name: r.recordedBy };
    putRecord(
      mon,
      who,
      r.actionId,
      r.cycleId,
      { level: r.level, progress: r.progress, executed: r.executed },
      r.recordedAt,
      'bench',
    );
  }
  for (const m of measurements) putMeasurement(mon, m, 'bench');
  return { pme: Y.encodeStateAsUpdate(pme), monitoring: Y.encodeStateAsUpdate(mon) };
}

async function seedYear(relay: RelayProcess, rbds: number[]): Promise<void> {
  const today = localIsoDate();
  const templates = yearTemplates();
  const { token } = await relay.login('bench', 'benchmark-pass');
  const client = new NodeSyncClient(relay.wsUrl, token);
  for (const rbd of rbds) {
    const id = toSchoolId(rbd);
    seedSchool(client.open(docName(id, 'profile')).doc, client.open(docName(id, 'programme')).doc, rbd, today);
    Y.applyUpdate(client.open(docName(id, 'pme')).doc, templates.pme, 'bench');
    Y.applyUpdate(client.open(docName(id, 'monitoring')).doc, templates.monitoring, 'bench');
  }
  await waitFor(() => client.isSettled(), 300_000, 'seed stored');
  client.destroy();
}

export async function benchSostenedorDashboard(): Promise<BenchResult[]> {
  const rbds = Array.from({ length: SCHOOLS }, (_, i) => 30_000 + i);
  const relay = await RelayProcess.create();
  await relay.addUser('bench', 'coordinador', 'benchmark-pass', rbds.map(String));
  await relay.start();
  const browser = await launchBrowser();
  try {
    await seedYear(relay, rbds);
    const page = await (await newContext(browser)).newPage();
    // The service worker installs before sign-in: afterwards the device opens 500 documents at once.
    await page.goto(`${relay.url}/#/escuelas`, { timeout: LOAD_TIMEOUT });
    await waitForServiceWorker(page, 120_000);
    await signIn(page, relay.url, 'bench', 'benchmark-pass');
    await page.goto(`${relay.url}/#/panel`, { timeout: LOAD_TIMEOUT });
    const figures = page.getByTestId('dash-table').getByTestId('dash-corte');
    await waitFor(async () => (await figures.count()) === SCHOOLS, 900_000, 'every school synced with its figures');
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.reload({ timeout: LOAD_TIMEOUT });
      await waitFor(async () => (await figures.count()) === SCHOOLS, 60_000, 'dashboard after reload');
      const ms = await page.evaluate(() => {
        const [start] = performance.getEntriesByName('app-start');
        const [ready] = performance.getEntriesByName('dashboard-ready');
        return start && ready ? ready.startTime - start.startTime : Number.NaN;
      });
      if (!Number.isFinite(ms)) throw new Error('dashboard marks missing');
      samples.push(ms);
    }
    if (process.env.BENCH_PROFILE) console.error(JSON.stringify({ samples }));
    samples.sort((a, b) => a - b);
    return [{ id: 'sostenedor.dashboard.ms', value: Math.round(samples[Math.floor(samples.length / 2)]!), unit: 'ms' }];
  } finally {
    await browser.close();
    await disposeRelay(relay);
  }
}
