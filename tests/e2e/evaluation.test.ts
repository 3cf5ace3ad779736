// Evaluation, verification and close, end to end. A school's PME (3 actions, 2 metas, Borrador and
// Versión Final), monitoring (a corte with records and final indicator values) and asesoría are on
// the relay. The advisor records 3 decisions; the participatory evaluation is answered by 8 people on
// two offline tablets; after sync the analysis shows the expected achievement; the Acta de
// Verificación is signed by the director and the advisor, each after a confirmation, and from the
// first signature shows its content as text with the reason (also after a reload); the final dossier
// ZIP holds every deliverable, each PDF naming the school and printing the sostenedor's RUT typed on
// the profile screen (IDN-3); the asesoría is closed through its confirmation and its sistematización
// becomes read-only.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { drawSignature, respondInKiosk } from '../support/surveyAndSignature.ts';
import { SCHOOL_7423, UI_TIMEOUT, waitForServiceWorker, waitForValue } from '../support/browser.ts';
import { KioskPage } from './pages/KioskPage.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';
import { SyncStatus } from './pages/SyncStatus.ts';
import { seedRichSchool } from '../support/seedSchool.ts';
import { pdfText } from '../support/pdfText.ts';

const OUT_DIR = join(process.cwd(), 'test-artifacts', 'evaluation');
const ANA = 'clave-ana-2026';
const EXIT_CODE = '2468';
const YEAR = new Date().getFullYear();
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: ANA, schools: ['7423'] }]);

const EXTRA_STRATEGIES = 4;
const SOSTENEDOR_RUT_TYPED = '62000660';
const SOSTENEDOR_RUT_SHOWN = '62.000.660-2';
/** "RUT del sostenedor 62.000.660-2" in a table, "RUT del sostenedor: 62.000.660-2" on a cover (IDN-1). */
const RUT_ROW = /RUT del sostenedor:? 62\.000\.660-2/;
/**
 * The school of seedRichSchool with one corte over the whole year (closed in October, with both goals
 * measured), 3 docentes who answered "A veces" everywhere, no prioritisation, and the session's
 * agreement done. (seedOtherAreas creates its objectives last, so the decision rows list s1 first and
 * the actions after these EXTRA_STRATEGIES.)
 */
async function seed(token: string): Promise<void> {
  await seedRichSchool(ctx.relay.wsUrl, token, YEAR, {
    cycles: (year) => [{ id: 'c1', year, name: 'Corte 1', start: `${year}-01-01`, end: `${year}-12-31` }],
    recordedAt: (year) => `${year}-10-01T10:00:00Z`,
    closedAt: (year) => `${year}-10-20T12:00:00Z`,
    measurements: (year) => [
      {
        id: 'm1',
        goalId: 'g1',
        value: 75,
        date: `${year}-10-15`,
        source: 'Prueba interna',
        cycleId: 'c1',
        recordedBy: 'Ana',
      },
      { id: 'm2', goalId: 'g2', value: 8, date: `${year}-10-15`, source: 'SIGE', cycleId: 'c1', recordedBy: 'Ana' },
    ],
    diagnosisResponses: 3,
    diagnosisAnswer: () => 2,
    withPrioritisation: false,
    agreementDoneAt: (year) => `${year}-03-18`,
  });
}

async function kiosk(page: Page, option: RegExp, respondents: number) {
  await new SchoolPage(page, ctx.relay.url, '7423').goto('evaluacion/kiosco/docentes');
  const kioskPage = new KioskPage(page);
  await kioskPage.startWith(EXIT_CODE);
  for (let i = 0; i < respondents; i++) {
    await respondInKiosk(page, option);
    await kioskPage.nextRespondent();
  }
  await kioskPage.exitWith(EXIT_CODE);
}

