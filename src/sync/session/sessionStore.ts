// The signed-in session on this device, as a vanilla zustand store: the session wiring of the
// sync layer (the sign-in screen and the hooks that read it are src/features/session). Restores
// the saved token at start (so the app works offline for weeks), opens the user's workspace, sync
// engine and attachment upload, and refreshes the token and the list of schools whenever the relay
// becomes reachable (sign-in, the browser's `online` event, the sync socket connecting again).
import { createStore } from 'zustand/vanilla';
import type { LoginResponse } from '../../domain/wire/protocol.ts';
import { clearSession, loadSession, saveSession } from '../../data/appDb.ts';
import type { Workspace } from '../../data/workspace.ts';
import type { SyncEngine } from '../syncEngine.ts';
import { fetchSchools, login, refresh, type ApiFailure } from '../api.ts';
import { relaySchoolsStore } from '../relaySchools.ts';
import { clearDocStatus, syncStore } from '../syncStore.ts';
import type { AttachmentSync } from '../attachmentSync.ts';
import { docName, type DocKind } from '../../domain/wire/documentNames.ts';
import { readsSchoolsAtAGlance } from '../../domain/dashboard/access.ts';
import { firstScreenGate } from './firstScreen.ts';

const LIST_KINDS: readonly DocKind[] = ['profile', 'programme'];
const GLANCE_KINDS: readonly DocKind[] = ['profile', 'programme', 'pme', 'monitoring', 'evaluation'];
// Straight from its file: the transfer module's index brings Yjs, which the sign-in chunk must not (CS-6).
import { saveRelaySchools } from '../../data/transfer/deviceFacts.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: 'expired' }
  | {
      status: 'signed-in';
      session: LoginResponse;
      workspace: Workspace;
      engine: SyncEngine;
      attachments: AttachmentSync;
    };

export const sessionStore = createStore<SessionState>(() => ({ status: 'loading' }));

const REFRESH_AFTER_MS = 24 * 3600 * 1000;
/** When the background opening starts if no school list said the first screen was shown. */
const FIRST_SCREEN_GRACE_MS = 1500;
/** The longest a screen's hold keeps the background opening waiting: unsynced work must go up (CS-2). */
const FIRST_SCREEN_HOLD_LIMIT_MS = 15_000;

function currentToken(): string {
  const s = sessionStore.getState();
  return s.status === 'signed-in' ? s.session.token : '';
}

let stopUploadTrigger: (() => void) | undefined;
let stopOpeningCount: (() => void) | undefined;

/**
 * The workspace, the sync engine (Yjs, y-indexeddb, the provider) and the uploads are loaded only
 * for a signed-in user: the sign-in screen never fetches them (CS-6).
 */
async function importSessionModules() {
  const [{ Workspace }, { SyncEngine, defaultSyncBaseUrl }, { createAttachmentSync }] = await Promise.all([
    import('../../data/workspace.ts'),
    import('../syncEngine.ts'),
    import('../attachmentSync.ts'),
  ]);
  return { Workspace, SyncEngine, defaultSyncBaseUrl, createAttachmentSync };
}

let sessionModules: ReturnType<typeof importSessionModules> | null = null;
const loadSessionModules = () => (sessionModules ??= importSessionModules());

/** Set while a session is open on this device: a start can fetch the session's code before reading it. */
const SIGNED_IN_HINT = 'bitacora.signedIn';

/** Whether the last start ended signed in (a hint only: the saved session decides). */
export function probablySignedIn(): boolean {
  return localStorage.getItem(SIGNED_IN_HINT) !== null;
}

async function open(session: LoginResponse): Promise<void> {
  const { Workspace, SyncEngine, defaultSyncBaseUrl, createAttachmentSync } = await loadSessionModules();
  localStorage.setItem(SIGNED_IN_HINT, '1');
  const workspace = new Workspace(session.user.id, { role: session.user.role });
  stopOpeningCount?.();
  stopOpeningCount = workspace.onBackgroundRemaining((opening) => syncStore.setState({ opening }));
  const engine = new SyncEngine(workspace, { baseUrl: defaultSyncBaseUrl(window.location), token: currentToken });
  const attachments = createAttachmentSync({ db: workspace.db, baseUrl: '', getToken: currentToken });
  syncStore.setState({ user: session.user });
  // The lists read the Dexie index and digests, so the shell shows at once without opening a
  // document; every document this device holds is then opened (and synced) in the background.
  sessionStore.setState({ status: 'signed-in', session, workspace, engine, attachments });
  performance.mark('session-open');
  attachments.start();
  // The relay being reachable again (the sync socket reconnects) is also when photos can go up
  // and the relay's list of schools is asked again: the browser's `online` event does not fire
  // when only the server was away.
  let last = syncStore.getState().connection;
  stopUploadTrigger?.();
  stopUploadTrigger = syncStore.subscribe((state) => {
    if (state.connection === 'online' && last !== 'online') {
      void attachments.uploadPending();
      void pullFromServer();
    }
    last = state.connection;
  });
  // A first screen other than the school list (a reload on a school's page) opens what it needs
  // itself; the rest waits until that screen had time to show (CS-1).
  firstScreen.opened();
  void pullFromServer();
}

