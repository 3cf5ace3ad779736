// A raw WebSocket to the relay for wire-level tests: sends hand-built frames (frames.ts) and records
// every frame it receives, parsed.
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WS_PATH } from '../../src/domain/wire/protocol.ts';
import type { RelayProcess } from './serverProcess.ts';
import { waitFor } from './nodeClient.ts';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AUTH = 2;
export const MESSAGE_STATELESS = 5;
export const MESSAGE_SYNC_STATUS = 8;
const AUTH_DENIED = 1;
const AUTH_OK = 2;

export interface Received {
  doc: string;
  type: number;
  /** Auth: 'ok' or the denial reason; Sync: step and payload; Stateless: the JSON; SyncStatus: applied. */
  auth?: string;
  step?: number;
  payload?: Uint8Array;
  stateless?: unknown;
}

function parse(frame: Uint8Array): Received {
  const decoder = decoding.createDecoder(frame);
  const doc = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_AUTH) {
    const sub = decoding.readVarUint(decoder);
    return { doc, type, auth: sub === AUTH_OK ? 'ok' : sub === AUTH_DENIED ? decoding.readVarString(decoder) : '?' };
  }
  if (type === MESSAGE_SYNC) {
    const step = decoding.readVarUint(decoder);
    return { doc, type, step, payload: decoding.readVarUint8Array(decoder) };
  }
  if (type === MESSAGE_STATELESS) return { doc, type, stateless: JSON.parse(decoding.readVarString(decoder)) };
  return { doc, type };
}

export function statelessFrame(documentName: string, payload: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MESSAGE_STATELESS);
  encoding.writeVarString(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A raw socket to the relay that records every frame it receives, parsed. */
export class RawSocket {
  readonly received: Received[] = [];
  receivedBytes = 0;
  private readonly ws: WebSocket;
  readonly open: Promise<void>;

  constructor(relay: RelayProcess) {
    this.ws = new WebSocket(`${relay.wsUrl}${WS_PATH}`);
    this.ws.binaryType = 'arraybuffer';
    this.ws.on('message', (data: ArrayBuffer) => {
      this.receivedBytes += data.byteLength;
      this.received.push(parse(new Uint8Array(data)));
    });
    this.ws.on('error', () => undefined);
    this.open = new Promise((resolve) => this.ws.once('open', () => resolve()));
  }

  send(...frames: Uint8Array[]): void {
    for (const f of frames) this.ws.send(f);
  }

  of(doc: string, type: number): Received[] {
    return this.received.filter((r) => r.doc === doc && r.type === type);
  }

  async authOf(doc: string): Promise<string> {
    await waitFor(() => this.of(doc, MESSAGE_AUTH).length > 0, 15_000, `auth answer for ${doc}`);
    return this.of(doc, MESSAGE_AUTH)[0]!.auth!;
  }

  close(): void {
    this.ws.close();
  }
}
