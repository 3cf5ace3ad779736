// What the sign-in screen says when the relay refuses a sign-in, in Spanish (errors arrive as codes).
import type { ApiError, ApiFailure } from '../../sync/api.ts';
import { OUTDATED_APP } from '../sync-status/index.ts';

const MESSAGES: Record<Exclude<ApiError, 'too-many-attempts'>, string> = {
  offline:
    'No hay conexión con el servidor. La primera vez debe ingresar con conexión; después la aplicación funciona sin internet.',
  'invalid-credentials': 'Usuario o contraseña incorrectos.',
  'token-invalid': 'No se pudo iniciar sesión. Intente de nuevo.',
  'server-error': 'El servidor tuvo un problema. Intente de nuevo en unos minutos.',
  'bad-response': 'Respuesta inesperada del servidor. Intente de nuevo.',
  outdated: OUTDATED_APP,
};

/** The wait is shown in whole minutes, rounded up (docs/spec/operations.md TH-4). */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Demasiados intentos fallidos. Intenta de nuevo en ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`;
}

export function loginFailureMessage(failure: Pick<ApiFailure, 'error' | 'retryAfterSeconds'>): string {
  if (failure.error === 'too-many-attempts') return tooManyAttemptsMessage(failure.retryAfterSeconds ?? 60);
  return MESSAGES[failure.error];
}
