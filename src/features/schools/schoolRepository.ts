// Writes to school documents on behalf of the screens. Every write is a LOCAL_EDIT transaction
// (counted as pending until the relay confirms it stored it).
import type * as Y from 'yjs';
import { toSchoolId, type SchoolId } from '../../domain/wire/documentNames.ts';
import type { SchoolFormValues, SchoolProfile } from '../../domain/schools/school.ts';
import { LOCAL_EDIT, type Workspace } from '../../data/workspace.ts';
import { createProfile, profileMap, writeProfile } from '../../data/schoolProfileDoc.ts';
import { requestPersistence } from '../storage/index.ts';

export type CreateSchoolResult = { ok: true; schoolId: SchoolId } | { ok: false; code: 'already-exists'; schoolId: SchoolId };

export async function createSchool(workspace: Workspace, values: SchoolFormValues): Promise<CreateSchoolResult> {
  const schoolId = toSchoolId(values.rbd as number);
  const existing = await workspace.db.schools.get(schoolId);
  const doc = await workspace.openSchoolProfile(schoolId);
  if (existing || profileMap(doc).size > 0) return { ok: false, code: 'already-exists', schoolId };
  createProfile(doc, { ...values, rbd: values.rbd as number } satisfies SchoolProfile, LOCAL_EDIT);
  await workspace.indexSchool(schoolId, doc);
  void requestPersistence();
  return { ok: true, schoolId };
}

/** Writes only the given fields, so concurrent edits of other fields by other people are kept. */
export function updateSchoolFields(doc: Y.Doc, fields: Partial<SchoolProfile>): void {
  writeProfile(doc, fields, LOCAL_EDIT);
  void requestPersistence();
}
