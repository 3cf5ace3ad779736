// A sync client in Node: one HocuspocusProviderWebsocket (ws) carrying several documents, like the
// app does. Used by the server tests and the benchmark.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { WS_PATH, checkpointReplySchema, type CheckpointRequest } from '../../src/domain/wire/protocol.ts';
import { bytesToBase64 } from '../../src/domain/wire/base64.ts';

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
  private nextCheckpoint = 0;
  private readonly checkpointReplies = new Map<number, (covered: boolean) => void>();

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
      onStateless: ({ payload }) => this.onCheckpointReply(payload),
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

  /**
   * Whether the relay holds every open document as this client has it now (S-6): one checkpoint per
   * document, answered in order behind every frame the socket sent before. The provider's
   * `hasUnsyncedChanges` cannot say it: on reconnect it restarts its count at 1 while the updates the
   * socket queued offline go out one by one, and the first acknowledgement brings it to 0 (RW-5).
   */
  async relayHoldsAll(timeoutMs = 3000): Promise<boolean> {
    if (!this.isSettled() || this.socket.status !== WebSocketStatus.Connected) return false;
    const open = [...this.docs.values()].filter((d) => d.denied === null);
    const answers = open.map((d) => {
      const sv = Y.encodeStateVector(d.doc);
      return this.checkpoint(d, sv, timeoutMs).then(
        (covered) => covered && bytesToBase64(Y.encodeStateVector(d.doc)) === bytesToBase64(sv),
      );
    });
    return (await Promise.all(answers)).every(Boolean);
  }

  private checkpoint(entry: ClientDoc, sv: Uint8Array, timeoutMs: number): Promise<boolean> {
    const request: CheckpointRequest = { type: 'checkpoint', id: this.nextCheckpoint++, sv: bytesToBase64(sv) };
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.checkpointReplies.delete(request.id);
        resolve(false);
      }, timeoutMs);
      this.checkpointReplies.set(request.id, (covered) => {
        clearTimeout(timer);
        resolve(covered);
      });
      entry.provider.sendStateless(JSON.stringify(request));
    });
  }

  private onCheckpointReply(payload: string): void {
    let reply;
    try {
      reply = checkpointReplySchema.parse(JSON.parse(payload));
    } catch {
      return; // not a checkpoint answer
    }
    const resolve = this.checkpointReplies.get(reply.id);
    this.checkpointReplies.delete(reply.id);
    resolve?.(reply.covered);
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
