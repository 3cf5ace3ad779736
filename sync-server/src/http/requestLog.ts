// Request logs (LOG-2): one line per HTTP request when its response ends (request id, method, path
// without the query string, status, response time) and one per WebSocket upgrade, accepted or
// refused, with the same kind of id. The id is the caller's X-Request-Id when it looks sane,
// otherwise a new UUID, and is echoed in the X-Request-Id response header.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger, RelayLogger } from '../log.ts';

export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const SYNTHETIC_ERROR = /^failed with status code \d+$/;

/** The incoming X-Request-Id when it is short and plain (it goes into logs), else a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();
}

export function pathOf(url: string | undefined): string {
  return new URL(url ?? '/', 'http://x').pathname;
}

/** Logs each request once its response is finished; call it first in the request handler. */
export function createRequestLogger(log: RelayLogger): (req: IncomingMessage, res: ServerResponse) => void {
  return pinoHttp({
    logger: log.pino,
    wrapSerializers: false,
    genReqId: (req, res) => {
      const id = requestIdOf(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, path: pathOf(req.url) }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      // pino-http invents an Error for every 5xx; its stack says nothing, the status says it all.
      err: (err: Error) =>
        SYNTHETIC_ERROR.test(err.message) ? undefined : { type: err.name, message: err.message, stack: err.stack },
    },
    customLogLevel: (req, res, error) => {
      // An unhealthy /healthz is reported once per poll: a warning, the reasons are in its body.
      if (!error && pathOf(req.url) === '/healthz' && res.statusCode === 503) return 'warn';
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode === 429) return 'warn';
      // Load balancers poll /healthz every few seconds: a healthy answer is not news.
      if (pathOf(req.url) === '/healthz' && res.statusCode < 400) return 'debug';
      return 'info';
    },
  });
}

/** One line per WebSocket upgrade; `reason` is set when it was refused. */
export function logUpgrade(
  log: Logger,
  req: IncomingMessage,
  id: string,
  reason?: string,
  extra: Record<string, unknown> = {},
): void {
  const fields = { req: { id, method: req.method, path: pathOf(req.url) }, ...extra };
  if (reason) log.info(`websocket refused: ${reason}`, fields);
  else log.info('websocket accepted', fields);
}
