// A HocuspocusProvider that does not queue document updates while the socket is down. The stock
// provider queues every offline edit in memory and sends the queue on reconnect, right before the
// sync handshake sends the same changes again (twice the bytes, and memory growing for weeks of
// offline work). The handshake alone carries everything the relay lacks; y-indexeddb keeps it.
import { HocuspocusProvider, WebSocketStatus, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';

export class OfflineAwareProvider extends HocuspocusProvider {
  override documentUpdateHandler(update: Uint8Array, origin: unknown): void {
    const socket = this.configuration.websocketProvider as HocuspocusProviderWebsocket;
    if (socket.status !== WebSocketStatus.Connected) return;
    super.documentUpdateHandler(update, origin);
  }
}
