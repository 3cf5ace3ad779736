// The header's sync indicator ("Sin conexión", "N cambios sin sincronizar", "Al día"…), read
// through its data-kind so tests never depend on the exact wording unless they assert it.
import type { Locator, Page } from 'playwright-core';
import { type SyncKind, UI_TIMEOUT, syncIndicator, waitForPending, waitForSync } from '../../support/browser.ts';

export class SyncStatus {
  readonly indicator: Locator;

  constructor(readonly page: Page) {
    this.indicator = syncIndicator(page);
  }

  async waitFor(kind: SyncKind, timeout = UI_TIMEOUT): Promise<void> {
    await waitForSync(this.page, kind, timeout);
  }

  /** Waits until the indicator shows "Al día" (the relay has stored everything). */
  async waitUntilUpToDate(timeout = UI_TIMEOUT): Promise<void> {
    await waitForSync(this.page, 'al-dia', timeout);
  }

  /** Waits for at least `min` unsynced changes and returns the count shown. */
  async waitForPending(min = 1, timeout = UI_TIMEOUT): Promise<number> {
    return waitForPending(this.page, min, timeout);
  }
}
