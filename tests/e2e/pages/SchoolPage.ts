// One school's pages: its data form and the tabs under `#/escuelas/<rbd>/…` (diagnosis, PME,
// evaluation, monitoring, advisory). `goto` loads a tab by address, as the tests always did.
import type { Locator, Page } from 'playwright-core';
import { type SyncKind, UI_TIMEOUT, openSchool } from '../../support/browser.ts';

export type SchoolSection =
  | 'diagnostico'
  | 'diagnostico/datos'
  | 'diagnostico/pei'
  | 'diagnostico/papel'
  | 'diagnostico/priorizacion'
  | `diagnostico/instrumento/${string}`
  | `diagnostico/kiosco/${string}`
  | 'pme'
  | 'evaluacion'
  | `evaluacion/kiosco/${string}`
  | 'monitoreo'
  | 'asesoria';

export class SchoolPage {
  readonly form: Locator;
  /** The diagnosis tab's participation table (one row per surveyed group). */
  readonly participation: Locator;

  constructor(
    readonly page: Page,
    readonly base: string,
    readonly rbd: string,
  ) {
    this.form = page.getByTestId('school-form');
    this.participation = page.getByTestId('participation');
  }

  /** The school's own sync badge, optionally only while it shows `kind` (e.g. 'rechazado'). */
  syncBadge(kind?: SyncKind): Locator {
    const kindFilter = kind ? `[data-kind="${kind}"]` : '';
    return this.page.locator(`[data-testid="school-sync"]${kindFilter}`);
  }

  /** Opens the school's own page (hash change) and waits for its edit form. */
  async open(): Promise<void> {
    await openSchool(this.page, this.rbd);
  }

  async goto(section: SchoolSection): Promise<void> {
    await this.page.goto(`${this.base}/#/escuelas/${this.rbd}/${section}`);
  }

  /** Opens the diagnosis tab and waits for its participation table. */
  async openDiagnosis(): Promise<void> {
    await this.goto('diagnostico');
    await this.participation.waitFor({ timeout: UI_TIMEOUT });
  }

  /** From the diagnosis tab, follows the "Modo kiosco" link of a group's row (e.g. /Docentes/). */
  async openKioskFor(group: RegExp): Promise<void> {
    await this.page.getByRole('row', { name: group }).getByRole('link', { name: 'Modo kiosco' }).click();
  }
}
