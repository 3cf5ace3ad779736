// Who may open which document. Every document belongs to one school (by its name); a user's
// role decides: admin and coordinador see every school, asesor the schools granted to them
// (or claimed on first sync if nobody holds them yet), escuela only its own school.
import { parseDocName } from '../../src/domain/wire/documentNames.ts';
import type { DenialReason, SchoolAccess } from '../../src/domain/wire/protocol.ts';
import type { AccountStore, UserRecord } from './storage/types.ts';
import type { TokenService } from './auth/tokens.ts';

export type AccessResult = { ok: true; user: UserRecord; schoolId: string } | { ok: false; reason: DenialReason };

export async function authenticateToken(
  accounts: AccountStore,
  tokens: TokenService,
  token: string,
  now: number,
): Promise<{ ok: true; user: UserRecord } | { ok: false; reason: DenialReason }> {
  const check = tokens.verify(token, now);
  if (!check.ok) return check;
  const user = await accounts.findUserById(check.payload.sub);
  if (!user || user.disabled || user.tokenVersion !== check.payload.ver) return { ok: false, reason: 'token-invalid' };
  return { ok: true, user };
}

export async function authorizeSchool(
  accounts: AccountStore,
  user: UserRecord,
  schoolId: string,
): Promise<AccessResult> {
  switch (user.role) {
    case 'admin':
    case 'coordinador':
      return { ok: true, user, schoolId };
    case 'escuela': {
      const grants = await accounts.listGrants(user.id);
      return grants.includes(schoolId) ? { ok: true, user, schoolId } : { ok: false, reason: 'not-authorized' };
    }
    case 'asesor': {
      const grants = await accounts.listGrants(user.id);
      if (grants.includes(schoolId)) return { ok: true, user, schoolId };
      if (await accounts.claimSchool(user.id, schoolId)) return { ok: true, user, schoolId };
      // Refused: held by another asesor, or withdrawn from this one by an administrator.
      return {
        ok: false,
        reason: (await accounts.isWithdrawn(user.id, schoolId)) ? 'not-authorized' : 'school-held-by-other',
      };
    }
    default: {
      const never: never = user.role;
      throw new Error(`unknown role ${String(never)}`);
    }
  }
}

/**
 * What opening the school would do for this user, without doing it (no claim): the same rule as
 * authorizeSchool, read-only, for the app to ask before it registers a school.
 */
export async function schoolAccess(accounts: AccountStore, user: UserRecord, schoolId: string): Promise<SchoolAccess> {
  switch (user.role) {
    case 'admin':
    case 'coordinador':
      return 'readable';
    case 'escuela':
      return (await accounts.listGrants(user.id)).includes(schoolId) ? 'readable' : 'not-authorized';
    case 'asesor': {
      const holders = await accounts.listHolders(schoolId);
      if (holders.some((h) => h.userId === user.id)) return 'readable';
      if (holders.some((h) => h.role === 'asesor')) return 'school-held-by-other';
      return (await accounts.isWithdrawn(user.id, schoolId)) ? 'not-authorized' : 'claimable';
    }
    default: {
      const never: never = user.role;
      throw new Error(`unknown role ${String(never)}`);
    }
  }
}

export async function authorizeDocument(
  accounts: AccountStore,
  tokens: TokenService,
  token: string,
  documentName: string,
  now: number,
): Promise<AccessResult> {
  const parsed = parseDocName(documentName);
  if (!parsed) return { ok: false, reason: 'unknown-document' };
  const auth = await authenticateToken(accounts, tokens, token, now);
  if (!auth.ok) return auth;
  return authorizeSchool(accounts, auth.user, parsed.schoolId);
}
