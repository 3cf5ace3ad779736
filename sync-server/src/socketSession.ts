// Authenticate once per socket (docs/spec/sync.md CU-1). The app sends its bearer token in the Auth
// frame of the first document it opens on a socket and an empty token in every later one; the
// relay remembers the socket's last non-empty token (read here, in frame order, before Hocuspocus
// sees the frame) and authorizes each document with it exactly as before: the token is
// verified, the user re-read and the school checked for every document, so a revoked or expired
// token refuses the next document as it did when the token came with it.

import { FrameReader, MESSAGE_AUTH } from '../../src/domain/wire/frames.ts';

/** The Token subtype of an Auth frame (@hocuspocus/common). */
const AUTH_TOKEN = 0;
/** Longer tokens are not ours (ours are ~190 B): never kept. */
const MAX_TOKEN_BYTES = 4096;

/** The token a document attaches with: an empty one means "the one this socket already sent". */
export const SESSION_TOKEN = '';

export const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The token of an Auth frame, or null for any other frame (or one that does not parse: Hocuspocus judges it). */
export function tokenOfAuthFrame(frame: Uint8Array): string | null {
  try {
    const reader = new FrameReader(frame);
    reader.varBytes(frame.length); // the document name
    if (reader.varUint() !== MESSAGE_AUTH || reader.varUint() !== AUTH_TOKEN) return null;
    return utf8.decode(reader.varBytes(MAX_TOKEN_BYTES));
  } catch {
    return null;
  }
}

export interface SocketSessions {
  /** Called with every frame of a socket, in order, before Hocuspocus handles it. */
  noteFrame(socket: object, frame: Uint8Array): void;
  /** The token to authorize a document with: its own, or the socket's for SESSION_TOKEN (undefined: none yet). */
  tokenFor(socket: object, token: string): string | undefined;
}

export function createSocketSessions(): SocketSessions {
  const tokens = new WeakMap<object, string>();
  return {
    noteFrame(socket, frame) {
      const token = tokenOfAuthFrame(frame);
      if (token) tokens.set(socket, token);
    },
    tokenFor(socket, token) {
      return token === SESSION_TOKEN ? tokens.get(socket) : token;
    },
  };
}
