// One relay with fresh data and one headless Chromium per e2e test file, started before its tests
// and stopped after them. Users are created through the relay's CLI.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { RelayProcess } from './serverProcess.ts';
import { disposeRelay } from './relayControl.ts';
import { launchBrowser } from './browser.ts';

export interface E2EUser {
  username: string;
  role: 'admin' | 'coordinador' | 'asesor' | 'escuela' | 'sostenedor';
  password: string;
  schools?: string[];
}

export interface E2EContext {
  relay: RelayProcess;
  browser: Browser;
  /** Console and page errors of every page opened with openLoggedPage(ctx.browser, name, ctx.logs). */
  logs: string[];
}

export function useRelayAndBrowser(users: E2EUser[]): E2EContext {
  const ctx = { logs: [] as string[] } as E2EContext;
  beforeAll(async () => {
    ctx.relay = await RelayProcess.create();
    for (const u of users) await ctx.relay.addUser(u.username, u.role, u.password, u.schools ?? []);
    await ctx.relay.start();
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await disposeRelay(ctx.relay);
  });
  return ctx;
}
