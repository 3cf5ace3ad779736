// Results data of a school: an advisor imports the SIMCE template. A file with bad cells lists
// every bad cell (row and column) and stores nothing; a good file stores every row, shown with
// Spanish labels and decimal comma, and the rows are still there after a reload.
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { SCHOOL_7423, UI_TIMEOUT, createSchool } from '../support/browser.ts';
import { openSignedIn } from './pages/LoginPage.ts';
import { SchoolPage } from './pages/SchoolPage.ts';
import { SyncStatus } from './pages/SyncStatus.ts';

const PASSWORD = 'clave-ana-2026';

const HEADER =
  'anio,grado,prueba,promedio,estudiantes,dif_anterior,dif_gse,gse,pct_insuficiente,pct_elemental,pct_adecuado';
const BAD_CSV = [
  HEADER,
  '2024,4b,lectura,abc,31,3,-2,2,30.5,40,29.5',
  '2024,4b,matematica,240,muchos,1,0,2,40,30,30',
].join('\n');
const GOOD_CSV = [
  HEADER,
  '2024,4° básico,Lectura,254.5,31,3,-2.5,Medio bajo,30.5,40,29.5',
  '2024,4b,matematica,240,30,,,2,,,',
].join('\n');

const ctx = useRelayAndBrowser([{ username: 'ana', role: 'asesor', password: PASSWORD }]);

async function upload(page: Page, label: string, name: string, text: string) {
  await page
    .getByLabel(label, { exact: true })
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

const rowTexts = (page: Page) =>
  page
    .getByTestId('results-simce-row')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));

describe('results data', () => {
  it('imports the SIMCE template all or nothing and keeps the rows', async () => {
    onTestFailed(() =>
      console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`),
    );
    const page = await openSignedIn(ctx, 'ana', 'ana', PASSWORD);
    await createSchool(page, SCHOOL_7423);
    const sync = new SyncStatus(page);
    await sync.waitUntilUpToDate();
    await new SchoolPage(page, ctx.relay.url, '7423').goto('diagnostico/datos');
    const simceInput = page.getByLabel('Importar CSV de SIMCE', { exact: true });
    await expect.poll(() => simceInput.isEnabled(), { timeout: UI_TIMEOUT }).toBe(true);

    const template = await page
      .getByTestId('results-simce')
      .getByRole('link', { name: 'Descargar plantilla CSV' })
      .getAttribute('href');
    // EX-1: the template is written by the one CSV writer (";", BOM) so Excel es-CL opens it in columns.
    expect(decodeURIComponent(template ?? '')).toBe(
      `data:text/csv;charset=utf-8,\uFEFF${HEADER.replaceAll(',', ';')}\r\n`,
    );

    await upload(page, 'Importar CSV de SIMCE', 'simce-malo.csv', BAD_CSV);
    const errors = page.getByTestId('results-simce-errors').getByRole('listitem');
    await expect
      .poll(() => errors.allTextContents(), { timeout: UI_TIMEOUT })
      .toEqual([
        expect.stringMatching(/^Fila 2, columna promedio: El puntaje promedio debe ser un número/),
        expect.stringMatching(/^Fila 3, columna estudiantes: El número de estudiantes debe ser un número/),
      ]);
    expect(await page.getByTestId('results-simce-row').count()).toBe(0);
    await page.getByTestId('results-simce-empty').waitFor();

    await upload(page, 'Importar CSV de SIMCE', 'simce.csv', GOOD_CSV);
    await expect
      .poll(() => page.getByTestId('results-simce-imported').textContent(), { timeout: UI_TIMEOUT })
      .toBe('Se importaron 2 filas');
    expect(await page.getByTestId('results-simce-errors').count()).toBe(0);
    const expected = [
      [
        '2024',
        '4° básico',
        'Lectura',
        '254,5',
        '31',
        '+3',
        '-2,5',
        'Medio bajo',
        '30,5\u00a0%',
        '40,0\u00a0%',
        '29,5\u00a0%',
        'Eliminar',
      ],
      ['2024', '4° básico', 'Matemática', '240', '30', '—', '—', 'Medio bajo', '—', '—', '—', 'Eliminar'],
    ];
    await expect.poll(() => rowTexts(page), { timeout: UI_TIMEOUT }).toEqual(expected);

    await sync.waitUntilUpToDate();
    await page.reload();
    await expect.poll(() => rowTexts(page), { timeout: UI_TIMEOUT }).toEqual(expected);

    // One row deleted; one IDPS row entered by hand (an out-of-range score is refused first).
    await page.getByRole('button', { name: 'Eliminar SIMCE Matemática 4° básico 2024' }).click();
    await expect.poll(() => rowTexts(page), { timeout: UI_TIMEOUT }).toEqual([expected[0]]);
    const idps = page.getByTestId('results-idps');
    await idps.getByText('Ingresar una fila de IDPS a mano').click();
    await idps.getByLabel('Año').fill('2024');
    await idps.getByLabel('Grado').selectOption('4b');
    await idps.getByLabel('Indicador').selectOption('CC');
    await idps.getByLabel('Puntaje (0 a 100)').fill('120');
    await idps.getByRole('button', { name: 'Guardar fila' }).click();
    await idps.getByText('El puntaje debe estar entre 0 y 100').waitFor();
    expect(await page.getByTestId('results-idps-row').count()).toBe(0);
    await idps.getByLabel('Puntaje (0 a 100)').fill('74,5');
    await idps.getByRole('button', { name: 'Guardar fila' }).click();

    // The Agencia's official file: only the school's own row (by RBD) is imported.
    const agencyHeader =
      'agno,grado,rbd,nom_rbd,cod_grupo,nalu_lect4b_rbd,prom_lect4b_rbd,dif_lect4b_rbd,difgru_lect4b_rbd,palu_eda_ins_lect4b_rbd,palu_eda_ele_lect4b_rbd,palu_eda_ade_lect4b_rbd';
    const agencyLabel = 'Importar archivo oficial de la Agencia (SIMCE por establecimiento)';
    await upload(
      page,
      agencyLabel,
      'simce4b2023_rbd_final.csv',
      `${agencyHeader}\n2023,4b,1234,OTRA,3,40,270,1,2,20,30,50\n`,
    );
    await page.getByTestId('results-simce-errors').getByText('El RBD 7423 no aparece en el archivo SIMCE').waitFor();
    await upload(
      page,
      agencyLabel,
      'simce4b2023_rbd_final.csv',
      `${agencyHeader}\n2023,4b,1234,OTRA,3,40,270,1,2,20,30,50\n2023,4b,7423,LOS MAITENES,2,28,248.3,-4,1.5,35.2,38.1,26.7\n`,
    );
    await expect
      .poll(() => page.getByTestId('results-simce-imported').textContent(), { timeout: UI_TIMEOUT })
      .toBe('Se importó 1 fila');
    await expect
      .poll(() => rowTexts(page), { timeout: UI_TIMEOUT })
      .toEqual([
        [
          '2023',
          '4° básico',
          'Lectura',
          '248,3',
          '28',
          '-4',
          '+1,5',
          'Medio bajo',
          '35,2\u00a0%',
          '38,1\u00a0%',
          '26,7\u00a0%',
          'Eliminar',
        ],
        expected[0],
      ]);

    await expect
      .poll(() => page.getByTestId('results-idps-row').evaluateAll((rows) => rows.map((r) => r.textContent)), {
        timeout: UI_TIMEOUT,
      })
      .toEqual(['20244° básicoClima de convivencia escolar74,5Eliminar']);
  });
});
