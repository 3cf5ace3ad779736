// Limits on what one socket and one address may hold (issue 16 §3), on top of the token checks:
// the WebSocket upgrade's Origin must be allowed, a socket that authenticates no document within
// AUTH_DEADLINE_MS is closed, and one remote address may hold at most `maxSocketsPerAddress` TCP
// connections (HTTP and WebSocket together). Header time is bounded by the HTTP server itself
// (headersTimeout, see server.ts). Defaults leave ample room for a school behind one NAT address.
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';

/** A socket must have authenticated at least one document this soon after it opened. */
export const AUTH_DEADLINE_MS = 10_000;
/** Close code for a socket that never authenticated (4xxx: application range). */
export const AUTH_TIMEOUT_CODE = 4408;

/**
 * `allowed` empty means same origin: the Origin's host must equal the Host header. A request without
 * Origin (not a browser: the CLI, tests, native clients) passes; the token is still required.
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  if (allowed.length > 0) return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Caps the TCP connections one remote address holds at once; extra ones are closed at accept. */
export function limitSocketsPerAddress(
  server: Server,
  max: number,
  onRefused: (address: string) => void,
): () => Map<string, number> {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      onRefused(address);
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
  return () => open;
}
