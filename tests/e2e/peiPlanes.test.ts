// PEI–planes articulation: the advisor records the PEI's sellos and which plans exist, rates how
// each plan serves each sello, and the gaps are listed; all of it offline and kept on reload.
import { describe, expect, it, onTestFailed } from 'vitest';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { SCHOOL_7423, UI_TIMEOUT, createSchool, waitForServiceWorker } from '../support/browser.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';

const PASSWORD = 'clave-ana-2026';
const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

describe('PEI–planes articulation', () => {
  it('lists the gaps between the sellos and the plans, offline', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    const page = await openSignedIn(ctx, 'ana', 'ana', PASSWORD);
    await waitForServiceWorker(page);
    await createSchool(page, SCHOOL_7423);
    await ctx.relay.stop();
    await new SchoolPage(page, ctx.relay.url, '7423').goto('diagnostico/pei');
    await page.getByLabel('Visión').fill('Ser una escuela rural inclusiva');
    for (const s of ['Inclusión', 'Vida saludable']) {
      await page.getByLabel('Nuevo sello').fill(s);
      await page.getByRole('button', { name: 'Agregar sello' }).click();
    }
    await page.getByLabel('Existe Plan de Gestión de la Convivencia Escolar').check();
    await page.getByLabel('Existe Plan de Apoyo a la Inclusión').check();
    await page.getByLabel('Inclusión – Plan de Apoyo a la Inclusión').selectOption('3');
    await page.getByLabel('Inclusión – Plan de Gestión de la Convivencia Escolar').selectOption('1');
    await page.getByLabel('Vida saludable – Plan de Gestión de la Convivencia Escolar').selectOption('1');
    await page.getByLabel('Vida saludable – Plan de Apoyo a la Inclusión').selectOption('0');

    const gaps = () => page.getByTestId('gaps').locator('li').allTextContents();
    const expected = [
      'El establecimiento no cuenta con Plan de Formación Ciudadana.',
      'El establecimiento no cuenta con Plan de Sexualidad, Afectividad y Género.',
      'El establecimiento no cuenta con Plan Local de Desarrollo Profesional Docente.',
      'El establecimiento no cuenta con Plan Integral de Seguridad Escolar (PISE).',
      'Ningún plan aporta de manera suficiente al sello «Vida saludable».',
      'Plan de Gestión de la Convivencia Escolar no se articula con ningún sello del PEI.',
    ];
    await expect.poll(gaps, { timeout: UI_TIMEOUT }).toEqual(expected);
    await page.reload();
    await expect.poll(gaps, { timeout: UI_TIMEOUT }).toEqual(expected);
    expect(await page.getByLabel('Visión').inputValue()).toBe('Ser una escuela rural inclusiva');
    const piseRow = await page
      .getByRole('row', { name: /Plan Integral de Seguridad Escolar/ })
      .first()
      .innerText();
    expect(piseRow).toContain('Plan Integral de Seguridad Escolar (PISE)');
    expect(piseRow).not.toContain('(PISE) (PISE)');
  });
});
