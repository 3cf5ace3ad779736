// Hocuspocus frames the app writes itself for its first flight (docs/spec/sync.md CU-2, CU-4):
// [document name][Sync][SyncStep1 | Update][payload], the same bytes the stock provider writes
// (y-protocols' sync messages behind the document's address). Stateless frames: domain/wire/frames.ts.
import { FrameReader, MESSAGE_SYNC, frame } from '../domain/wire/frames.ts';

const SYNC_STEP_1 = 0;
const SYNC_UPDATE = 2;

const syncFrame = (documentName: string, step: number, payload: Uint8Array) =>
  frame(documentName, [MESSAGE_SYNC, step], payload);

/** SyncStep1: "this is my state vector, send me what I lack". */
export const syncStep1Frame = (documentName: string, stateVector: Uint8Array): Uint8Array =>
  syncFrame(documentName, SYNC_STEP_1, stateVector);

/** An update, stored and acknowledged (SyncStatus) by the relay like any edit. */
export const updateFrame = (documentName: string, update: Uint8Array): Uint8Array =>
  syncFrame(documentName, SYNC_UPDATE, update);

/** The state vector of a SyncStep1 frame, or null for any other frame. */
export function stateVectorOfSyncStep1(bytes: Uint8Array): Uint8Array | null {
  try {
    const reader = new FrameReader(bytes);
    reader.varBytes(bytes.length); // the document name
    if (reader.varUint() !== MESSAGE_SYNC || reader.varUint() !== SYNC_STEP_1) return null;
    return reader.varBytes(bytes.length);
  } catch {
    return null;
  }
}
