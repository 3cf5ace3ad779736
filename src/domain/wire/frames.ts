// Hocuspocus frames as the app and the relay write and read them themselves (docs/spec/sync.md CU-1,
// CU-2, CU-4): [document name][message type…][payload], varints and strings in lib0's encoding, byte
// for byte what the stock provider writes.
export const MESSAGE_SYNC = 0;
export const MESSAGE_AUTH = 2;
export const MESSAGE_STATELESS = 5;

const utf8Encoder = new TextEncoder();

function varUint(out: number[], value: number): void {
  let rest = value;
  while (rest > 0x7f) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

/** A frame to `address`: the message type and subtypes in `kinds`, then `payload` with its length. */
export function frame(address: string, kinds: readonly number[], payload: Uint8Array): Uint8Array {
  const name = utf8Encoder.encode(address);
  const head: number[] = [];
  varUint(head, name.length);
  const tail: number[] = [];
  for (const kind of kinds) varUint(tail, kind);
  varUint(tail, payload.length);
  const bytes = new Uint8Array(head.length + name.length + tail.length + payload.length);
  bytes.set(head, 0);
  bytes.set(name, head.length);
  bytes.set(tail, head.length + name.length);
  bytes.set(payload, head.length + name.length + tail.length);
  return bytes;
}

/** A stateless frame (a string payload) to `address`. */
export const statelessFrame = (address: string, payload: string): Uint8Array =>
  frame(address, [MESSAGE_STATELESS], utf8Encoder.encode(payload));

/** Reads the varints and strings of a frame; throws RangeError on a truncated or malformed one. */
export class FrameReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) throw new RangeError('truncated frame');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new RangeError('varint too long');
  }

  varBytes(max: number): Uint8Array {
    const length = this.varUint();
    if (length > max || this.pos + length > this.bytes.length) throw new RangeError('bad length');
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
}
