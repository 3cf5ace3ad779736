// POST /api/login: a token for offline use in exchange for a valid username and password, throttled
// by username and by address (TH-1..TH-4): a blocked caller gets 429 with Retry-After and is not
// checked at all, so even the right password waits for the block to end.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loginRequestSchema, type LoginResponse } from '../../../src/domain/wire/protocol.ts';
import { TOO_MANY_ATTEMPTS, type TooManyAttempts } from '../../../src/domain/wire/loginThrottle.ts';
import { verifyPassword } from '../auth/password.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { LoginThrottle } from '../auth/loginThrottle.ts';
import type { Storage, UserRecord } from '../storage/types.ts';
import type { Logger } from '../log.ts';
import { clientAddress } from './clientAddress.ts';
import { readJson, send } from './json.ts';

// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const publicUser = (u: UserRecord) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
});

export interface LoginDeps {
  storage: Storage;
  tokens: TokenService;
  log: Logger;
  now: () => number;
  throttle: LoginThrottle;
  trustProxy: boolean;
}

function tooManyAttempts(res: ServerResponse, retryAfterSeconds: number): void {
  send(res, 429, { error: TOO_MANY_ATTEMPTS, retryAfterSeconds } satisfies TooManyAttempts, {
    'retry-after': String(retryAfterSeconds),
  });
}

export function createLoginHandler({ storage, tokens, log, now, throttle, trustProxy }: LoginDeps) {
  return async function handleLogin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      return send(res, 400, { error: 'bad-request' });
    }
    const parsed = loginRequestSchema.safeParse(body);
    if (!parsed.success) return send(res, 400, { error: 'bad-request' });
    const { username, password } = parsed.data;
    const address = clientAddress(req, trustProxy);
    // pino-http gave the request its id: these lines can be matched with the request line.
    const reqId = (req as IncomingMessage & { id?: unknown }).id;

    const wait = await throttle.waitSeconds(username, address);
    if (wait > 0) {
      log.warn('login throttled', { reqId, username, address, retryAfterSeconds: wait });
      return tooManyAttempts(res, wait);
    }
    const user = await storage.findUserByUsername(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || user.disabled) {
      const blockedFor = await throttle.failed(username, address);
      log.info('login refused', { reqId, username, address });
      if (blockedFor > 0) {
        log.warn('login blocked after repeated failures', { reqId, username, address, retryAfterSeconds: blockedFor });
        return tooManyAttempts(res, blockedFor);
      }
      return send(res, 401, { error: 'invalid-credentials' });
    }
    await throttle.succeeded(username);
    const issued = tokens.issue(user.id, user.tokenVersion, now());
    log.info('login', { reqId, userId: user.id, role: user.role });
    send(res, 200, { ...issued, user: publicUser(user) } satisfies LoginResponse);
  };
}
