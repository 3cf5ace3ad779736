// The sign-in screen: what a user sees before the app knows who they are. Steps reuse the shared
// helpers in tests/support/browser.ts so every test signs in exactly the same way.
import type { Browser, Locator, Page } from 'playwright-core';
import { openLoggedPage, signIn } from '../../support/browser.ts';

export class LoginPage {
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(
    readonly page: Page,
    readonly base: string,
  ) {
    this.username = page.getByLabel('Usuario');
    this.password = page.getByLabel('Contraseña');
    this.submit = page.getByRole('button', { name: 'Ingresar' });
  }

  /** Opens the app if needed, signs in, and resolves once the signed-in shell (sync indicator) shows. */
  async signIn(username: string, password: string): Promise<void> {
    await signIn(this.page, this.base, username, password);
  }
}

/** Where a test keeps its relay, browser and collected console errors (see useRelayAndBrowser). */
export interface SessionTarget {
  browser: Browser;
  relay: { url: string };
  logs: string[];
}

/** A fresh browser context whose console errors go to `target.logs`, signed in as `username`. */
export async function openSignedIn(
  target: SessionTarget,
  name: string,
  username: string,
  password: string,
): Promise<Page> {
  const page = await openLoggedPage(target.browser, name, target.logs);
  await new LoginPage(page, target.relay.url).signIn(username, password);
  return page;
}
