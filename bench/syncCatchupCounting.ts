// What the catch-up benches share: a reconnect through the app's SyncEngine with a WebSocket that
// counts the bytes it sends and receives, timed until every document is "al día" (S-6).
import WebSocket from 'ws';
import type { DocName } from '../src/domain/wire/documentNames.ts';
import type { Workspace } from '../src/data/workspace.ts';
import { SyncEngine } from '../src/sync/syncEngine.ts';
import { syncStore } from '../src/sync/syncStore.ts';

export interface WireCounter {
  up: number;
  down: number;
}

/** Sees the engine start, the socket open, every frame sent ('up') or received ('down'), and "al día" ('done'). */
export type FrameObserver = (event: 'start' | 'open' | 'up' | 'down' | 'done', bytes: Uint8Array) => void;

function countingWebSocket(counter: WireCounter, observe: FrameObserver) {
  return class extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('open', () => observe('open', new Uint8Array()));
      this.on('message', (data: ArrayBuffer | Buffer) => {
        counter.down += data.byteLength;
        observe('down', data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data));
      });
    }

    override send(data: unknown, ...rest: unknown[]): void {
      counter.up += (data as ArrayBufferView).byteLength ?? 0;
      observe('up', data as Uint8Array);
      (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  };
}

function allConfirmed(names: DocName[]): Promise<void> {
  const done = () =>
    names.every((n) => syncStore.getState().docs[n]?.synced && syncStore.getState().docs[n]?.pending === 0);
  return new Promise((resolve, reject) => {
    if (done()) return resolve();
    const timer = setTimeout(() => reject(new Error('catch-up did not finish in 120 s')), 120_000);
    const stop = syncStore.subscribe(() => {
      if (!done()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

/** Connects a new SyncEngine for the workspace, waits until every name is "al día", then closes it. */
export async function reconnectAndCount(
  workspace: Workspace,
  baseUrl: string,
  token: string,
  names: DocName[],
  observe: FrameObserver = () => undefined,
): Promise<WireCounter & { ms: number }> {
  const counter: WireCounter = { up: 0, down: 0 };
  const start = performance.now();
  observe('start', new Uint8Array());
  const engine = new SyncEngine(workspace, {
    baseUrl,
    token: () => token,
    WebSocketPolyfill: countingWebSocket(counter, observe),
  });
  await allConfirmed(names);
  const ms = performance.now() - start;
  observe('done', new Uint8Array());
  // Counted up to "al día": what closing the engine sends afterwards is not part of the catch-up.
  const counted = { ...counter };
  engine.destroy();
  return { ...counted, ms };
}

/**
 * The relay finished what the last session left (compacting and unloading every document once its
 * last connection closed), as after a week offline. Polls /healthz until its
 * backlog shows nothing stored or compacted for IDLE_POLLS polls in a row.
 */
export async function relayIdle(url: string): Promise<void> {
  const IDLE_POLLS = 3;
  const deadline = Date.now() + 60_000;
  for (let idle = 0; idle < IDLE_POLLS;) {
    if (Date.now() > deadline) throw new Error('relay still busy after 60 s');
    const health = (await (await fetch(`${url}/healthz`)).json()) as {
      backlog?: { pendingWrites: number; compacting: number };
    };
    const b = health.backlog;
    idle = b && b.pendingWrites === 0 && b.compacting === 0 ? idle + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
