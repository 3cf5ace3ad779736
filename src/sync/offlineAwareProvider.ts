// A HocuspocusProvider that does not queue document updates while the socket is down. The stock
// provider queues every offline edit in memory and sends the queue on reconnect, right before the
// sync handshake sends the same changes again (twice the bytes, and memory growing for weeks of
// offline work). The handshake alone carries everything the relay lacks; y-indexeddb keeps it.
//
// Its first flight on a socket (docs/spec/sync.md CU-2) does not wait for the relay's state vector
// when this device already knows one the relay covered (a confirmed checkpoint, S-6): it sends
// what was made since then as an update *before* its SyncStep1, so the relay's SyncStep1 answer
// already includes it; the device's SyncStep2 reply would carry nothing new and is not sent.
import * as Y from 'yjs';
import {
  HocuspocusProvider,
  WebSocketStatus,
  type HocuspocusProviderConfiguration,
  type HocuspocusProviderWebsocket,
} from '@hocuspocus/provider';
import { stateVectorOfSyncStep1, syncStep1Frame, updateFrame } from './syncFrames.ts';

/** What the relay is known to hold of each document (the state vector of its last covering checkpoint). */
const relayCovers = new WeakMap<Y.Doc, Uint8Array>();

export function noteRelayCovers(doc: Y.Doc, stateVector: Uint8Array): void {
  relayCovers.set(doc, stateVector);
}

type Configuration = HocuspocusProviderConfiguration & {
  /** Called right after the first flight went out (SyncStep1 sent): a checkpoint may follow at once. */
  onSyncStarted?: () => void;
};

function covers(relay: Uint8Array, device: Uint8Array): boolean {
  const have = Y.decodeStateVector(relay);
  for (const [client, clock] of Y.decodeStateVector(device)) if ((have.get(client) ?? 0) < clock) return false;
  return true;
}

export class OfflineAwareProvider extends HocuspocusProvider {
  private readonly onSyncStarted: () => void;
  /** This connection's first flight carried the backlog: the relay's SyncStep1 may need no reply. */
  private sentBacklog = false;

  constructor(configuration: Configuration) {
    super(configuration);
    this.onSyncStarted = configuration.onSyncStarted ?? (() => undefined);
  }

  override documentUpdateHandler(update: Uint8Array, origin: unknown): void {
    const socket = this.configuration.websocketProvider as HocuspocusProviderWebsocket;
    if (socket.status !== WebSocketStatus.Connected) return;
    super.documentUpdateHandler(update, origin);
  }

  /**
   * The relay's SyncStep1 after a first flight with the backlog: when the relay already has every
   * struct of this device, the SyncStep2 reply would only repeat the deletions the backlog carried
   * (edits made since went out as updates), so it is not sent and counts as done.
   */
  override onMessage(event: MessageEvent): void {
    if (this.sentBacklog) {
      const relay = stateVectorOfSyncStep1(new Uint8Array(event.data as ArrayBuffer));
      if (relay) {
        this.sentBacklog = false;
        if (covers(relay, Y.encodeStateVector(this.document))) {
          this.decrementUnsyncedChanges();
          return;
        }
      }
    }
    super.onMessage(event);
  }

  override startSync(): void {
    if (!this.isAttached) return;
    const socket = this.configuration.websocketProvider as HocuspocusProviderWebsocket;
    const name = this.effectiveName;
    // As the stock startSync: one unsynced change, the SyncStep2 this device sends in reply.
    this.unsyncedChanges = 0;
    this.incrementUnsyncedChanges();
    const covered = relayCovers.get(this.document);
    this.sentBacklog = covered !== undefined;
    if (covered) {
      const since = Y.encodeStateAsUpdate(this.document, covered);
      // Acknowledged by its own SyncStatus, like an edit.
      this.incrementUnsyncedChanges();
      socket.send(updateFrame(name, since));
    }
    socket.send(syncStep1Frame(name, Y.encodeStateVector(this.document)));
    this.onSyncStarted();
  }
}
