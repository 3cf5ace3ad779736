// portfolio.interactive.ms: an advisor with 60 schools stored locally, each with an open asesoría
// (8-month plan, 24 sessions with agreements, deliverable states). The data is written on the relay,
// synced once into Chromium's IndexedDB by the app itself; then the page is reloaded (shell from the
// service worker, data from IndexedDB) and we read the time from the app's first line of script
// ('app-start' mark) to the school list shown with every school's figures ('portfolio-ready').
// Median of 5 reloads. Real browser: Debian's Chromium, headless.
import * as Y from 'yjs';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { NodeSyncClient, waitFor } from '../tests/support/nodeClient.ts';
import { disposeRelay } from '../tests/support/relayControl.ts';
import { launchBrowser, newContext, signIn, waitForServiceWorker } from '../tests/support/browser.ts';
import { docName, toSchoolId } from '../src/domain/wire/documentNames.ts';
import { computeRbdCheckDigit } from '../src/domain/schools/rbd.ts';
import { writeProfile } from '../src/data/docs/profile/fields.ts';
import { createSession, putAgreement } from '../src/data/docs/programme/sessionWrite.ts';
import { openEngagement } from '../src/data/docs/programme/engagement.ts';
import { setDeliverableState } from '../src/data/docs/programme/deliverables.ts';
import { layoutProgramme } from '../src/domain/programme/index.ts';
import { addDays } from '../src/domain/programme/dates.ts';
import { localIsoDate } from '../src/domain/shared/localDates.ts';
import type { BenchResult } from './types.ts';

const SCHOOLS = 60;
const SESSIONS = 24;
const RUNS = 5;

/** One school as the portfolio and cold-start benches use it: a profile and an 8-month programme. */
export function seedSchool(profile: Y.Doc, programme: Y.Doc, rbd: number, today: string): void {
  writeProfile(
    profile,
    {
      rbd,
      dv: computeRbdCheckDigit(rbd),
      name: `Escuela Bench ${rbd}`,
      regionCode: '10',
      comunaCode: '10307',
      dependencia: '2',
      niveles: ['basica'],
    } as never,
    'seed',
  );
  const start = addDays(today, -60 - (rbd % 30));
  openEngagement(
    programme,
    { startDate: start, hoursContracted: 80, months: 8, openedAt: `${start}T12:00:00Z`, openedBy: 'bench' },
    layoutProgramme(start, 8, 80),
    'seed',
  );
  for (let i = 0; i < SESSIONS; i++) {
    const id = `s${rbd}-${i}`;
    const date = addDays(start, i * 7);
    createSession(
      programme,
      id,
      {
        date,
        startTime: '09:00',
        endTime: '12:00',
        type: i % 3 === 0 ? 'taller' : 'visita',
        programmeMonth: Math.min(8, 1 + Math.floor(i / 3)),
      },
      `${date}T09:00:00Z`,
      'seed',
    );
    putAgreement(
      programme,
      id,
      `${id}-a`,
      {
        text: `Acuerdo ${i}`,
        responsible: 'UTP',
        dueDate: addDays(date, 14),
        done: i % 2 === 0,
        doneAt: i % 2 === 0 ? addDays(date, 10) : null,
      },
      'seed',
    );
  }
  setDeliverableState(
    programme,
    'informe-diagnostico',
    { status: 'entregado', deliveredOn: addDays(start, 25) },
    'seed',
  );
}

/** Stores a profile and a programme for each school on the relay, as the user `bench`. */
export async function seedSchools(relay: RelayProcess, rbds: number[]): Promise<void> {
  const today = localIsoDate();
  const { token } = await relay.login('bench', 'benchmark-pass');
  const client = new NodeSyncClient(relay.wsUrl, token);
  for (const rbd of rbds) {
    const id = toSchoolId(rbd);
    seedSchool(client.open(docName(id, 'profile')).doc, client.open(docName(id, 'programme')).doc, rbd, today);
  }
  await waitFor(() => client.isSettled(), 60_000, 'seed stored');
  client.destroy();
}

export async function benchPortfolio(): Promise<BenchResult[]> {
  const rbds = Array.from({ length: SCHOOLS }, (_, i) => 20_000 + i);
  const relay = await RelayProcess.create();
  await relay.addUser('bench', 'asesor', 'benchmark-pass', rbds.map(String));
  await relay.start();
  const browser = await launchBrowser();
  try {
    await seedSchools(relay, rbds);

    const page = await (await newContext(browser)).newPage();
    await signIn(page, relay.url, 'bench', 'benchmark-pass');
    await waitForServiceWorker(page);
    const figures = page.getByTestId('school-list').getByTestId('portfolio');
    await waitFor(async () => (await figures.count()) === SCHOOLS, 120_000, 'every school synced with its figures');

    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.reload();
      await waitFor(async () => (await figures.count()) === SCHOOLS, 30_000, 'portfolio after reload');
      const ms = await page.evaluate(() => {
        const [start] = performance.getEntriesByName('app-start');
        const [ready] = performance.getEntriesByName('portfolio-ready');
        return start && ready ? ready.startTime - start.startTime : Number.NaN;
      });
      if (!Number.isFinite(ms)) throw new Error('portfolio marks missing');
      samples.push(ms);
    }
    samples.sort((a, b) => a - b);
    return [
      { id: 'portfolio.interactive.ms', value: Math.round(samples[Math.floor(samples.length / 2)]!), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await disposeRelay(relay);
  }
}
