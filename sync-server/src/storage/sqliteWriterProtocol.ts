// Messages between the relay's storage and its SQLite writer thread (sqliteWriterWorker.ts).
import type { NewQuarantined, QuarantineMove } from './types.ts';

export type WriterOp =
  | { op: 'append'; names: string[]; bytes: Uint8Array; lengths: number[] }
  | { op: 'compact'; name: string; merged: Uint8Array; upToId: number; moves: QuarantineMove[] }
  | { op: 'quarantine'; entry: NewQuarantined }
  | { op: 'reclaim'; pages: number }
  | { op: 'close' };

export type WriterRequest = { id: number } & WriterOp;

export type WriterReply = { id: number; result: number | null } | { id: number; error: string; code?: string };
