// D-1 end to end: a tablet in Chile (Chromium with timezoneId America/Santiago) whose clock reads
// 21:30 local time — already the next day in UTC — signs the Acta de Verificación. The screen and
// the acta's PDF (read with pdftotext) show the local date: "Firmado el" and the Versión Final's
// date (stored as a UTC instant of the same evening) are today's, not UTC's tomorrow.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { drawSignature } from '../support/surveyAndSignature.ts';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';
import { SCHOOL_7423, UI_TIMEOUT, signIn } from '../support/browser.ts';
import { docName, toSchoolId } from '../../src/domain/wire/documentNames.ts';
import { writeProfile } from '../../src/data/docs/profile/fields.ts';
import { seedOtherAreas } from '../support/pmeAreas.ts';
import { createEntry } from '../../src/data/docs/pme/entries.ts';
import { markVersion } from '../../src/data/docs/pme/versions.ts';
import { readPme } from '../../src/data/docs/pme/read.ts';
import { setAnnualSettings } from '../../src/data/docs/pme/annual.ts';
import { setCycleStartYear } from '../../src/data/docs/pme/strategic.ts';
import { formatIsoDate, localIsoDate, localTime } from '../../src/domain/shared/localDates.ts';
import { pdfText } from '../support/pdfText.ts';

const OUT_DIR = join(process.cwd(), 'test-artifacts', 'local-dates');
const ZONE = 'America/Santiago';
const ANA = 'clave-ana-2026';
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: ANA, schools: ['7423'] }]);

/** 21:30 in Santiago on today's Santiago date (UTC−3 in summer, UTC−4 in winter). */
function tonightAt2130(): Date {
  const today = localIsoDate(new Date(), ZONE);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  for (const offset of [3, 4]) {
    const at = new Date(Date.UTC(y, m - 1, d, 21 + offset, 30));
    if (localIsoDate(at, ZONE) === today && localTime(at, ZONE) === '21:30') return at;
  }
  throw new Error(`no 21:30 in ${ZONE} on ${today}`);
}

async function seed(token: string, year: number, finalAt: string): Promise<void> {
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
  setCycleStartYear(pme, year, 's');
  setAnnualSettings(
    pme,
    { year, schoolYear: { start: `${year}-03-01`, end: `${year}-12-20` }, declaredSep: 5_000_000 as never },
    's',
  );
  createEntry(
    pme,
    'objective',
    'o1',
    { dimension: 'GP', text: 'Mejorar la lectura de los estudiantes al término del ciclo', priorityIds: [] },
    's',
    1,
  );
  createEntry(pme, 'strategy', 's1', { objectiveId: 'o1', text: 'Acompañamiento docente' }, 's', 2);
  const targets = [0, 1, 2, 3].map((i) => ({ year: year + i, value: 100 }));
  createEntry(
    pme,
    'goal',
    'g1',
    {
      objectiveId: 'o1',
      text: 'Comprensión lectora',
      indicator: { name: 'Comprensión lectora', unit: '%', min: 0, max: 100 },
      baseline: { value: 50, year: year - 1, source: 'Diagnóstico' },
      targets,
    },
    's',
    4,
  );
  createEntry(
    pme,
    'action',
    'a1',
    {
      strategyId: 's1',
      year,
      nombre: 'Acompañamiento al aula',
      descripcion: '',
      dimension: 'GP',
      subdimensiones: ['GP-2'],
      fechaInicio: `${year}-03-02`,
      fechaTermino: `${year}-12-15`,
      responsable: 'Jefe/a UTP',
      recursos: '',
      mediosVerificacion: ['Actas'],
      usoTIC: false,
      asesoriaATE: true,
      planesNormativos: [],
      programaAsociado: '',
      financiamiento: { sep: 1_000_000, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
    },
    's',
    3,
  );
  seedOtherAreas(pme, year);
  markVersion(
    pme,
    { id: 'v1', kind: 'final', plan: readPme(pme, '7423', year).plan, createdAt: finalAt, createdBy: 'Ana' },
    's',
  );
  await waitFor(() => client.isSettled(), 30_000, 'seed stored');
  client.destroy();
}

async function chileanTablet(at: Date): Promise<Page> {
  const context = await ctx.browser.newContext({ locale: 'es-CL', serviceWorkers: 'allow', timezoneId: ZONE });
  context.setDefaultTimeout(UI_TIMEOUT);
  await context.clock.install({ time: at });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && ctx.logs.push(`[tablet] ${m.text()}`));
  page.on('pageerror', (e) => ctx.logs.push(`[tablet] pageerror ${e.message}`));
  return page;
}

