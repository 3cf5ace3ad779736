// The one sync socket, with a liveness probe (docs/spec/sync.md S-22). A WebSocket to a relay
// that froze, or behind a dead Wi-Fi or a captive portal, stays "open" until TCP gives up (about a
// minute): the app would go on showing "Al día". So while the socket is open the app sends a
// one-byte ping every PING_EVERY_MS and the relay answers at once. When nothing at all has come
// from the relay for SILENCE_MS the socket is reported unresponsive (every document leaves "al día"
// at once) but kept: a relay busy for a few seconds (a burst of catch-ups, a compaction) answers
// again on the same socket, and dropping it would make every client send its whole backlog again
// and load the relay further (S-25). Only after DROP_SILENCE_MS of silence, or when a connection
// attempt hangs for CONNECT_TIMEOUT_MS, is the socket dropped and the provider reconnects.
import {
  HocuspocusProviderWebsocket,
  WebSocketStatus,
  type HocuspocusProviderWebsocketConfiguration,
} from '@hocuspocus/provider';
import { LIVENESS_PING, LIVENESS_PONG, type CheckpointRequest } from '../domain/wire/protocol.ts';
import {
  CHECKPOINT_BATCH_ADDRESS,
  MAX_CHECKPOINTS_PER_BATCH,
  type CheckpointBatch,
} from '../domain/wire/checkpointBatch.ts';
import { statelessFrame } from '../domain/wire/frames.ts';

const TICK_MS = 200;
const PING_EVERY_MS = 400;
/** Together with TICK_MS: a silent relay is noticed within 1.5 s (the bound S-22 sets is 2 s). */
const SILENCE_MS = 1300;
/** S-25: a relay silent this long is taken for gone (dead Wi-Fi, captive portal): reconnect. */
const DROP_SILENCE_MS = 10_000;
const CONNECT_TIMEOUT_MS = 10_000;
const OPEN = 1;
const PING_FRAME = Uint8Array.of(LIVENESS_PING);

/** Why the app itself closed the socket (logged; 4408 is Hocuspocus' own "forced" close). */
export type DropReason = 'relay-silent' | 'connect-timeout' | 'browser-offline';

export class LiveSocket extends HocuspocusProviderWebsocket {
  private readonly ticker: ReturnType<typeof setInterval>;
  private lastPingAt = 0;
  private lastTickAt = Date.now();
  /** Silence is counted from here at the earliest: the last status change, or a throttled timer waking up. */
  private countingSince = Date.now();
  private tokenSent = false;
  /** S-25: silent past SILENCE_MS on this socket, and nothing has come since. */
  private unresponsive = false;
  private checkpoints: CheckpointBatch['items'] = [];
  private checkpointFlush: ReturnType<typeof setTimeout> | null = null;

  constructor(configuration: HocuspocusProviderWebsocketConfiguration) {
    super(configuration);
    this.on('status', () => {
      this.countingSince = Date.now();
      this.unresponsive = false;
    });
    // Registered before any document's provider: runs before they send their Auth frames.
    this.on('open', () => (this.tokenSent = false));
    this.ticker = setInterval(() => this.tick(), TICK_MS);
  }

  override onMessage(event: MessageEvent): void {
    const data = event.data as unknown;
    if (data instanceof ArrayBuffer && data.byteLength === 1 && new Uint8Array(data)[0] === LIVENESS_PONG) {
      this.lastMessageReceived = Date.now();
      this.resolveConnectionAttempt();
    } else {
      super.onMessage(event);
    }
    if (this.unresponsive) {
      this.unresponsive = false;
      this.emit('responsive');
    }
  }

  /** S-25: whether the open socket has gone silent (its documents are not known to be up to date). */
  get isUnresponsive(): boolean {
    return this.unresponsive;
  }

  /**
   * CU-1: the bearer token travels once per socket, in the first document's Auth frame; every later
   * document attaches under that session with an empty token (SESSION_TOKEN on the relay).
   */
  sessionToken(token: () => string): () => string {
    return () => {
      if (this.tokenSent) return '';
      this.tokenSent = true;
      return token();
    };
  }

  /**
   * CU-4: checkpoints asked in the same turn go out together, in one frame, after every frame the
   * documents sent in that turn (the relay hands each to its document in frame order).
   */
  queueCheckpoint(doc: string, request: CheckpointRequest): void {
    this.checkpoints.push([doc, request.id, request.sv]);
    this.checkpointFlush ??= setTimeout(() => this.flushCheckpoints(), 0);
  }

  private flushCheckpoints(): void {
    this.checkpointFlush = null;
    while (this.checkpoints.length > 0) {
      const items = this.checkpoints.splice(0, MAX_CHECKPOINTS_PER_BATCH);
      const batch: CheckpointBatch = { type: 'checkpoints', items };
      this.send(statelessFrame(CHECKPOINT_BATCH_ADDRESS, JSON.stringify(batch)));
    }
  }

  /** Closes the socket now and reports it disconnected; the provider reconnects by itself. */
  drop(reason: DropReason): void {
    if (this.status === WebSocketStatus.Disconnected) return;
    console.info(`sync socket dropped: ${reason}`);
    // As the socket's own close event would: the socket, then every document's provider, learn it.
    this.emit('close', { event: { code: 4408, reason } as CloseEvent });
  }

  private tick(): void {
    const now = Date.now();
    // A hidden tab's timers may fire once a minute: no ping went out meanwhile, so that gap is no
    // evidence of a dead relay. Count again from now (a dead relay is noticed once the tab shows).
    if (now - this.lastTickAt > SILENCE_MS / 2) this.countingSince = now;
    this.lastTickAt = now;
    if (this.status === WebSocketStatus.Connecting) {
      if (now - this.countingSince > CONNECT_TIMEOUT_MS) this.drop('connect-timeout');
      return;
    }
    if (this.status !== WebSocketStatus.Connected || this.webSocket?.readyState !== OPEN) return;
    const silence = now - Math.max(this.lastMessageReceived, this.countingSince);
    if (silence > DROP_SILENCE_MS) {
      this.drop('relay-silent');
      return;
    }
    if (silence > SILENCE_MS && !this.unresponsive) {
      this.unresponsive = true;
      console.info('sync socket unresponsive: the relay has not answered for 1.3 s');
      this.emit('unresponsive');
    }
    if (now - this.lastPingAt >= PING_EVERY_MS) {
      this.lastPingAt = now;
      this.webSocket.send(PING_FRAME);
    }
  }

  override destroy(): void {
    clearInterval(this.ticker);
    if (this.checkpointFlush) clearTimeout(this.checkpointFlush);
    super.destroy();
  }
}
