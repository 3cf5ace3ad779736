// The relay's side of the protocol version (docs/spec/sync.md PV-1): a sync socket or an API call
// from an app of another version is refused with a code the app turns into "actualiza la
// aplicación", never half-understood.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type WebSocket from 'ws';
import {
  OUTDATED_CLOSE_CODE,
  PROTOCOL_HEADER,
  PROTOCOL_OUTDATED,
  PROTOCOL_PARAM,
  PROTOCOL_VERSION,
  protocolAccepted,
} from '../../src/domain/wire/protocol.ts';
import type { Logger } from './log.ts';
import { send } from './http/json.ts';

/** The version a socket asked for in its URL's query, null when it sent none. */
function socketVersion(req: IncomingMessage): string | null {
  return new URL(req.url ?? '/', 'http://relay').searchParams.get(PROTOCOL_PARAM);
}

/** Closes a just-opened sync socket of another version; true when it did. */
export function refuseOutdated(ws: WebSocket, req: IncomingMessage, log: Logger): boolean {
  const sent = socketVersion(req);
  if (protocolAccepted(sent)) return false;
  log.warn('sync socket refused: protocol version', { sent: String(sent).slice(0, 20), expected: PROTOCOL_VERSION });
  ws.close(OUTDATED_CLOSE_CODE, PROTOCOL_OUTDATED);
  return true;
}

/** Answers 426 to an API call of another version; true when it did. */
export function refuseOutdatedCall(req: IncomingMessage, res: ServerResponse): boolean {
  const header = req.headers[PROTOCOL_HEADER];
  if (protocolAccepted(Array.isArray(header) ? header[0] : header)) return false;
  send(res, 426, { error: PROTOCOL_OUTDATED });
  return true;
}
