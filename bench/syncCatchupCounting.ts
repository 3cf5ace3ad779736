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

function countingWebSocket(counter: WireCounter) {
  return class extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: ArrayBuffer | Buffer) => (counter.down += data.byteLength));
    }

    override send(data: unknown, ...rest: unknown[]): void {
      counter.up += (data as ArrayBufferView).byteLength ?? 0;
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
): Promise<WireCounter & { ms: number }> {
  const counter: WireCounter = { up: 0, down: 0 };
  const start = performance.now();
  const engine = new SyncEngine(workspace, {
    baseUrl,
    token: () => token,
    WebSocketPolyfill: countingWebSocket(counter),
  });
  await allConfirmed(names);
  const ms = performance.now() - start;
  // Counted up to "al día": what closing the engine sends afterwards is not part of the catch-up.
  const counted = { ...counter };
  engine.destroy();
  return { ...counted, ms };
}
