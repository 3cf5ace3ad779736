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

/** The state vector of a SyncStep1 frame, or null for any other frame. */
export function stateVectorOfSyncStep1(bytes: Uint8Array): Uint8Array | null {
  let pos = 0;
  const read = (): number => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = bytes[pos++];
      if (byte === undefined) return -1;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return -1;
  };
  const nameLength = read();
  if (nameLength < 0) return null;
  pos += nameLength;
  if (read() !== MESSAGE_SYNC || read() !== SYNC_STEP_1) return null;
  const length = read();
  if (length < 0 || pos + length > bytes.length) return null;
  return bytes.subarray(pos, pos + length);
}
