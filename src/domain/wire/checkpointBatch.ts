// Every document's durability checkpoint (S-6) of one flight in one frame (docs/spec/sync.md CU-4):
// a Hocuspocus stateless frame addressed to CHECKPOINT_BATCH_ADDRESS, never a document name (S-1).
// The relay hands each item to its document's connection in frame order, as if the client had sent
// that document's checkpoint there, and each document answers as before (checkpointReplySchema).
import { z } from 'zod';
import { checkpointRequestSchema, type CheckpointRequest } from './protocol.ts';

export const CHECKPOINT_BATCH_ADDRESS = '#checkpoints';
/** An advisor's documents with room to spare (the relay allows 1,000 pending documents per socket, S-12). */
export const MAX_CHECKPOINTS_PER_BATCH = 1000;

/** `[document name, checkpoint id, state vector (base64)]` per document: ~50 bytes each, one frame per flight. */
export const checkpointBatchSchema = z.object({
  type: z.literal('checkpoints'),
  items: z
    .array(z.tuple([z.string().min(1).max(200), checkpointRequestSchema.shape.id, checkpointRequestSchema.shape.sv]))
    .max(MAX_CHECKPOINTS_PER_BATCH),
});
export type CheckpointBatch = z.infer<typeof checkpointBatchSchema>;

/** The checkpoint request one batch item stands for. */
export const requestOfItem = ([, id, sv]: CheckpointBatch['items'][number]): CheckpointRequest => ({
  type: 'checkpoint',
  id,
  sv,
});
