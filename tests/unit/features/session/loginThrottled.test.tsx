// @vitest-environment jsdom
// TH-4 in the app: when the relay answers a sign-in with 429, the sign-in screen says in Spanish how
// many minutes to wait, from the zod-validated body (or the Retry-After header when the body is not
// the expected one); a 429 with neither is an unexpected answer, not a made-up wait.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginScreen } from '../../../../src/features/session/index.ts';
import { loginFailureMessage, tooManyAttemptsMessage } from '../../../../src/features/session/loginMessages.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function relayAnswers(status: number, body: unknown, headers: Record<string, string> = {}): string[] {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  });
  return calls;
}

async function submit(username: string, password: string): Promise<string> {
  const { container } = render(<LoginScreen />);
  fireEvent.input(container.querySelector('input[autocomplete="username"]') as HTMLInputElement, {
    target: { value: username },
  });
  fireEvent.input(container.querySelector('input[type="password"]') as HTMLInputElement, {
    target: { value: password },
  });
  fireEvent.submit(container.querySelector('form') as HTMLFormElement);
  return (await screen.findByRole('alert')).textContent ?? '';
}

describe('TH-4 the sign-in screen after a 429', () => {
  it('shows the wait in minutes, rounded up, from the validated body', async () => {
    const calls = relayAnswers(429, { error: 'too-many-attempts', retryAfterSeconds: 170 }, { 'retry-after': '170' });
    expect(await submit('ana', 'equivocada')).toBe('Demasiados intentos fallidos. Intenta de nuevo en 3 minutos.');
    expect(calls).toEqual(['/api/login']);
  });

  it('falls back to Retry-After when the body is not the expected one', async () => {
    relayAnswers(429, { error: 'otra-cosa' }, { 'retry-after': '45' });
    expect(await submit('ana', 'equivocada')).toBe('Demasiados intentos fallidos. Intenta de nuevo en 1 minuto.');
  });

  it('calls a 429 without a usable wait an unexpected answer', async () => {
    relayAnswers(429, { error: 'too-many-attempts', retryAfterSeconds: -5 });
    expect(await submit('ana', 'equivocada')).toBe('Respuesta inesperada del servidor. Intente de nuevo.');
  });

  it('still says wrong credentials for a 401', async () => {
    relayAnswers(401, { error: 'invalid-credentials' });
    expect(await submit('ana', 'equivocada')).toBe('Usuario o contraseña incorrectos.');
  });
});

describe('TH-4 wait wording', () => {
  it.each([
    [1, '1 minuto'],
    [60, '1 minuto'],
    [61, '2 minutos'],
    [900, '15 minutos'],
    [3600, '60 minutos'],
  ])('%i s → %s', (seconds, words) => {
    expect(tooManyAttemptsMessage(seconds)).toBe(`Demasiados intentos fallidos. Intenta de nuevo en ${words}.`);
    expect(loginFailureMessage({ error: 'too-many-attempts', retryAfterSeconds: seconds })).toContain(words);
  });
});
