// The relay does not send a client's own updates back to it (docs/spec/sync.md CU-3). Stock
// Hocuspocus 4.7 broadcasts every document update to every connection of the document, the sender
// included (Document.handleUpdate → broadcastUpdate): after a week offline the device received its
// whole backlog again. With `flushDelay: false` (set in server.ts) Hocuspocus calls
// `callbacks.onUpdate(document, origin, update)` and then `broadcastUpdate(update)` synchronously
// for each update; we note the origin in the first and leave its connection out of the second.
// Both are Hocuspocus internals: if a release renames them, loading a document logs an error and
// the relay goes on echoing (tests/server/catchup.test.ts then fails).
// The sender is left out only when the document held nothing pending before the update: an update
// that completes structs or deletions Yjs kept pending integrates them too, and those came from
// other clients, so that broadcast goes to the sender as well (CU-3).
import { OutgoingMessage, type Extension, type afterLoadDocumentPayload } from '@hocuspocus/server';
import type { Logger } from './log.ts';

interface BroadcastInternals {
  callbacks: { onUpdate: (document: unknown, origin: unknown, update: Uint8Array) => void };
  broadcastUpdate: (update: Uint8Array) => void;
  broadcast: (encode: (address: string) => Uint8Array, filter?: (connection: unknown) => boolean) => void;
}

function originConnection(origin: unknown): unknown {
  if (typeof origin !== 'object' || origin === null) return null;
  const { source, connection } = origin as { source?: unknown; connection?: unknown };
  return source === 'connection' ? (connection ?? null) : null;
}

export function noEchoExtension(log: Logger): Extension {
  return {
    extensionName: 'bitacora-no-echo',
    async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
      const internals = document as unknown as Partial<BroadcastInternals>;
      const { callbacks, broadcast } = internals;
      if (typeof callbacks?.onUpdate !== 'function' || typeof broadcast !== 'function') {
        log.error('cannot stop echoing updates: Hocuspocus internals changed', { documentName });
        return;
      }
      const onUpdate = callbacks.onUpdate;
      let sender: unknown = null;
      let heldPending = false;
      document.on('beforeTransaction', () => {
        heldPending = document.store.pendingStructs !== null || document.store.pendingDs !== null;
      });
      callbacks.onUpdate = (doc, origin, update) => {
        sender = heldPending ? null : originConnection(origin);
        onUpdate(doc, origin, update);
      };
      internals.broadcastUpdate = (update) => {
        const skip = sender;
        sender = null;
        broadcast.call(
          document,
          (address) => new OutgoingMessage(address).createSyncMessage().writeUpdate(update).toUint8Array(),
          (connection) => connection !== skip,
        );
      };
    },
  };
}
