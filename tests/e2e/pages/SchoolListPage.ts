// "Mis establecimientos": the list of schools a signed-in user may open.
import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT } from '../../support/browser.ts';

export class SchoolListPage {
  readonly list: Locator;
  readonly registerLink: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('school-list');
    this.registerLink = page.getByRole('link', { name: 'Registrar establecimiento' });
  }

  /** Navigates to the list within the running app (a hash change, no reload). */
  async show(): Promise<void> {
    await this.page.evaluate(() => (window.location.hash = '#/escuelas'));
  }

  school(name: string): Locator {
    return this.list.getByText(name);
  }

  /** Waits until the school appears in the list (e.g. once it reached this device from the relay). */
  async waitForSchool(name: string, timeout = UI_TIMEOUT): Promise<void> {
    await this.school(name).waitFor({ timeout });
  }
}
