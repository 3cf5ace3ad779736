// createServer(config): one Node process that is the whole app — the built PWA, the JSON API and
// the Yjs relay (Hocuspocus) on one port. Tests call this; main.ts wires it to the environment.
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { WebSocketServer, type RawData } from 'ws';
import { LIVENESS_PING, LIVENESS_PONG, MAX_FRAME_BYTES, WS_PATH } from '../../src/domain/wire/protocol.ts';
import { refuseOutdated } from './protocolVersion.ts';
import type { Config } from './config.ts';
import { createLogger, type RelayLogger } from './log.ts';
import { openStorage } from './storage/index.ts';
import { describeDatabase } from './storage/location.ts';
import type { Storage } from './storage/types.ts';
import { createTokenService } from './auth/tokens.ts';
import { loadOrCreateSecret } from './secret.ts';
import { persistenceExtension } from './persistence.ts';
import { authorizationExtension } from './authorization.ts';
import { checkpointExtension } from './checkpoint.ts';
import { noEchoExtension } from './noEcho.ts';
import { unloadGuardExtension } from './unloadGuard.ts';
import { createSocketSessions } from './socketSession.ts';
import { expandCheckpointBatch } from './checkpointBatch.ts';
import { startRevocationWatcher } from './revocation.ts';
import type { SchoolDirectory } from './directoryLookup.ts';
import { NO_DIRECTORY } from './noDirectory.ts';
import { AUTH_DEADLINE_MS, AUTH_TIMEOUT_CODE, limitSocketsPerAddress, originAllowed } from './limits.ts';
import { createRedisClient } from './redis.ts';
import { createApiHandler } from './http/api.ts';
import { createStaticHandler } from './http/static.ts';
import { createHealthCheck } from './http/health.ts';
import { createRequestLogger, logUpgrade, pathOf, requestIdOf, REQUEST_ID_HEADER } from './http/requestLog.ts';
import { createLoginThrottle } from './auth/loginThrottle.ts';

export interface RunningServer {
  port: number;
  storage: Storage;
  hocuspocus: Hocuspocus;
  close(step?: (name: string) => void): Promise<void>;
}

const LIVENESS_PONG_FRAME = Uint8Array.of(LIVENESS_PONG);

/** Documents one socket may ask for before any is authenticated (an advisor with 30 schools × 5 areas). */
const MAX_PENDING_DOCUMENTS = 1000;

