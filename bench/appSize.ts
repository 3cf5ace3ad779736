// What a first visit costs on a rural link, from the real build served by the real relay to Debian's
// Chromium with a fresh profile (no HTTP cache, no service worker):
// - app.precache.kib: every byte the server sends until the service worker is activated (its
//   precache is complete then), counted on the wire by a loopback TCP proxy between the browser and
//   the relay, so the page's and the worker's own fetches are counted as received, headers included;
// - app.initialJs.kib: the JavaScript the page downloads before the sign-in form shows (Chromium's
//   own count through CDP, `encodedDataLength`: compressed body plus headers).
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { RelayProcess } from '../tests/support/serverProcess.ts';
import { disposeRelay } from '../tests/support/relayControl.ts';
import { launchBrowser, newContext } from '../tests/support/browser.ts';
import { waitFor } from '../tests/support/nodeClient.ts';
import type { BenchResult } from './types.ts';

const KIB = 1024;

/** A loopback TCP proxy to `port` that counts the bytes going back to the browser. */
async function startCountingProxy(port: number): Promise<{ port: number; received(): number; close(): Promise<void> }> {
  let received = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    upstream.on('data', (chunk: Buffer) => (received += chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received: () => received,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sums Chromium's `encodedDataLength` of the page's finished Script responses. */
async function countScripts(page: Page): Promise<() => number> {
  const cdp = await page.context().newCDPSession(page);
  const scripts = new Set<string>();
  let bytes = 0;
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (scripts.has(e.requestId)) bytes += e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  return () => bytes;
}

/** Waits until the wire has been quiet for ~0.5 s (the last precache responses drained). */
async function waitForQuietWire(received: () => number): Promise<void> {
  let last = -1;
  let quiet = 0;
  await waitFor(
    () => {
      const now = received();
      quiet = now === last ? quiet + 1 : 0;
      last = now;
      return quiet >= 20;
    },
    30_000,
    'the wire to go quiet',
  );
}

export async function benchAppSize(): Promise<BenchResult[]> {
  const relay = await RelayProcess.create();
  await relay.start();
  const proxy = await startCountingProxy(relay.port);
  const browser = await launchBrowser();
  try {
    const page = await (await newContext(browser)).newPage();
    const scriptBytes = await countScripts(page);
    await page.goto(`http://127.0.0.1:${proxy.port}/`);
    await page.getByLabel('Usuario').waitFor();
    const initialJs = scriptBytes();

    // Workbox fills the precache during `install`: once the worker is activated, it is complete.
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (!worker || worker.state === 'activated') return;
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    });
    await waitForQuietWire(proxy.received);
    return [
      { id: 'app.precache.kib', value: Math.round(proxy.received() / KIB), unit: 'KiB' },
      { id: 'app.initialJs.kib', value: Math.round(initialJs / KIB), unit: 'KiB' },
    ];
  } finally {
    await browser.close();
    await proxy.close();
    await disposeRelay(relay);
  }
}
