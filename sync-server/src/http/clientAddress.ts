// The address a request comes from (TH-5): the socket's peer, or, when the relay runs behind a
// reverse proxy and TRUST_PROXY is on, the first X-Forwarded-For hop (the original client).
import type { IncomingMessage } from 'node:http';

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return first.slice(0, 100);
  }
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}
