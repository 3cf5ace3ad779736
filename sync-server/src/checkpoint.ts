// Answers the app's durability checkpoints (wire: checkpointRequestSchema). Messages of one
// connection are handled in order, and every update is stored before it is applied
// (persistence.ts), so if the relay's document covers the client's state vector now, everything
// that client had when it asked is stored.
import type { Extension, onStatelessPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { checkpointRequestSchema, type CheckpointReply } from '../../src/domain/wire/protocol.ts';
import { base64ToBytes } from '../../src/domain/wire/base64.ts';
import type { Logger } from './log.ts';

export function stateVectorCovers(server: Map<number, number>, client: Map<number, number>): boolean {
  for (const [clientId, clock] of client) {
    if ((server.get(clientId) ?? 0) < clock) return false;
  }
  return true;
}

export function checkpointExtension(log: Logger): Extension {
  return {
    extensionName: 'bitacora-checkpoint',
    async onStateless({ connection, document, payload, documentName }: onStatelessPayload) {
      let request;
      try {
        request = checkpointRequestSchema.parse(JSON.parse(payload));
      } catch {
        log.warn('invalid stateless message ignored', { documentName, bytes: payload.length });
        return;
      }
      let covered = false;
      try {
        const client = Y.decodeStateVector(base64ToBytes(request.sv));
        covered = stateVectorCovers(Y.decodeStateVector(Y.encodeStateVector(document)), client);
      } catch {
        log.warn('invalid state vector in checkpoint', { documentName });
      }
      const reply: CheckpointReply = { type: 'checkpoint-ack', id: request.id, covered };
      connection.sendStateless(JSON.stringify(reply));
    },
  };
}
