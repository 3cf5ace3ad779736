// Before a school is registered, the relay is asked whether it already holds that RBD
// (access.md A-7), so that a school someone registered is opened rather than created twice.
// Offline (or with no answer in time) registration goes on as before: the merge rule handles it.
import { createStore } from 'zustand/vanilla';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { SchoolLookup } from '../../domain/wire/protocol.ts';
import { lookupSchool } from '../../sync/api.ts';
import { syncStore } from '../../sync/syncStore.ts';
import { sessionStore } from '../session/index.ts';
import { relayVerdict, type RelayVerdict } from '../../domain/schools/relayVerdict.ts';

export { relayVerdict };

/** How long registration waits for the relay's answer before going on without it. */
const LOOKUP_TIMEOUT_MS = 4000;

export const RELAY_VERDICT_MESSAGES: Record<Exclude<RelayVerdict, 'register' | 'open-existing'>, string> = {
  'held-by-other':
    'Este establecimiento ya está registrado en el servidor y asignado a otro asesor. Si lo registra aquí, sus datos quedarán solo en este equipo; pida acceso a su coordinador.',
  'not-authorized':
    'No tiene acceso a este establecimiento en el servidor. Si lo registra aquí, sus datos quedarán solo en este equipo.',
};

/** The relay's answer for this RBD, or null when it is not reachable now. */
export async function askRelay(schoolId: SchoolId): Promise<SchoolLookup | null> {
  const session = sessionStore.getState();
  if (session.status !== 'signed-in' || syncStore.getState().connection !== 'online') return null;
  const result = await lookupSchool(session.session.token, schoolId, LOOKUP_TIMEOUT_MS);
  return result.ok && result.value.schoolId === schoolId ? result.value : null;
}

/** The school last opened instead of registered, for its page to say why it opened. */
export const openedExistingStore = createStore<{ schoolId: SchoolId | null }>(() => ({ schoolId: null }));