describe('evaluation and close', () => {
  it('decides, evaluates with 8 respondents on two offline tablets, analyses, signs the acta and builds the dossier', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-3000)}`),
    );
    await mkdir(OUT_DIR, { recursive: true });
    const { token } = await ctx.relay.login('ana', ANA);
    await seed(token);

    const a = await openSignedIn(ctx, 'tablet-a', 'ana', ANA);
    await waitForServiceWorker(a);
    const schoolA = new SchoolPage(a, ctx.relay.url, '7423');
    // IDN-3: the sostenedor's RUT typed on the profile screen (digits only) is shown with its check
    // digit, and every PDF of the dossier prints it so in the school's identification.
    await schoolA.open();
    await a.locator('#school-sostenedorRut').fill(SOSTENEDOR_RUT_TYPED);
    await a.locator('#school-sostenedorRut').blur();
    await a.reload();
    await waitForValue(a, '#school-sostenedorRut', SOSTENEDOR_RUT_SHOWN);
    await schoolA.goto('evaluacion');
    await a.getByTestId('decision-row-3').waitFor({ timeout: 30_000 });

    // Three decisions: the strategy and two actions.
    const decide = async (row: number, kind: string, rationale: string) => {
      await a.getByTestId(`decide-${row}`).click();
      const form = a.getByTestId(`decision-form-${row}`);
      await form.getByTestId(`decision-form-${row}-${kind}`).check();
      await form.getByTestId(`decision-form-${row}-rationale`).fill(rationale);
      await form.getByTestId(`decision-form-${row}-save`).click();
      await expect
        .poll(() => a.getByTestId(`decision-current-${row}`).textContent(), { timeout: UI_TIMEOUT })
        .toContain(rationale);
    };
    await decide(0, 'continuar', 'La estrategia muestra avance sostenido en los cortes');
    await decide(1 + EXTRA_STRATEGIES, 'continuar', 'Implementación completa con evidencias');
    await decide(3 + EXTRA_STRATEGIES, 'ajustar', 'Avance parcial: falta convocar a los apoderados');
    expect(await a.getByTestId('proposals').textContent()).toContain('Consejo escolar ampliado');
    // The adjustment shows up in next year's annual plan of the PME.
    await schoolA.goto('pme');
    await a.getByTestId('tab-anual').click();
    await a.getByTestId('pme-year').selectOption(String(YEAR + 1));
    await expect
      .poll(() => a.getByTestId('pme-proposals').textContent(), { timeout: UI_TIMEOUT })
      .toContain('Ajustar la acción «Consejo escolar ampliado»');
    await schoolA.goto('evaluacion');
    await a.getByTestId('decision-row-3').waitFor({ timeout: UI_TIMEOUT });

    const b = await openSignedIn(ctx, 'tablet-b', 'ana', ANA);
    await waitForServiceWorker(b);
    await new SchoolPage(b, ctx.relay.url, '7423').goto('evaluacion');
    await b.getByTestId('decision-row-3').waitFor({ timeout: 30_000 });
    await new SyncStatus(a).waitUntilUpToDate(30_000);
    await new SyncStatus(b).waitUntilUpToDate(30_000);

    // The participatory evaluation, on two tablets, offline.
    await ctx.relay.stop();
    await kiosk(a, /^Siempre/, 4);
    await kiosk(b, /^A veces/, 4);
    await ctx.relay.start();
    for (const p of [a, b]) {
      await new SyncStatus(p).waitUntilUpToDate(30_000);
      await p.getByTestId('eval-tab-participativa').click();
      await expect
        .poll(() => p.getByTestId('evaluation-responses-docentes').textContent(), { timeout: 30_000 })
        .toBe('8');
    }

    // The analysis: goal 1 covered half the distance, goal 2 (lower is better) beyond its target.
    await a.getByTestId('eval-tab-analisis').click();
    const goal = (id: string) => a.getByTestId('goal-achievement').locator(`tr[data-row-key="${id}"]`);
    await expect
      .poll(() => goal('g1').locator('.goal-covered').textContent(), { timeout: UI_TIMEOUT })
      .toBe('50,0\u00a0%');
    expect(await goal('g1').locator('.status').textContent()).toBe('Parcialmente logrado');
    expect(await goal('g2').locator('.goal-covered').textContent()).toBe('120,0\u00a0%');
    expect(await goal('g2').locator('.status').textContent()).toBe('Logrado');
    expect(await a.getByTestId('compliance-total').textContent()).toContain('Acciones cumplidas1 de 3');

    await a.screenshot({ path: join(OUT_DIR, 'analisis.png'), fullPage: true });
    // The Acta de Verificación, signed by two.
    await a.getByTestId('eval-tab-verificacion').click();
    await a.getByTestId('create-acta').click();
    for (const i of [0, 1, 2]) {
      await a.getByTestId(`acta-item-${i}-medios`).selectOption('en-papel');
      await a.getByTestId(`acta-item-${i}-result`).selectOption(i === 2 ? 'parcial' : 'verificada');
    }
    // signing asks first, showing what the signature fixes and who signs.
    await a.getByTestId('sign-director-name').fill('María Soto');
    await a.getByTestId('sign-director').click();
    const signDialog = a.getByRole('dialog', { name: '¿Firmar el acta como Director/a?' });
    await signDialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await signDialog.textContent()).toContain('Es la primera firma: el contenido del acta queda fijo');
    expect(await a.getByTestId('confirm-sign-items').locator('li').count()).toBe(3);
    expect(await a.getByTestId('confirm-sign-signatories').textContent()).toContain('Director/a y Asesor/a ATE');
    await a.getByTestId('confirm-sign-confirm').click();
    await drawSignature(a, 0);
    await a.getByTestId('acta-frozen').waitFor({ timeout: UI_TIMEOUT });
    await a.getByTestId('sign-asesor-name').fill('Ana Rojas');
    await a.getByTestId('sign-asesor').click();
    await a.getByTestId('confirm-sign-confirm').click();
    await drawSignature(a, 1);
    await a.getByTestId('acta-signed').waitFor({ timeout: UI_TIMEOUT });
    expect(await a.getByTestId('acta-signatures').locator('li').count()).toBe(2);
    const hash = await a.getByTestId('acta-hash').textContent();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Frozen looks frozen: text with the reason, no field to type into, the same after a reload.
    const frozenActa = async () => {
      await expect
        .poll(() => a.getByTestId('acta-frozen').textContent(), { timeout: UI_TIMEOUT })
        .toMatch(
          /Firmada el \d{2}-\d{2}-\d{4} \d{2}:\d{2} por María Soto: el contenido no se puede modificar; para corregir cree una\s+corrección/,
        );
      expect(await a.getByTestId('acta').locator('table select, table input, table textarea').count()).toBe(0);
      expect(await a.getByTestId('acta-item-0-result').textContent()).toBe('Verificada');
      expect(await a.getByTestId('acta-item-2-result').textContent()).toBe('Verificada parcialmente');
      expect(await a.getByTestId('acta-item-0-medios').textContent()).toBe('Sí, en papel');
      await expect(a.getByTestId('acta-item-0-observations').fill('cambio', { timeout: 2_000 })).rejects.toThrow();
      expect(await a.getByTestId('acta-hash').textContent()).toBe(hash);
    };
    await frozenActa();
    await a.reload();
    await a.getByTestId('eval-tab-verificacion').click();
    await frozenActa();

    await a.screenshot({ path: join(OUT_DIR, 'acta.png'), fullPage: true });
    // The final dossier.
    const [download] = await Promise.all([
      a.waitForEvent('download', { timeout: 60_000 }),
      a.getByTestId('dossier-zip').click(),
    ]);
    const zipPath = join(OUT_DIR, 'dossier.zip');
    await download.saveAs(zipPath);
    const files = unzipSync(new Uint8Array(await readFile(zipPath)));
    const names = Object.keys(files).filter((n) => !n.endsWith('/'));
    const has = (re: RegExp) =>
      expect(
        names.some((n) => re.test(n)),
        `${re} in ${names.join(', ')}`,
      ).toBe(true);
    for (const re of [
      /informe-diagnostico/,
      /borrador/,
      /version-final/,
      /herramientas/,
      /informe-monitoreo/,
      /informe-evaluacion/,
      /acta-verificacion/,
      /actas-sesiones\//,
      /horas/,
      /\.csv$/,
      /\.xlsx$/,
    ])
      has(re);
    const pdfs = names.filter((n) => n.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(9);
    expect(strFromU8(files[names.find((n) => n.endsWith('LEEME.txt'))!]!)).toContain(SCHOOL_7423.name);
    for (const name of pdfs) {
      const file = join(OUT_DIR, name.replace(/\//g, '__'));
      await writeFile(file, files[name]!);
      const text = (await pdfText(file)).replace(/\s+/g, ' ');
      expect(text, name).toContain(SCHOOL_7423.name);
      expect(text, name).toMatch(RUT_ROW);
    }
    for (const re of [/borrador/, /version-final/, /acta-verificacion/])
      expect(pdfs.filter((n) => re.test(n)).length, `${re} among the PDFs checked for the RUT`).toBe(1);
    expect(strFromU8(files[names.find((n) => /acta-verificacion/.test(n))!]!.slice(0, 5))).toBe('%PDF-');

    // CL-4: closing the asesoría shows the hours and the pending deliverables first; afterwards the
    // sistematización is text, not fields, also after a reload.
    await a.getByTestId('eval-tab-cierre').click();
    await a.getByTestId('close-lecciones').fill('Monitorear cada mes con el equipo de gestión.');
    await a.getByTestId('close-asesoria').click();
    const closeDialog = a.getByTestId('confirm-close-asesoria');
    await closeDialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await a.getByTestId('confirm-close-asesoria-summary').textContent()).toMatch(/Horas realizadas: .+ de 80/);
    expect(await a.getByTestId('confirm-close-asesoria-pending').textContent()).toContain('Sin marcar como entregados');
    await a.keyboard.press('Escape');
    await expect.poll(() => closeDialog.count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await a.getByTestId('closed').count()).toBe(0);
    await a.getByTestId('close-asesoria').click();
    await a.getByTestId('confirm-close-asesoria-confirm').dblclick();
    await a.getByTestId('closed').waitFor({ timeout: UI_TIMEOUT });
    const frozenClose = async () => {
      await expect
        .poll(() => a.getByTestId('close-frozen').textContent(), { timeout: UI_TIMEOUT })
        .toMatch(/Asesoría cerrada el .+ por .+: la sistematización no se puede modificar/);
      expect(await a.getByTestId('close-lecciones').textContent()).toBe(
        'Monitorear cada mes con el equipo de gestión.',
      );
      await expect(a.getByTestId('close-lecciones').fill('otra cosa', { timeout: 2_000 })).rejects.toThrow();
      expect(await a.getByTestId('close-asesoria').count()).toBe(0);
    };
    await frozenClose();
    await a.reload();
    await a.getByTestId('eval-tab-cierre').click();
    await frozenClose();
  });
});
