// S-19, S-20, S-21 end to end, the story of issue 12: an asesora and the school's director register
// the same school (RBD 484-7, Escuela de Maitencillo, Freirina) offline on two devices, each typing
// some fields differently and some the other leaves empty. After both sync, every field has one
// value on both devices: no joined text, nothing typed is wiped, and each field typed differently is
// shown with both values; one tap chooses, and both devices show the choice and no conflict.
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import {
  createSchool,
  openLoggedPage,
  openSchool,
  pollUntil,
  signIn,
  waitForSync,
  waitForValue,
  type NewSchool,
} from '../support/browser.ts';

const ctx = useRelayAndBrowser([
  { username: 'ana', role: 'asesor', password: 'clave-ana-2026' },
  { username: 'dir484', role: 'escuela', password: 'clave-dir-2026', schools: ['484'] },
]);

// From the official directory (directorio_oficial_ee_2025.csv): 484-7, Atacama, Freirina, SLEP, rural.
const BASE: NewSchool = {
  rbd: '484',
  dv: '7',
  name: '',
  regionCode: '03',
  comunaCode: '03303',
  dependencia: '6',
  niveles: ['Educación básica'],
};

interface Typed {
  name: string;
  director: string;
  notes: string;
  prioritariosPct?: string;
  categoria?: string;
  categoriaYear?: string;
  contactEmail?: string;
  contactPhone?: string;
  matricula?: string;
}

const ANA: Typed = {
  name: 'Escuela de Maitencillo',
  director: 'Juan Araya',
  notes: 'Visita de la asesora: faltan datos de matrícula.',
  prioritariosPct: '72,5',
  contactPhone: '+56 9 8765 4321',
};
const DIR: Typed = {
  name: 'Escuela Básica de Maitencillo',
  director: 'Juan Araya Rojas',
  notes: 'Escuela con internado.',
  categoria: 'medio',
  categoriaYear: '2024',
  contactEmail: 'direccion@maitencillo.cl',
  matricula: '72',
};

async function register(page: Page, typed: Typed): Promise<void> {
  await createSchool(page, {
    ...BASE,
    name: typed.name,
    director: typed.director,
    notes: typed.notes,
    matricula: typed.matricula,
  });
  // Fields the form has no helper for, typed on the school's page (saved as typed).
  if (typed.prioritariosPct) await page.locator('#school-prioritariosPct').fill(typed.prioritariosPct);
  if (typed.categoria) await page.locator('#school-categoria').selectOption(typed.categoria);
  if (typed.categoriaYear) await page.locator('#school-categoriaYear').fill(typed.categoriaYear);
  if (typed.contactEmail) await page.locator('#school-contactEmail').fill(typed.contactEmail);
  if (typed.contactPhone) await page.locator('#school-contactPhone').fill(typed.contactPhone);
  await page.locator('#school-ruralidad').selectOption('rural');
}

/** The school form's values (a decimal comma as typed reads as the stored point). */
const values = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [
        'name',
        'director',
        'notes',
        'prioritariosPct',
        'categoria',
        'categoriaYear',
        'contactEmail',
        'contactPhone',
        'matricula',
        'ruralidad',
      ].map((f) => [
        f,
        f === 'prioritariosPct'
          ? ((document.querySelector(`#school-${f}`) as HTMLInputElement | null)?.value ?? '').replace(',', '.')
          : ((document.querySelector(`#school-${f}`) as HTMLInputElement | null)?.value ?? null),
      ]),
    ),
  );

const conflictFields = (page: Page) =>
  page.getByTestId('conflict').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')).sort());

