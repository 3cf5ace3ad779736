// Device-wide Dexie database: who is signed in on this device (token for offline use), device
// settings, and Mineduc's school directory (directory.ts: the same for every user, so stored once).
// Per-user working data lives in userDb.ts and in the Yjs documents.
import Dexie, { type EntityTable } from 'dexie';
import { loginResponseSchema, type LoginResponse } from '../domain/wire/protocol.ts';
import type { DirectorySchool } from '../domain/schools/compactDirectory.ts';

interface SessionRow {
  key: 'current';
  session: LoginResponse;
  savedAt: number;
}

interface SettingRow {
  key: string;
  value: unknown;
}

export const appDb = new Dexie('bitacora-app') as Dexie & {
  session: EntityTable<SessionRow, 'key'>;
  settings: EntityTable<SettingRow, 'key'>;
  directory: EntityTable<DirectorySchool, 'rbd'>;
};

appDb.version(1).stores({ session: '&key', settings: '&key' });
// Version 2 (issue 15) adds the directory; the first two tables are unchanged.
appDb.version(2).stores({ session: '&key', settings: '&key', directory: '&rbd' });

export async function loadSession(): Promise<LoginResponse | null> {
  const row = await appDb.session.get('current');
  if (!row) return null;
  const parsed = loginResponseSchema.safeParse(row.session);
  if (!parsed.success) {
    console.error('Stored session is invalid; ignoring it', parsed.error.issues);
    return null;
  }
  return parsed.data;
}

export async function saveSession(session: LoginResponse): Promise<void> {
  await appDb.session.put({ key: 'current', session, savedAt: Date.now() });
}

export async function clearSession(): Promise<void> {
  await appDb.session.delete('current');
}
