// Who may open which document. Every document belongs to one school (by its name); a user's
// role decides: admin and coordinador see every school, asesor the schools granted to them
// (or claimed on first sync if nobody holds them yet), escuela only its own school, sostenedor
// the schools of their sostenedor (by RUT in Mineduc's directory, or granted) — read-only but
// for the review document.
import { canEdit, readsEverySchool } from '../../src/domain/access/roles.ts';
import { parseDocName } from '../../src/domain/wire/documentNames.ts';
import type { DenialReason, SchoolAccess } from '../../src/domain/wire/protocol.ts';
import type { SchoolDirectory } from './directoryLookup.ts';
import type { AccountStore, UserRecord } from './storage/types.ts';
import type { TokenService } from './auth/tokens.ts';

export type AccessResult = { ok: true; user: UserRecord; schoolId: string } | { ok: false; reason: DenialReason };
/** A document's access: `readOnly` connections are synced but none of their writes is applied. */
export type DocumentAccess = (AccessResult & { ok: true; readOnly: boolean }) | (AccessResult & { ok: false });

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

/** the schools a sostenedor user reads — granted ones and, by RUT, those the directory lists. */
export function sostenedorSchools(directory: SchoolDirectory, user: UserRecord, grants: readonly string[]): string[] {
  const byRut = user.sostenedorRut === null ? [] : directory.rbdsOfSostenedor(user.sostenedorRut).map(String);
  return [...new Set([...grants, ...byRut])];
}

function sostenedorHolds(
  directory: SchoolDirectory,
  user: UserRecord,
  grants: readonly string[],
  schoolId: string,
): boolean {
  if (grants.includes(schoolId)) return true;
  return user.sostenedorRut !== null && directory.rbdsOfSostenedor(user.sostenedorRut).includes(Number(schoolId));
}

export async function authorizeSchool(
  accounts: AccountStore,
  directory: SchoolDirectory,
  user: UserRecord,
  schoolId: string,
): Promise<AccessResult> {
  const allowed: AccessResult = { ok: true, user, schoolId };
  const refused: AccessResult = { ok: false, reason: 'not-authorized' };
  switch (user.role) {
    case 'admin':
    case 'coordinador':
      return allowed;
    case 'escuela':
      return (await accounts.listGrants(user.id)).includes(schoolId) ? allowed : refused;
    case 'sostenedor': // never claims
      return sostenedorHolds(directory, user, await accounts.listGrants(user.id), schoolId) ? allowed : refused;
    case 'asesor': {
      const grants = await accounts.listGrants(user.id);
      if (grants.includes(schoolId)) return allowed;
      if (await accounts.claimSchool(user.id, schoolId)) return allowed;
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
export async function schoolAccess(
  accounts: AccountStore,
  directory: SchoolDirectory,
  user: UserRecord,
  schoolId: string,
): Promise<SchoolAccess> {
  switch (user.role) {
    case 'admin':
    case 'coordinador':
      return 'readable';
    case 'escuela':
      return (await accounts.listGrants(user.id)).includes(schoolId) ? 'readable' : 'not-authorized';
    case 'sostenedor':
      return sostenedorHolds(directory, user, await accounts.listGrants(user.id), schoolId)
        ? 'readable'
        : 'not-authorized';
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

/** Whether the user still reads the school, from fresh storage rows, without side effects. */
export function stillReadsSchool(
  directory: SchoolDirectory,
  user: UserRecord,
  grants: readonly string[],
  schoolId: string,
): boolean {
  if (readsEverySchool(user.role)) return true;
  if (user.role === 'sostenedor') return sostenedorHolds(directory, user, grants, schoolId);
  return grants.includes(schoolId);
}

export async function authorizeDocument(
  deps: { accounts: AccountStore; directory: SchoolDirectory; tokens: TokenService },
  token: string,
  documentName: string,
  now: number,
): Promise<DocumentAccess> {
  const parsed = parseDocName(documentName);
  if (!parsed) return { ok: false, reason: 'unknown-document' };
  const auth = await authenticateToken(deps.accounts, deps.tokens, token, now);
  if (!auth.ok) return auth;
  const school = await authorizeSchool(deps.accounts, deps.directory, auth.user, parsed.schoolId);
  return school.ok ? { ...school, readOnly: !canEdit(school.user.role, parsed.kind) } : school;
}