/**
 * A first screen that reads many rows itself (the Panel de establecimientos) keeps the background
 * opening waiting until it calls `firstScreenShown`, even past the grace (CS-1, SDP-3): with 100
 * schools, 500 documents opening and deriving would compete with its reads and it would show late.
 * Returns the release (for a screen left before it showed); bounded by FIRST_SCREEN_HOLD_LIMIT_MS.
 */
export function holdBackgroundOpening(): () => void {
  return firstScreen.hold();
}

/**
 * The first screen is interactive: the documents this device holds start opening in the
 * background (unsynced ones first), and with them their sync. Called by the school list once it
 * shows; idempotent.
 */
export function firstScreenShown(): void {
  firstScreen.shown();
}

const firstScreen = firstScreenGate(
  () => {
    const s = sessionStore.getState();
    if (s.status === 'signed-in') void s.workspace.startBackgroundOpening();
  },
  { graceMs: FIRST_SCREEN_GRACE_MS, holdLimitMs: FIRST_SCREEN_HOLD_LIMIT_MS },
);

let pulling: Promise<void> | null = null;
let pullAgain = false;

/**
 * Refreshes the token when it is a day old and opens every school the relay lets the user read
 * each profile syncs through the engine, and the Dexie index is derived from it as usual.
 * One pull at a time; a request during a pull runs once more after it (the relay may have
 * become reachable meanwhile).
 */
export function pullFromServer(): Promise<void> {
  if (pulling) {
    pullAgain = true;
    return pulling;
  }
  pulling = (async () => {
    do {
      pullAgain = false;
      await pull();
    } while (pullAgain);
  })().finally(() => (pulling = null));
  return pulling;
}

async function pull(): Promise<void> {
  const s = sessionStore.getState();
  if (s.status !== 'signed-in') return;
  const issuedAgo = Date.now() - (s.session.expiresAt - sessionLifetime(s.session));
  if (issuedAgo > REFRESH_AFTER_MS) {
    const renewed = await refresh(s.session.token);
    if (renewed.ok) {
      await saveSession(renewed.value);
      s.workspace.setRole(renewed.value.user.role);
      sessionStore.setState({ ...s, session: renewed.value });
    }
  }
  const listed = await fetchSchools(currentToken());
  const current = sessionStore.getState();
  if (!listed.ok || current.status !== 'signed-in' || current.workspace !== s.workspace) return;
  relaySchoolsStore.setState({ schools: listed.value.schools });
  // Kept on the device: an import checks it offline (docs/spec/transfer.md EX-13).
  void saveRelaySchools(
    s.session.user.id,
    listed.value.schools.map((school) => school.schoolId),
  ).catch((err: unknown) => console.error('School list not kept on the device', err));
  // The profile feeds the list; the programme feeds the portfolio's figures; for those who read many
  // schools at a glance, the PME, monitoring and evaluation feed the dashboard's digests (SD-10). They open
  // in the background, after the documents with unsynced changes (CS-2).
  const kinds = readsSchoolsAtAGlance(s.session.user.role) ? GLANCE_KINDS : LIST_KINDS;
  current.workspace.openLater(
    listed.value.schools.flatMap(({ schoolId }) => kinds.map((kind) => docName(schoolId, kind))),
  );
}

/** Tokens carry no issue time on the client; the lifetime is learnt from the first one seen. */
function sessionLifetime(session: LoginResponse): number {
  const key = 'bitacora.tokenLifetime';
  const known = Number(localStorage.getItem(key));
  if (known > 0) return known;
  const lifetime = Math.max(session.expiresAt - Date.now(), 0);
  localStorage.setItem(key, String(lifetime));
  return lifetime;
}

export async function restoreSession(): Promise<void> {
  // Reading the saved session and fetching the code it needs overlap on a device that was signed in.
  if (probablySignedIn()) void loadSessionModules();
  const saved = await loadSession();
  if (!saved) {
    sessionStore.setState({ status: 'signed-out' });
    return;
  }
  if (saved.expiresAt <= Date.now()) {
    sessionStore.setState({ status: 'signed-out', reason: 'expired' });
    return;
  }
  await open(saved);
}

export async function signIn(username: string, password: string): Promise<ApiFailure | null> {
  const result = await login(username, password);
  if (!result.ok) return result;
  localStorage.setItem('bitacora.tokenLifetime', String(result.value.expiresAt - Date.now()));
  await saveSession(result.value);
  await open(result.value);
  return null;
}

/** Signs out on this device. Local documents stay in IndexedDB and sync at the next sign-in. */
export async function signOut(): Promise<void> {
  const s = sessionStore.getState();
  if (s.status === 'signed-in') {
    s.engine.destroy();
    s.attachments.stop();
    stopUploadTrigger?.();
    stopUploadTrigger = undefined;
    stopOpeningCount?.();
    stopOpeningCount = undefined;
    await s.workspace.close();
  }
  await clearSession();
  localStorage.removeItem(SIGNED_IN_HINT);
  clearDocStatus();
  syncStore.setState({ user: null, connection: 'offline', opening: 0 });
  relaySchoolsStore.setState({ schools: null });
  sessionStore.setState({ status: 'signed-out' });
}

export function installSessionListeners(): void {
  window.addEventListener('online', () => void pullFromServer());
  window.addEventListener('pagehide', () => {
    const s = sessionStore.getState();
    if (s.status === 'signed-in') s.workspace.flush();
  });
}
