// One WebSocket per signed-in user, carrying every document (Hocuspocus multiplexing): each open
// document of the workspace is attached as it opens. Reconnects by itself with backoff, and at
// once when the browser reports the network back. The socket is dropped (and every document
// stops being "al día") as soon as the browser reports the network gone. A relay that stops
// answering the liveness probe makes every document leave "al día" at once (S-22) and, if it stays
// silent, drops the socket (S-25); "al día" comes back only through a new checkpoint (S-6).
import { WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { DocName } from '../domain/wire/documentNames.ts';
import { OUTDATED_CLOSE_CODE, PROTOCOL_PARAM, PROTOCOL_VERSION, WS_PATH } from '../domain/wire/protocol.ts';
import type { Workspace } from '../data/workspace.ts';
import { DocSync } from './docSync.ts';
import { clearDocStatus, syncStore } from './syncStore.ts';
import { LiveSocket } from './liveSocket.ts';

export interface SyncEngineOptions {
  /** ws(s)://host — the path is added here. */
  baseUrl: string;
  token: () => string;
  WebSocketPolyfill?: unknown;
}

export function defaultSyncBaseUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
}

export class SyncEngine {
  private readonly socket: LiveSocket;
  private readonly docs = new Map<DocName, DocSync>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly workspace: Workspace,
    private readonly options: SyncEngineOptions,
  ) {
    this.socket = new LiveSocket({
      url: `${options.baseUrl}${WS_PATH}?${PROTOCOL_PARAM}=${PROTOCOL_VERSION}`,
      maxDelay: 10_000,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill as never } : {}),
      onStatus: ({ status }) => this.onStatus(status),
      onClose: ({ event }) => {
        if (event.code === OUTDATED_CLOSE_CODE) syncStore.setState({ outdated: true });
      },
    });
    this.socket.on('unresponsive', this.onUnresponsive);
    this.socket.on('responsive', this.onResponsive);
    this.unsubscribe = workspace.onDocOpened((name, doc) => this.attach(name, doc));
    for (const [name, doc] of workspace.openDocs()) this.attach(name, doc);
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
  }

  private onOnline = () => {
    void this.socket.connect();
  };

  /** An open socket survives the network going away (frames just stop): drop it now. */
  private onOffline = () => {
    this.socket.drop('browser-offline');
  };

  /** S-25: the socket stays; its documents are no longer known to be up to date. */
  private onUnresponsive = () => {
    syncStore.setState({ connection: 'offline' });
    for (const d of this.docs.values()) d.markDisconnected();
  };

  /** S-25: the relay answers again on the same socket: each document asks a new checkpoint (S-6). */
  private onResponsive = () => {
    if (this.socket.status !== WebSocketStatus.Connected) return;
    syncStore.setState({ connection: 'online' });
    for (const d of this.docs.values()) d.recheck();
  };

  private onStatus(status: WebSocketStatus) {
    const connection =
      status === WebSocketStatus.Connected && !this.socket.isUnresponsive
        ? 'online'
        : status === WebSocketStatus.Connecting
          ? 'connecting'
          : 'offline';
    syncStore.setState({ connection });
    if (connection !== 'online') for (const d of this.docs.values()) d.markDisconnected();
  }

  attach(name: DocName, doc: Y.Doc): void {
    if (this.docs.has(name)) return;
    this.docs.set(
      name,
      new DocSync(name, doc, this.workspace, this.socket, this.socket.sessionToken(this.options.token)),
    );
  }

  /** Forces a reconnect now (after a token refresh, or when the network returns). */
  reconnect(): void {
    void this.socket.connect();
  }

  destroy(): void {
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
    this.unsubscribe();
    this.socket.off('unresponsive', this.onUnresponsive);
    this.socket.off('responsive', this.onResponsive);
    for (const d of this.docs.values()) d.destroy();
    this.docs.clear();
    this.socket.destroy();
    clearDocStatus();
    syncStore.setState({ connection: 'offline' });
  }
}
