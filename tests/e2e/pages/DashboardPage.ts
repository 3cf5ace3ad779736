// The Panel de establecimientos as a user reads it (docs/spec/dashboard.md): each row's figures as the
// text shown, the filters and sort controls, the exports, and the school screens its links open (their
// figures read where the user reads them: Monitoreo's Seguimiento, the asesoría's hours and deliverables,
// the PME's versions, the evaluation's acta).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { UI_TIMEOUT, pollUntil } from '../../support/browser.ts';

/** One row's figures by test id (dash-month, dash-hours, dash-pme…), as the screen shows them. */
export type RowFigures = Record<string, string>;

export class DashboardPage {
  constructor(readonly page: Page) {}

  /** Opens the panel afresh: filters and order back to their defaults. */
  async open(base: string): Promise<void> {
    const url = `${base}/#/panel`;
    if (this.page.url() === url) await this.page.reload();
    else await this.page.goto(url);
    await this.page.getByTestId('dashboard-screen').waitFor({ timeout: UI_TIMEOUT });
  }

  /** The school ids of the rows shown, in screen order. */
  rowIds(): Promise<string[]> {
    return this.page
      .getByTestId('dash-table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r.getAttribute('data-testid') ?? '').replace('dash-row-', '')));
  }

  /** Every shown row's figures, by school id. */
  figures(): Promise<Record<string, RowFigures>> {
    return this.page
      .getByTestId('dash-table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((r) => [
            (r.getAttribute('data-testid') ?? '').replace('dash-row-', ''),
            Object.fromEntries(
              Array.from(r.querySelectorAll<HTMLElement>('[data-testid]')).map((e) => [
                e.dataset.testid!,
                (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
              ]),
            ),
          ]),
        ),
      );
  }

  /** Polls until `accept` holds for the rows' figures; returns them. */
  waitForFigures(
    accept: (f: Record<string, RowFigures>) => boolean,
    what: string,
    timeout = 60_000,
  ): Promise<Record<string, RowFigures>> {
    return pollUntil(() => this.figures(), accept, timeout, what);
  }

  async filter(id: 'comuna' | 'dependencia' | 'rural' | 'asesor' | 'pme', value: string): Promise<void> {
    // By id: the row's PME link carries the test id dash-pme too.
    await this.page.locator(`select#dash-${id}`).selectOption(value);
  }

  /** The options a filter offers, as [value, text]. */
  filterChoices(id: 'comuna' | 'dependencia' | 'asesor'): Promise<[string, string][]> {
    return this.page
      .locator(`select#dash-${id} option`)
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''] as [string, string]));
  }

  async sort(key: string, descending: boolean): Promise<void> {
    await this.page.getByTestId('dash-sort').selectOption(key);
    await this.page.getByTestId('dash-desc').setChecked(descending);
  }

  /** Clicks an export button; returns the downloaded file's name and bytes. */
  async download(testId: 'dash-xlsx' | 'dash-pdf'): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.page.getByTestId(testId).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile((await download.path())!)) };
  }

  /** Taps one figure of a school's row and waits for the screen its link names. */
  async tap(schoolId: string, figure: string, route: string): Promise<void> {
    await this.page.getByTestId(`dash-row-${schoolId}`).getByTestId(figure).click();
    await this.page.waitForFunction((hash) => window.location.hash === hash, `#/escuelas/${schoolId}/${route}`, {
      polling: 100,
      timeout: UI_TIMEOUT,
    });
  }
}
