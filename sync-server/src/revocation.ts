// Withdrawn access closes open document connections (docs/spec/access.md A-8). Authorization runs
// when a document is opened; a user disabled, a grant revoked, a password changed or a token
// version bumped later — by the CLI in another process or through another relay instance — must
// also cut the connections already open. Every instance polls the storage's access version (one
// tiny query a second; works the same on SQLite and PostgreSQL) and, when it moved, re-checks each
// open connection without side effects (no claim, A-4) and closes those no longer allowed.
import type { Hocuspocus } from '@hocuspocus/server';
import type { DenialReason, Role } from '../../src/domain/wire/protocol.ts';
import { stillReadsSchool } from './access.ts';
import type { SchoolDirectory } from './directoryLookup.ts';
import type { AccountStore, UserRecord } from './storage/types.ts';
import type { Logger } from './log.ts';

/** What onAuthenticate put in the connection context (authorization.ts). */
export interface AccessContext {
  userId: string;
  role: Role;
  tokenVersion: number;
  schoolId: string;
}

const REVOKED: DenialReason = 'access-revoked';
/** Close code for a withdrawn access (4403: the 4xxx range is the application's). */
export const ACCESS_REVOKED_CODE = 4403;

/**
 * A changed role closes the connection too: it was opened read-only or read-write for the old one
 * and the app reconnects under the new one. A sostenedor keeps what the directory lists.
 */
export function stillAllowed(
  directory: SchoolDirectory,
  user: UserRecord | null,
  grants: readonly string[],
  ctx: AccessContext,
): boolean {
  if (!user || user.disabled || user.tokenVersion !== ctx.tokenVersion || user.role !== ctx.role) return false;
  return stillReadsSchool(directory, user, grants, ctx.schoolId);
}

export function startRevocationWatcher(deps: {
  storage: AccountStore;
  directory: SchoolDirectory;
  hocuspocus: Hocuspocus;
  log: Logger;
  intervalMs: number;
}): () => void {
  let seen: number | null = null;
  let running = false;

  const sweep = async () => {
    const version = await deps.storage.accessVersion();
    if (version === seen) return;
    seen = version;
    const users = new Map<string, Promise<{ user: UserRecord | null; grants: string[] }>>();
    const lookup = (userId: string) => {
      let found = users.get(userId);
      if (!found) {
        found = Promise.all([deps.storage.findUserById(userId), deps.storage.listGrants(userId)]).then(
          ([user, grants]) => ({ user, grants }),
        );
        users.set(userId, found);
      }
      return found;
    };
    for (const document of deps.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const ctx = connection.context as Partial<AccessContext> | undefined;
        if (!ctx?.userId || ctx.tokenVersion === undefined || !ctx.schoolId || !ctx.role) continue;
        const { user, grants } = await lookup(ctx.userId);
        if (stillAllowed(deps.directory, user, grants, ctx as AccessContext)) continue;
        deps.log.info('access withdrawn; document connection closed', {
          documentName: document.name,
          userId: ctx.userId,
        });
        connection.close({ code: ACCESS_REVOKED_CODE, reason: REVOKED });
      }
    }
  };

  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweep()
      .catch((error: unknown) => deps.log.warn('access check failed', { error: String(error) }))
      .finally(() => (running = false));
  }, deps.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