describe('D-1 dates are the school’s dates', () => {
  it('D-1 an acta signed at 21:30 in Santiago reads "Firmado el" with the local date, on screen and in its PDF', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-3000)}`),
    );
    await mkdir(OUT_DIR, { recursive: true });
    const at = tonightAt2130();
    const local = formatIsoDate(localIsoDate(at, ZONE));
    const utc = formatIsoDate(localIsoDate(at, 'UTC'));
    expect(utc, 'the instant must fall on the next day in UTC, or this test proves nothing').not.toBe(local);
    const year = Number(localIsoDate(at, ZONE).slice(0, 4));
    const { token } = await ctx.relay.login('ana', ANA);
    await seed(token, year, at.toISOString());

    const page = await chileanTablet(at);
    expect(
      await page.evaluate(() => [
        Intl.DateTimeFormat().resolvedOptions().timeZone,
        new Date().getHours(),
        new Date().getMinutes(),
      ]),
    ).toEqual([ZONE, 21, 30]);
    await signIn(page, ctx.relay.url, 'ana', ANA);
    await page.goto(`${ctx.relay.url}/#/escuelas/7423/evaluacion`);
    await page.getByTestId('eval-tab-verificacion').click();
    await page.getByTestId('create-acta').click();
    await page.getByTestId('acta-item-0-medios').selectOption('en-papel');
    await page.getByTestId('acta-item-0-result').selectOption('verificada');
    await page.getByTestId('sign-director-name').fill('María Soto');
    await page.getByTestId('sign-director').click();
    await page.getByTestId('confirm-sign-confirm').click();
    await drawSignature(page, 0);
    await page.getByTestId('acta-frozen').waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId('sign-asesor-name').fill('Ana Rojas');
    await page.getByTestId('sign-asesor').click();
    await page.getByTestId('confirm-sign-confirm').click();
    await drawSignature(page, 1);
    await page.getByTestId('acta-signed').waitFor({ timeout: UI_TIMEOUT });

    // The screen: the acta's date and each signature's time are local.
    const heading = await page.getByTestId('acta').locator('h3').textContent();
    expect(heading).toContain(local);
    const signatures = (await page.getByTestId('acta-signatures').textContent()) ?? '';
    expect(signatures).toMatch(new RegExp(`María Soto · ${local} 21:3\\d`));
    expect(signatures).toMatch(new RegExp(`Ana Rojas · ${local} 21:3\\d`));
    expect(signatures).not.toContain(utc);
    await page.screenshot({ path: join(OUT_DIR, 'acta.png'), fullPage: true });

    // The PDF: "Firmado el" and the Versión Final's date.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('acta-pdf').click(),
    ]);
    const file = join(OUT_DIR, 'acta-verificacion.pdf');
    await download.saveAs(file);
    const text = (await pdfText(file)).replace(/\s+/g, ' ');
    await writeFile(join(OUT_DIR, 'acta-verificacion.txt'), text);
    expect(text).toContain(SCHOOL_7423.name);
    expect(text.match(new RegExp(`Firmado el ${local}`, 'g')) ?? []).toHaveLength(2);
    expect(text).toContain(`Versión Final, ${local}`);
    expect(text).not.toContain(utc);
  });
});
