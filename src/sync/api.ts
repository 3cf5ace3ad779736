// HTTP calls to the relay's API (sign-in, refresh, the schools the user may read). Responses are
// validated with the shared wire schemas; failures come back as codes, never thrown strings.
import {
  PROTOCOL_HEADER,
  PROTOCOL_OUTDATED,
  PROTOCOL_VERSION,
  SCHOOLS_PATH,
  apiErrorSchema,
  loginResponseSchema,
  schoolLookupSchema,
  schoolsResponseSchema,
  type LoginResponse,
  type SchoolLookup,
  type SchoolsResponse,
} from '../domain/wire/protocol.ts';
import type { SchoolId } from '../domain/wire/documentNames.ts';
import { tooManyAttemptsSchema } from '../domain/wire/loginThrottle.ts';

/** A relay that does not answer within this time counts as unreachable (a captive portal, a dead Wi-Fi). */
const TIMEOUT_MS = 15_000;

export type ApiError =
  | 'offline'
  | 'invalid-credentials'
  | 'too-many-attempts'
  | 'token-invalid'
  | 'server-error'
  | 'bad-response'
  | 'outdated';
export interface ApiFailure {
  ok: false;
  error: ApiError;
  /** With 'too-many-attempts': seconds until the relay accepts another sign-in (docs/spec/operations.md TH-4). */
  retryAfterSeconds?: number;
}
export type ApiResult<T> = { ok: true; value: T } | ApiFailure;

async function throttled(res: Response): Promise<ApiFailure> {
  const body = tooManyAttemptsSchema.safeParse(await res.json().catch(() => null));
  if (body.success) return { ok: false, error: 'too-many-attempts', retryAfterSeconds: body.data.retryAfterSeconds };
  const header = Number(res.headers.get('retry-after'));
  return Number.isInteger(header) && header > 0
    ? { ok: false, error: 'too-many-attempts', retryAfterSeconds: header }
    : { ok: false, error: 'bad-response' };
}

async function call<T>(path: string, init: RequestInit, parse: (json: unknown) => T | null): Promise<ApiResult<T>> {
  let res: Response;
  try {
    const headers = {
      'content-type': 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...init.headers,
    };
    res = await fetch(path, { signal: AbortSignal.timeout(TIMEOUT_MS), ...init, headers });
  } catch {
    return { ok: false, error: 'offline' };
  }
  if (res.status === 401) {
    const body = apiErrorSchema.safeParse(await res.json().catch(() => null));
    const invalidCredentials = body.success && body.data.error === 'invalid-credentials';
    return { ok: false, error: invalidCredentials ? 'invalid-credentials' : 'token-invalid' };
  }
  if (res.status === 429) return throttled(res);
  // The relay speaks another protocol version (PV-1): only a newer app can talk to it.
  if (res.status === 426) {
    const body = apiErrorSchema.safeParse(await res.json().catch(() => null));
    if (body.data?.error === PROTOCOL_OUTDATED) return { ok: false, error: 'outdated' };
  }
  if (!res.ok) return { ok: false, error: res.status >= 500 ? 'server-error' : 'bad-response' };
  const value = parse(await res.json().catch(() => null));
  if (value === null) {
    console.error(`Unexpected response from ${path}`);
    return { ok: false, error: 'bad-response' };
  }
  return { ok: true, value };
}

const parseWith =
  <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }) =>
  (json: unknown): T | null => {
    const r = schema.safeParse(json);
    return r.success ? r.data : null;
  };

export function login(username: string, password: string): Promise<ApiResult<LoginResponse>> {
  return call(
    '/api/login',
    { method: 'POST', body: JSON.stringify({ username, password }) },
    parseWith(loginResponseSchema),
  );
}

export function refresh(token: string): Promise<ApiResult<LoginResponse>> {
  return call(
    '/api/refresh',
    { method: 'POST', headers: { authorization: `Bearer ${token}` } },
    parseWith(loginResponseSchema),
  );
}

/** The schools the relay lets this user read (docs/spec/access.md A-7). */
export function fetchSchools(token: string): Promise<ApiResult<SchoolsResponse>> {
  return call(
    SCHOOLS_PATH,
    { method: 'GET', headers: { authorization: `Bearer ${token}` } },
    parseWith(schoolsResponseSchema),
  );
}

/** Whether the relay holds this school and whether the user may read it; `timeoutMs` bounds the wait. */
export function lookupSchool(
  token: string,
  schoolId: SchoolId,
  timeoutMs = TIMEOUT_MS,
): Promise<ApiResult<SchoolLookup>> {
  const init = { method: 'GET', headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) };
  return call(`${SCHOOLS_PATH}/${schoolId}`, init, parseWith(schoolLookupSchema));
}
