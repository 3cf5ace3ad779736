// Kiosk mode: the advisor sets an exit code and hands the tablet over; only that code leaves it.
import type { Locator, Page } from 'playwright-core';

export class KioskPage {
  readonly exitCode: Locator;
  readonly start: Locator;
  readonly advisorCode: Locator;

  constructor(readonly page: Page) {
    this.exitCode = page.getByLabel('Código para salir');
    this.start = page.getByRole('button', { name: 'Iniciar encuesta' });
    this.advisorCode = page.getByLabel('Código del asesor');
  }

  /** Types the exit code and starts the survey. */
  async startWith(code: string): Promise<void> {
    await this.exitCode.fill(code);
    await this.start.click();
  }

  async nextRespondent(): Promise<void> {
    await this.page.getByRole('button', { name: 'Siguiente persona' }).click();
  }

  /** "Salir (asesor)", then the code, then "Salir" (the caller waits for what should show next). */
  async exitWith(code: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Salir (asesor)' }).click();
    await this.tryExitCode(code);
  }

  /** Types a code in the open exit dialog and confirms (wrong codes keep the dialog open). */
  async tryExitCode(code: string): Promise<void> {
    await this.advisorCode.fill(code);
    await this.page.getByRole('button', { name: 'Salir', exact: true }).click();
  }
}
