// One live document per name (docs/spec/sync.md S-26). Hocuspocus 4.7 unloads by name: when an
// instance whose last connection has closed is unloaded after a newer instance of the same name was
// loaded (a closed connection's messages were still being stored, so its close came late), it
// deletes the newer instance from its map. The newer one's connections then live on an orphan, the
// next connection loads a third instance, and updates stop reaching each other's clients. This hook
// runs last before the unload (lowest priority, after Redis's delay) and stops the unload of an
// instance the map no longer holds; the stale instance is destroyed here instead.
import type { Extension, beforeUnloadDocumentPayload } from '@hocuspocus/server';
import type { Logger } from './log.ts';

/** Thrown to stop Hocuspocus's unload; no message, so Hocuspocus does not print it as an error. */
class SupersededInstance extends Error {
  readonly reason = 'superseded-instance';
}

export function unloadGuardExtension(log: Logger): Extension {
  return {
    extensionName: 'bitacora-unload-guard',
    priority: 0,
    async beforeUnloadDocument({ instance, documentName, document }: beforeUnloadDocumentPayload) {
      if (instance.documents.get(documentName) === document) return;
      log.debug('stale document instance not unloaded by name', { documentName });
      if (!document.isDestroyed) document.destroy();
      throw new SupersededInstance();
    },
  };
}