// eslint-disable-next-line max-lines-per-function -- HTTP, sockets, shutdown share state
export async function createServer(
  config: Config,
  log: RelayLogger = createLogger(config.logLevel),
  /** Mineduc's directory: which schools a sostenedor holds by RUT; none until it is loaded. */
  directory: SchoolDirectory = NO_DIRECTORY,
): Promise<RunningServer> {
  const storage = await openStorage(
    { databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile },
    {
      writerThread: true,
      onWriterLost: (error) => log.warn('SQLite writer thread unavailable; writing on the main thread', { error }),
    },
  );
  const secret = await loadOrCreateSecret(config.dataDir, config.secret);
  const tokens = createTokenService(secret, config.tokenTtlMs);
  const now = () => Date.now();

  const persistence = persistenceExtension(storage, log);
  // Requests (one per socket) on which some document authenticated: the others are closed at AUTH_DEADLINE_MS.
  const authenticatedSockets = new WeakSet<object>();
  const socketAuthenticated: Extension = {
    extensionName: 'bitacora-socket-authenticated',
    async connected({ request }) {
      authenticatedSockets.add(request);
    },
  };
  // One token per socket (CU-1): later documents attach under it and are authorized one by one.
  const sessions = createSocketSessions();
  const extensions: Extension[] = [
    authorizationExtension({ storage, directory, tokens, log, now, sessions }),
    persistence,
    checkpointExtension(log),
    socketAuthenticated,
    noEchoExtension(log),
    unloadGuardExtension(log),
  ];
  // ioredis prints "Unhandled error event" to stderr without a listener; one warning per connection per 10 s instead.
  const logRedisErrors = <C extends { on(event: 'error', listener: (error: Error) => void): unknown }>(
    client: C,
  ): C => {
    let last = 0;
    client.on('error', (error) => {
      if (Date.now() - last < 10_000) return;
      last = Date.now();
      log.warn('redis connection error', { error: error.message });
    });
    return client;
  };
  if (config.redisUrl) {
    const redisUrl = config.redisUrl;
    // The extension asks for two connections, publisher first, then subscriber.
    const names = ['bitacora-relay-pub', 'bitacora-relay-sub'];
    extensions.push(
      new RedisExtension({
        createClient: () => logRedisErrors(createRedisClient(redisUrl, names.shift() ?? 'bitacora-relay')),
      }),
    );
  }
  const hocuspocus = new Hocuspocus({
    name: 'bitacora-relay',
    quiet: true,
    debounce: config.storeDebounceMs,
    maxDebounce: Math.max(config.storeDebounceMs * 5, 10_000),
    maxPendingDocuments: MAX_PENDING_DOCUMENTS,
    maxUnauthenticatedQueueSize: 64 * 1024 * 1024,
    maxUnauthenticatedQueueMessages: 20_000,
    // Each update is broadcast as it is applied, so noEcho.ts knows its sender (CU-3).
    flushDelay: false,
    extensions,
  });

  const stopRevocationWatcher = startRevocationWatcher({
    storage,
    directory,
    hocuspocus,
    log,
    intervalMs: config.accessPollMs,
  });

  // One connection for the health check and the shared login counters; errors surface in /healthz.
  const redis = config.redisUrl ? logRedisErrors(createRedisClient(config.redisUrl, 'bitacora-relay')) : undefined;
  const health = createHealthCheck({ storage, redis, extra: () => ({ backlog: persistence.backlog() }) });
  const throttle = createLoginThrottle(redis);
  const api = createApiHandler({
    storage,
    directory,
    tokens,
    log,
    now,
    health,
    throttle,
    trustProxy: config.trustProxy,
  });
  const serveStatic = createStaticHandler(config.staticDir);
  const logRequest = createRequestLogger(log);
  // headersTimeout is checked every connectionsCheckingInterval: keep that short so slow headers are cut on time.
  const httpOptions = { headersTimeout: config.headersTimeoutMs, connectionsCheckingInterval: 1000 };
  const http = createHttpServer(httpOptions, (req, res) => {
    logRequest(req, res);
    const pathname = pathOf(req.url);
    api(req, res, pathname)
      .then((handled) => (handled ? undefined : serveStatic(req, res)))
      .catch((error: unknown) => {
        log.error('http handler failed', { pathname, error: String(error) });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":"internal"}');
      });
  });

  let lastRefusalLog = 0;
  limitSocketsPerAddress(http, config.maxSocketsPerAddress, (address) => {
    if (Date.now() - lastRefusalLog < 10_000) return;
    lastRefusalLog = Date.now();
    log.warn('connection refused: too many sockets from one address', { address, max: config.maxSocketsPerAddress });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const upgradeIds = new WeakMap<IncomingMessage, string>();
  wss.on('headers', (headers, req) => headers.push(`${REQUEST_ID_HEADER}: ${upgradeIds.get(req) ?? ''}`));
  http.on('upgrade', (req: IncomingMessage, socket, head) => {
    const requestId = requestIdOf(req);
    if (pathOf(req.url) !== WS_PATH) {
      logUpgrade(log, req, requestId, 'unknown path');
      socket.destroy();
      return;
    }
    if (!originAllowed(req, config.allowedOrigins)) {
      logUpgrade(log, req, requestId, 'origin not allowed', { origin: String(req.headers.origin).slice(0, 200) });
      socket.end(
        `HTTP/1.1 403 Forbidden\r\nConnection: close\r\n${REQUEST_ID_HEADER}: ${requestId}\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    upgradeIds.set(req, requestId);
    wss.handleUpgrade(req, socket, head, (ws) => {
      logUpgrade(log, req, requestId);
      if (refuseOutdated(ws, req, log)) return;
      const deadline = setTimeout(() => {
        if (authenticatedSockets.has(req)) return;
        ws.close(AUTH_TIMEOUT_CODE, 'authentication-timeout');
        setTimeout(() => ws.terminate(), 1000).unref();
      }, AUTH_DEADLINE_MS);
      deadline.unref();
      ws.once('close', () => clearTimeout(deadline));
      const connection = hocuspocus.handleConnection(ws, req as unknown as Request);
      ws.on('message', (data: RawData) => {
        const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
        // The app's liveness probe (S-22): answered here, stateless, never seen by Hocuspocus.
        if (bytes.length === 1 && bytes[0] === LIVENESS_PING) return ws.send(LIVENESS_PONG_FRAME);
        const frame = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        // Every document's checkpoint in one frame (CU-4): handed to each document in order.
        const checkpoints = expandCheckpointBatch(frame, log);
        if (checkpoints) return checkpoints.forEach((one) => connection.handleMessage(one));
        sessions.noteFrame(req, frame);
        connection.handleMessage(frame);
      });
      ws.on('error', (error) => log.warn('websocket error', { error: String(error) }));
      ws.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
    });
  });

  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const port = (http.address() as AddressInfo).port;
  log.info('listening', {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
    storage: storage.kind,
    database: describeDatabase(config),
  });

  let closing: Promise<void> | undefined;
  /**
   * OP-3: stop accepting, close sockets with 1001, compact, close storage. `step` names the stage for a shutdown log.
   */
  const close = (step: (name: string) => void = () => undefined) =>
    (closing ??= (async () => {
      step('closing connections');
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      // Keep-alive connections with no request in flight would hold http.close() open.
      http.closeIdleConnections();
      stopRevocationWatcher();
      for (const client of wss.clients) client.close(1001, 'server shutting down');
      step('compacting');
      // Every acknowledged update is already in storage; compacting what is open is housekeeping.
      await persistence.compactAndStop([...hocuspocus.documents.values()]);
      // What is still open now (a request in flight, a client that never answered the close frame) is cut.
      step('closing remaining connections');
      http.closeAllConnections();
      for (const client of wss.clients) client.terminate();
      await httpClosed;
      step('closing storage');
      await storage.close();
      redis?.disconnect();
      log.info('stopped');
    })());

  return { port, storage, hocuspocus, close };
}