describe('create-merge end to end (S-19, S-20, S-21)', () => {
  it('two devices register RBD 484 offline: one value per field, nothing joined or wiped, conflicts chosen with one tap', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const ana = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await signIn(ana, ctx.relay.url, 'ana', 'clave-ana-2026');
    const dir = await openLoggedPage(ctx.browser, 'dir484', ctx.logs);
    await signIn(dir, ctx.relay.url, 'dir484', 'clave-dir-2026');
    // The director's list shows the granted RBD from the relay, with no profile there yet.
    await dir.getByText('aún sin ficha en el servidor').waitFor();

    await ctx.relay.stop();
    await waitForSync(ana, 'sin-conexion');
    await waitForSync(dir, 'sin-conexion');
    await register(ana, ANA);
    await register(dir, DIR);
    await waitForValue(ana, '#school-contactPhone', ANA.contactPhone!);
    await waitForValue(dir, '#school-contactEmail', DIR.contactEmail!);

    await ctx.relay.start();
    // Both devices converge on the same values, with the three fields typed differently in conflict.
    const expectedConflicts = ['director', 'name', 'notes'];
    for (const page of [ana, dir]) {
      await pollUntil(
        () => conflictFields(page),
        (f) => JSON.stringify(f) === JSON.stringify(expectedConflicts),
        60_000,
        'three conflicts',
      );
    }
    const seenAna = await pollUntil(
      () => values(ana),
      (v) => v.categoria === 'medio' && v.prioritariosPct === '72.5',
      30_000,
      'merged fields on ana',
    );
    const seenDir = await pollUntil(
      () => values(dir),
      (v) => JSON.stringify(v) === JSON.stringify(seenAna),
      30_000,
      'the same fields on dir',
    );
    expect(seenDir).toEqual(seenAna);
    expect([ANA.name, DIR.name]).toContain(seenAna.name);
    expect([ANA.director, DIR.director]).toContain(seenAna.director);
    expect([ANA.notes, DIR.notes]).toContain(seenAna.notes);
    expect(seenAna).toMatchObject({
      prioritariosPct: '72.5',
      categoria: 'medio',
      categoriaYear: '2024',
      contactEmail: DIR.contactEmail,
      contactPhone: ANA.contactPhone,
      matricula: '72',
      ruralidad: 'rural',
    });

    // Each conflict shows both values, on both devices.
    for (const page of [ana, dir]) {
      for (const [field, pair] of Object.entries({
        name: [ANA.name, DIR.name],
        director: [ANA.director, DIR.director],
        notes: [ANA.notes, DIR.notes],
      })) {
        const item = page.locator(`[data-testid="conflict"][data-field="${field}"]`);
        const shown = [
          await item.getByTestId('conflict-kept').locator('.value').innerText(),
          await item.getByTestId('conflict-other').locator('.value').innerText(),
        ];
        expect([...shown].sort()).toEqual([...pair].sort());
        expect(shown[0]).toBe(seenAna[field]);
      }
    }

    // The school list marks the school while values wait to be chosen.
    await ana.evaluate(() => (window.location.hash = '#/escuelas'));
    await ana.getByTestId('school-conflicts').getByText('3 valores por elegir').waitFor();
    await openSchool(ana, '484');

    // ana keeps the director's school name (one tap); dir keeps what is shown for the other two.
    await ana
      .locator('[data-testid="conflict"][data-field="name"]')
      .locator('[data-testid="conflict-other"] button')
      .click();
    const chosenName = seenAna.name === ANA.name ? DIR.name : ANA.name;
    await dir
      .locator('[data-testid="conflict"][data-field="director"]')
      .locator('[data-testid="conflict-kept"] button')
      .click();
    await dir
      .locator('[data-testid="conflict"][data-field="notes"]')
      .locator('[data-testid="conflict-kept"] button')
      .click();
    for (const page of [ana, dir]) {
      await waitForValue(page, '#school-name', chosenName, 30_000);
      await pollUntil(
        () => page.getByTestId('conflict').count(),
        (n) => n === 0,
        30_000,
        'no conflict left',
      );
      expect(await page.getByTestId('conflicts').count()).toBe(0);
      const final = await values(page);
      expect(final).toMatchObject({ ...seenAna, name: chosenName });
    }
    await ana.evaluate(() => (window.location.hash = '#/escuelas'));
    await ana.getByTestId('school-list').waitFor();
    await pollUntil(
      () => ana.getByTestId('school-conflicts').count(),
      (n) => n === 0,
      30_000,
      'no mark in the list',
    );
    await waitForSync(ana, 'al-dia', 30_000);
  });
});
