// HTTP calls to the relay's API (sign-in, refresh, who am I). Responses are validated with the
// shared wire schemas; failures come back as codes, never thrown strings.
import { loginResponseSchema, meResponseSchema, type LoginResponse, type MeResponse } from '../domain/wire/protocol.ts';

export type ApiError = 'offline' | 'invalid-credentials' | 'token-invalid' | 'server-error' | 'bad-response';
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

async function call<T>(path: string, init: RequestInit, parse: (json: unknown) => T | null): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  } catch {
    return { ok: false, error: 'offline' };
  }
  if (res.status === 401) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    return { ok: false, error: body.error === 'invalid-credentials' ? 'invalid-credentials' : 'token-invalid' };
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
  return call('/api/login', { method: 'POST', body: JSON.stringify({ username, password }) }, parseWith(loginResponseSchema));
}

export function refresh(token: string): Promise<ApiResult<LoginResponse>> {
  return call('/api/refresh', { method: 'POST', headers: { authorization: `Bearer ${token}` } }, parseWith(loginResponseSchema));
}

export function fetchMe(token: string): Promise<ApiResult<MeResponse>> {
  return call('/api/me', { method: 'GET', headers: { authorization: `Bearer ${token}` } }, parseWith(meResponseSchema));
}
