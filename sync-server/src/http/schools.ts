// The schools a user may read on this relay (docs/spec/access.md A-7), so that a device lists
// them at sign-in without anyone syncing first, and asks before registering a school that the
// relay already holds. The relay answers with RBDs and whether a profile document is stored; the
// names come to the app inside those documents (the relay never reads a profile's content).
import type { ServerResponse } from 'node:http';
import { docName, schoolIdSchema, type SchoolId } from '../../../src/domain/wire/documentNames.ts';
import type { SchoolLookupBody, SchoolsResponseBody } from '../../../src/domain/wire/protocol.ts';
import { readsEverySchool } from '../../../src/domain/access/roles.ts';
import { schoolAccess, sostenedorSchools } from '../access.ts';
import type { SchoolDirectory } from '../directoryLookup.ts';
import type { Storage, UserRecord } from '../storage/types.ts';

interface SchoolsDeps {
  storage: Storage;
  directory: SchoolDirectory;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function hasStoredProfile(storage: Storage, schoolId: SchoolId): Promise<boolean> {
  const name = docName(schoolId, 'profile');
  return (await storage.listDocumentNames(name)).includes(name);
}

/**
 * admin/coordinador: every school with a stored profile; asesor/escuela: their grants, stored or not;
 * sostenedor: their grants and the schools the directory lists for their RUT, stored or not.
 */
async function listSchools({ storage, directory }: SchoolsDeps, user: UserRecord): Promise<SchoolsResponseBody> {
  if (readsEverySchool(user.role)) {
    const names = await storage.listDocumentNames('school:');
    const ids = names.filter((n) => n.endsWith(':profile')).map((n) => n.split(':')[1] ?? '');
    return {
      schools: ids.filter((id) => schoolIdSchema.safeParse(id).success).map((schoolId) => ({ schoolId, stored: true })),
    };
  }
  const granted = await storage.listGrants(user.id);
  const readable = user.role === 'sostenedor' ? sostenedorSchools(directory, user, granted) : granted;
  const grants = readable.flatMap((g) => {
    const parsed = schoolIdSchema.safeParse(g);
    return parsed.success ? [parsed.data] : [];
  });
  const schools = await Promise.all(
    grants.map(async (schoolId) => ({ schoolId, stored: await hasStoredProfile(storage, schoolId) })),
  );
  return { schools };
}

/** GET /api/schools (`rest` empty) and GET /api/schools/<rbd> (`rest` = "/<rbd>"), for an authenticated user. */
export async function handleSchools(
  deps: SchoolsDeps,
  user: UserRecord,
  res: ServerResponse,
  rest: string,
): Promise<void> {
  const { storage, directory } = deps;
  if (rest === '') return send(res, 200, await listSchools(deps, user));
  const parsed = schoolIdSchema.safeParse(rest.slice(1));
  if (!rest.startsWith('/') || !parsed.success) return send(res, 400, { error: 'bad-request' });
  const schoolId = parsed.data;
  const body: SchoolLookupBody = {
    schoolId,
    stored: await hasStoredProfile(storage, schoolId),
    access: await schoolAccess(storage, directory, user, schoolId),
  };
  send(res, 200, body);
}
