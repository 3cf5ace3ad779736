// PV-1 in the app: the version is sent on every API call, a 426 protocol-outdated becomes the
// 'outdated' code, and the sign-in screen says in Spanish to update the app.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PROTOCOL_HEADER,
  PROTOCOL_OUTDATED,
  PROTOCOL_VERSION,
  protocolAccepted,
} from '../../../src/domain/wire/protocol.ts';
import { login } from '../../../src/sync/api.ts';
import { loginFailureMessage } from '../../../src/features/session/loginMessages.ts';

afterEach(() => vi.unstubAllGlobals());

function relayAnswers(status: number, body: unknown): Headers[] {
  const sent: Headers[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    sent.push(new Headers(init.headers));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

describe('PV-1 protocol version', () => {
  it.each<[string | null | undefined, boolean]>([
    [String(PROTOCOL_VERSION), true],
    [null, PROTOCOL_VERSION === 1],
    [undefined, PROTOCOL_VERSION === 1],
    [String(PROTOCOL_VERSION + 1), false],
    ['0', false],
    ['', false],
    [' 1', false],
  ])('the relay accepts version %j: %s', (sent, accepted) => {
    expect(protocolAccepted(sent)).toBe(accepted);
  });

  it('the app sends its version with every API call', async () => {
    const sent = relayAnswers(401, { error: 'invalid-credentials' });
    expect(await login('ana', 'x')).toEqual({ ok: false, error: 'invalid-credentials' });
    expect(sent.map((h) => h.get(PROTOCOL_HEADER))).toEqual([String(PROTOCOL_VERSION)]);
  });

  it('a 426 protocol-outdated is the outdated code, and the sign-in screen asks to update the app', async () => {
    relayAnswers(426, { error: PROTOCOL_OUTDATED });
    const result = await login('ana', 'x');
    expect(result).toEqual({ ok: false, error: 'outdated' });
    expect(result.ok ? '' : loginFailureMessage(result)).toContain('actualiza la aplicación');
  });

  it('a 426 without the code is an unexpected answer, not a version refusal', async () => {
    relayAnswers(426, { error: 'something-else' });
    expect(await login('ana', 'x')).toEqual({ ok: false, error: 'bad-response' });
  });
});
