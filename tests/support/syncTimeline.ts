// What a page's sync indicator showed and when the relay's checkpoint answers arrived, both on the
// page's own clock (performance.now()), recorded inside the page from its first script: every
// WebSocket message is looked at before the app sees it, and every change of the indicator's
// data-kind is noted by a MutationObserver. For S-6/S-22: "Al día" only after a covering checkpoint.
import type { BrowserContext, Page } from 'playwright-core';

export interface SyncTimeline {
  /** Page times at which a `checkpoint-ack` with `covered: true` arrived. */
  acks: number[];
  /** Every change of the header's data-kind, with its page time. */
  kinds: { kind: string; t: number }[];
}

declare global {
  interface Window {
    __syncTimeline?: SyncTimeline;
  }
}

/** Installs the recorder in every page the context opens from now on. */
export async function recordSyncTimeline(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const timeline: SyncTimeline = { acks: [], kinds: [] };
    window.__syncTimeline = timeline;
    const Native = window.WebSocket;
    const decoder = new TextDecoder();
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        this.addEventListener('message', (e: MessageEvent) => {
          if (!(e.data instanceof ArrayBuffer)) return;
          const text = decoder.decode(e.data);
          if (text.includes('"checkpoint-ack"') && text.includes('"covered":true'))
            timeline.acks.push(performance.now());
        });
      }
    };
    let last: string | null = null;
    new MutationObserver(() => {
      const kind = document.querySelector('[data-testid="sync-indicator"]')?.getAttribute('data-kind') ?? null;
      if (kind !== null && kind !== last) timeline.kinds.push({ kind, t: performance.now() });
      last = kind;
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-kind'] });
  });
}

export async function readTimeline(page: Page): Promise<SyncTimeline> {
  return page.evaluate(() => window.__syncTimeline ?? { acks: [], kinds: [] });
}

export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Polls the header from the test until `accept(kind)`; returns the milliseconds since `since`
 * (a Date.now() taken before the action). Fails after `timeoutMs`.
 */
export async function msUntilHeader(
  page: Page,
  since: number,
  accept: (kind: string | null) => boolean,
  timeoutMs = 20_000,
): Promise<{ ms: number; kind: string | null }> {
  for (;;) {
    const kind = await page.getByTestId('sync-indicator').getAttribute('data-kind');
    const ms = Date.now() - since;
    if (accept(kind)) return { ms, kind };
    if (ms > timeoutMs) throw new Error(`header still "${kind}" after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
