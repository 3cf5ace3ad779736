// A sync client in Node: one HocuspocusProviderWebsocket (ws) carrying several documents, like the
// app does. Used by the server tests and the benchmark.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { WS_PATH } from '../../src/domain/wire/protocol.ts';

/**
 * `ws` emits 'error' when a socket is closed while still connecting (a test going offline at that
 * moment); with no listener Node treats it as an uncaught exception. The close event still follows.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

export interface ClientDoc {
  name: string;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  denied: string | null;
  authenticated: boolean;
}

export class NodeSyncClient {
  readonly socket: HocuspocusProviderWebsocket;
  readonly docs = new Map<string, ClientDoc>();
  private wantsOnline = true;

  constructor(
    wsBase: string,
    private readonly token: string,
    options: { connect?: boolean } = {},
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: `${wsBase}${WS_PATH}`,
      WebSocketPolyfill: QuietWebSocket as never,
      autoConnect: options.connect ?? true,
      delay: 100,
      minDelay: 100,
      maxDelay: 500,
    });
  }

  open(name: string, doc: Y.Doc = new Y.Doc()): ClientDoc {
    const existing = this.docs.get(name);
    if (existing) return existing;
    const entry: ClientDoc = { name, doc, denied: null, authenticated: false, provider: null as never };
    entry.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.token,
      onAuthenticated: () => {
        entry.authenticated = true;
      },
      onAuthenticationFailed: ({ reason }) => {
        entry.denied = reason;
      },
    });
    entry.provider.attach();
    this.docs.set(name, entry);
    return entry;
  }

  /** Every document has completed its handshake and the relay acknowledged every local change. */
  isSettled(): boolean {
    return [...this.docs.values()].every(
      (d) => d.denied !== null || (d.provider.synced && !d.provider.hasUnsyncedChanges),
    );
  }

  async connect(): Promise<unknown> {
    this.wantsOnline = true;
    // After disconnect() the socket still reports 'connected' until its close event, and
    // HocuspocusProviderWebsocket.connect() returns at once in that state (shouldConnect stays
    // false, so it never reconnects): wait for the close first. Call it only while it is not
    // already (re)connecting: a second connect() closes the pending `ws` socket, which then
    // emits an 'error' nobody listens to and crashes the process.
    await waitFor(
      () => this.socket.shouldConnect || this.socket.status !== WebSocketStatus.Connected,
      10_000,
      'socket closed',
    );
    if (!this.wantsOnline || this.socket.shouldConnect) return undefined;
    return this.socket.connect();
  }

  disconnect(): void {
    this.wantsOnline = false;
    this.socket.disconnect();
  }

  destroy(): void {
    for (const d of this.docs.values()) d.provider.destroy();
    this.socket.destroy();
  }
}

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
