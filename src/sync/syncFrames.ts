// Hocuspocus sync frames the app writes itself for its first flight (docs/spec/sync.md CU-2):
// [document name][Sync][SyncStep1 | Update][payload], the same bytes the stock provider writes
// (y-protocols' sync messages behind the document's address).
const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_UPDATE = 2;

const utf8 = new TextEncoder();

function varUint(out: number[], value: number): void {
  let rest = value;
  while (rest > 0x7f) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

function syncFrame(documentName: string, step: number, payload: Uint8Array): Uint8Array {
  const name = utf8.encode(documentName);
  const head: number[] = [];
  varUint(head, name.length);
  const prefix = head.length;
  const tail: number[] = [];
  varUint(tail, MESSAGE_SYNC);
  varUint(tail, step);
  varUint(tail, payload.length);
  const frame = new Uint8Array(prefix + name.length + tail.length + payload.length);
  frame.set(head, 0);
  frame.set(name, prefix);
  frame.set(tail, prefix + name.length);
  frame.set(payload, prefix + name.length + tail.length);
  return frame;
}

/** SyncStep1: "this is my state vector, send me what I lack". */
export const syncStep1Frame = (documentName: string, stateVector: Uint8Array): Uint8Array =>
  syncFrame(documentName, SYNC_STEP_1, stateVector);

/** An update, stored and acknowledged (SyncStatus) by the relay like any edit. */
export const updateFrame = (documentName: string, update: Uint8Array): Uint8Array =>
  syncFrame(documentName, SYNC_UPDATE, update);
