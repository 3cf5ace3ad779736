// The relay's small JSON API: sign-in (token for offline use), who am I and which schools I sync,
// token refresh, health; the schools a user may read (./schools.ts) and attachments
// (./attachments.ts) are delegated. Bodies are validated with the shared wire schemas.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SCHOOLS_PATH, type LoginResponse, type MeResponse } from '../../../src/domain/wire/protocol.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { LoginThrottle } from '../auth/loginThrottle.ts';
import { authenticateToken, sostenedorSchools } from '../access.ts';
import type { SchoolDirectory } from '../directoryLookup.ts';
import { readsEverySchool } from '../../../src/domain/access/roles.ts';
import type { Storage, UserRecord } from '../storage/types.ts';
import type { Logger } from '../log.ts';
import { ATTACHMENTS_PATH } from '../../../src/domain/wire/attachments.ts';
import { createAttachmentHandler } from './attachments.ts';
import { handleSchools } from './schools.ts';
import type { HealthReport } from './health.ts';
import { send } from './json.ts';
import { createLoginHandler, publicUser } from './login.ts';
import { refuseOutdatedCall } from '../protocolVersion.ts';

// eslint-disable-next-line max-lines-per-function -- one route per endpoint over shared storage
export function createApiHandler(deps: {
  storage: Storage;
  directory: SchoolDirectory;
  tokens: TokenService;
  log: Logger;
  now: () => number;
  /** /healthz: whether storage (and Redis) answer, with the storage backlog (S-24, HL-1). */
  health: () => Promise<HealthReport>;
  throttle: LoginThrottle;
  trustProxy: boolean;
}) {
  const { storage, tokens, now } = deps;
  const attachments = createAttachmentHandler(deps);
  const login = createLoginHandler(deps);

  const bearer = async (req: IncomingMessage) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    return authenticateToken(storage, tokens, token, now());
  };

  const schoolsOf = async (user: UserRecord): Promise<MeResponse> => {
    const all = readsEverySchool(user.role);
    const grants = all ? [] : await storage.listGrants(user.id);
    const schools = all
      ? [...new Set((await storage.listDocumentNames('school:')).map((n) => n.split(':')[1] ?? ''))].filter(Boolean)
      : user.role === 'sostenedor'
        ? sostenedorSchools(deps.directory, user, grants)
        : grants;
    return { user: publicUser(user), schools: schools.sort(), allSchools: all };
  };

  return async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (pathname === '/healthz') {
      const report = await deps.health();
      send(res, report.ok ? 200 : 503, report.body);
      return true;
    }
    if (pathname.startsWith('/api/') && refuseOutdatedCall(req, res)) return true;
    if (pathname === '/api/login' && req.method === 'POST') {
      await login(req, res);
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
      await handleSchools({ storage, directory: deps.directory }, auth.user, res, pathname.slice(SCHOOLS_PATH.length));
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
