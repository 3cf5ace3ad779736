// The app's own sync stack (Workspace + SyncEngine from src/, IndexedDB via fake-indexeddb) as a
// Node client of a real relay, behind a switchable "network": offline, its sockets are cut and new
// ones are refused; a cut can also be armed to fall after the n-th frame of the next socket (in the
// middle of its first flight). Used by the app-client convergence fuzz.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import WebSocket from 'ws';
import type { DocName } from '../../src/domain/wire/documentNames.ts';
import { LOCAL_EDIT, Workspace } from '../../src/data/workspace.ts';
import { SyncEngine } from '../../src/sync/syncEngine.ts';

/** Nothing listens on port 1 of loopback: a socket opened while offline fails at once. */
const REFUSED_URL = 'ws://127.0.0.1:1';

class Network {
  wantsOnline = true;
  /** Set while the test holds every client off the relay (the check after a relay restart). */
  held = false;
  /** The next socket is cut right after sending this many frames. */
  cutAfterFrames: number | null = null;
  /** How many sockets an armed cut actually closed after sending a frame. */
  cutsFired = 0;
  /** How many sockets the client opened (a reconnect opens one more). */
  socketsOpened = 0;
  readonly sockets = new Set<WebSocket>();

  get up(): boolean {
    return this.wantsOnline && !this.held;
  }

  cutAll(): void {
    for (const s of this.sockets) s.terminate();
  }
}

function switchedWebSocket(network: Network) {
  return class SwitchedWebSocket extends WebSocket {
    private cutAfter: number | null;
    private sent = 0;

    constructor(url: string, protocols?: string | string[]) {
      super(network.up ? url : REFUSED_URL, protocols);
      this.cutAfter = network.cutAfterFrames;
      network.cutAfterFrames = null;
      // `ws` emits 'error' for a refused or aborted socket; the close event follows and is what counts.
      this.on('error', () => undefined);
      network.sockets.add(this);
      network.socketsOpened++;
      this.on('close', () => network.sockets.delete(this));
    }

    override send(data: unknown, ...rest: unknown[]): void {
      (super.send as (...a: unknown[]) => void)(data, ...rest);
      if (this.cutAfter !== null && ++this.sent >= this.cutAfter) {
        this.cutAfter = null;
        network.cutsFired++;
        this.terminate();
      }
    }
  };
}

export class AppSyncClient {
  readonly workspace: Workspace;
  readonly engine: SyncEngine;
  readonly docs = new Map<DocName, Y.Doc>();
  /** Per document: the highest clock of this device's own edits the relay confirmed stored (S-6). */
  readonly acked = new Map<DocName, number>();
  private readonly network = new Network();
  private readonly unsubscribes: (() => void)[] = [];

  constructor(localId: string, wsBase: string, token: string) {
    this.workspace = new Workspace(localId);
    this.engine = new SyncEngine(this.workspace, {
      baseUrl: wsBase,
      token: () => token,
      WebSocketPolyfill: switchedWebSocket(this.network),
    });
  }

  async open(name: DocName): Promise<Y.Doc> {
    const doc = await this.workspace.openDoc(name);
    this.docs.set(name, doc);
    const parsed = name.split(':')[1] as Parameters<Workspace['ledger']['subscribe']>[1];
    this.unsubscribes.push(
      this.workspace.ledger.subscribe(name, parsed, (_state, cause) => {
        // A confirm accepts only a checkpoint with no device change since: its state vector held
        // every own edit made so far, so the document's own clock now is what the relay stores.
        if (cause === 'confirm') this.acked.set(name, ownClock(doc));
      }),
    );
    return doc;
  }

  edit(name: DocName, change: (doc: Y.Doc) => void): void {
    const doc = this.docs.get(name)!;
    doc.transact(() => change(doc), LOCAL_EDIT);
  }

  get socketsOpened(): number {
    return this.network.socketsOpened;
  }

  get cutsFired(): number {
    return this.network.cutsFired;
  }

  get online(): boolean {
    return this.network.wantsOnline;
  }

  setOnline(online: boolean): void {
    this.network.wantsOnline = online;
    if (online) this.engine.reconnect();
    else this.network.cutAll();
  }

  /** Holds the client off the relay (or lets it back) without changing whether it wants to be online. */
  hold(held: boolean): void {
    this.network.held = held;
    if (held) this.network.cutAll();
    else if (this.network.wantsOnline) this.engine.reconnect();
  }

  /** Cuts the current socket and reconnects at once; the new socket dies after `frames` frames. */
  cutMidFlight(frames: number): void {
    if (!this.network.up) return;
    this.network.cutAfterFrames = frames;
    this.network.cutAll();
    this.engine.reconnect();
  }

  /** Reconnects now instead of waiting for the backoff (a no-op while connected). */
  nudge(): void {
    if (this.network.up) this.engine.reconnect();
  }

  /** Every document's local changes are confirmed stored by the relay. */
  isSettled(): boolean {
    return [...this.docs.keys()].every((n) => {
      const s = this.workspace.ledger.state(n);
      return s.pending === 0 && s.denied === null;
    });
  }

  describe(): string {
    return [...this.docs.keys()]
      .map((n) => `${n} ${JSON.stringify(this.workspace.ledger.state(n))} acked ${this.acked.get(n) ?? 0}`)
      .join('; ');
  }

  async destroy(): Promise<void> {
    for (const u of this.unsubscribes.splice(0)) u();
    this.engine.destroy();
    this.network.cutAll();
    await this.workspace.close();
  }
}

export function ownClock(doc: Y.Doc): number {
  return Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
}
