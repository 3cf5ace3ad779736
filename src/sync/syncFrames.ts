// Hocuspocus frames the app writes itself for its first flight (docs/spec/sync.md CU-2, CU-4):
// [document name][Sync][SyncStep1 | Update][payload], the same bytes the stock provider writes
// (y-protocols' sync messages behind the document's address), and stateless frames.
const MESSAGE_SYNC = 0;
const MESSAGE_STATELESS = 5;
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

function frame(address: string, kinds: number[], payload: Uint8Array): Uint8Array {
  const name = utf8.encode(address);
  const head: number[] = [];
  varUint(head, name.length);
  const prefix = head.length;
  const tail: number[] = [];
  for (const kind of kinds) varUint(tail, kind);
  varUint(tail, payload.length);
  const bytes = new Uint8Array(prefix + name.length + tail.length + payload.length);
  bytes.set(head, 0);
  bytes.set(name, prefix);
  bytes.set(tail, prefix + name.length);
  bytes.set(payload, prefix + name.length + tail.length);
  return bytes;
}

const syncFrame = (documentName: string, step: number, payload: Uint8Array) =>
  frame(documentName, [MESSAGE_SYNC, step], payload);

/** SyncStep1: "this is my state vector, send me what I lack". */
export const syncStep1Frame = (documentName: string, stateVector: Uint8Array): Uint8Array =>
  syncFrame(documentName, SYNC_STEP_1, stateVector);

/** An update, stored and acknowledged (SyncStatus) by the relay like any edit. */
export const updateFrame = (documentName: string, update: Uint8Array): Uint8Array =>
  syncFrame(documentName, SYNC_UPDATE, update);

/** A stateless frame (a string payload) to `address`. */
export const statelessFrame = (address: string, payload: string): Uint8Array =>
  frame(address, [MESSAGE_STATELESS], utf8.encode(payload));
