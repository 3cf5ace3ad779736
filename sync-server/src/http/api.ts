// The relay's small JSON API: sign-in (token for offline use), who am I and which schools I sync,
// token refresh, health; the schools a user may read (./schools.ts) and attachments
// (./attachments.ts) are delegated. Bodies are validated with the shared wire schemas.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SCHOOLS_PATH, loginRequestSchema, type LoginResponse, type MeResponse } from '../../../src/domain/wire/protocol.ts';
import { verifyPassword } from '../auth/password.ts';
import type { TokenService } from '../auth/tokens.ts';
import { authenticateToken } from '../access.ts';
import type { Storage, UserRecord } from '../storage/types.ts';
import type { Logger } from '../log.ts';
import { ATTACHMENTS_PATH } from '../../../src/domain/wire/attachments.ts';
import { createAttachmentHandler } from './attachments.ts';
import { handleSchools } from './schools.ts';

const MAX_BODY = 16 * 1024;
// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const publicUser = (u: UserRecord) => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role });

export function createApiHandler(deps: {
  storage: Storage;
  tokens: TokenService;
  log: Logger;
  now: () => number;
  /** Extra /healthz detail (the storage backlog, S-24). */
  health?: () => Record<string, unknown>;
}) {
  const { storage, tokens, log, now } = deps;
  const attachments = createAttachmentHandler(deps);

  const bearer = async (req: IncomingMessage) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    return authenticateToken(storage, tokens, token, now());
  };

  const schoolsOf = async (user: UserRecord): Promise<MeResponse> => {
    const all = user.role === 'admin' || user.role === 'coordinador';
    const schools = all
      ? [...new Set((await storage.listDocumentNames('school:')).map((n) => n.split(':')[1] ?? ''))].filter(Boolean)
      : await storage.listGrants(user.id);
    return { user: publicUser(user), schools: schools.sort(), allSchools: all };
  };

  return async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (pathname === '/healthz') {
      send(res, 200, { status: 'ok', storage: storage.kind, ...deps.health?.() });
      return true;
    }
    if (pathname === '/api/login' && req.method === 'POST') {
      let body: unknown;
      try {
        body = await readJson(req);
      } catch {
        send(res, 400, { error: 'bad-request' });
        return true;
      }
      const parsed = loginRequestSchema.safeParse(body);
      if (!parsed.success) {
        send(res, 400, { error: 'bad-request' });
        return true;
      }
      const user = await storage.findUserByUsername(parsed.data.username);
      const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok || user.disabled) {
        log.info('login refused', { username: parsed.data.username });
        send(res, 401, { error: 'invalid-credentials' });
        return true;
      }
      const issued = tokens.issue(user.id, user.tokenVersion, now());
      log.info('login', { userId: user.id, role: user.role });
      send(res, 200, { ...issued, user: publicUser(user) } satisfies LoginResponse);
      return true;
    }
    if (pathname === '/api/me' && req.method === 'GET') {
      const auth = await bearer(req);
      if (!auth.ok) {
        send(res, 401, { error: auth.reason });
        return true;
      }
      send(res, 200, await schoolsOf(auth.user));
      return true;
    }
    if (pathname === '/api/refresh' && req.method === 'POST') {
      const auth = await bearer(req);
      if (!auth.ok) {
        send(res, 401, { error: auth.reason });
        return true;
      }
      const issued = tokens.issue(auth.user.id, auth.user.tokenVersion, now());
      send(res, 200, { ...issued, user: publicUser(auth.user) } satisfies LoginResponse);
      return true;
    }
    if (pathname === SCHOOLS_PATH || pathname.startsWith(`${SCHOOLS_PATH}/`)) {
      if (req.method !== 'GET') {
        res.setHeader('allow', 'GET');
        send(res, 405, { error: 'method-not-allowed' });
        return true;
      }
      const auth = await bearer(req);
      if (!auth.ok) {
        send(res, 401, { error: auth.reason });
        return true;
      }
      await handleSchools(storage, auth.user, res, pathname.slice(SCHOOLS_PATH.length));
      return true;
    }
    if (pathname.startsWith(`${ATTACHMENTS_PATH}/`)) {
      await attachments(req, res, pathname);
      return true;
    }
    if (pathname.startsWith('/api/')) {
      send(res, 404, { error: 'not-found' });
      return true;
    }
    return false;
  };
}
