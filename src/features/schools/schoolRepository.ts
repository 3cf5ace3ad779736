// Creating a school on behalf of the new-school screen: the profile is written through its handle (one
// local edit, pending until the relay confirms it stored it) and indexed on the device.
import { toSchoolId, type SchoolId } from '../../domain/wire/documentNames.ts';
import type { SchoolFormValues, SchoolProfile } from '../../domain/schools/school.ts';
import type { Workspace } from '../../data/workspace.ts';
import { actorOf } from '../../data/docs/actor.ts';
import { openProfile } from '../../data/docs/profile/index.ts';
import { requestPersistence } from '../storage/index.ts';

export type CreateSchoolResult =
  { ok: true; schoolId: SchoolId } | { ok: false; code: 'already-exists'; schoolId: SchoolId };

export async function createSchool(
  workspace: Workspace,
  user: { userId: string; name: string },
  values: SchoolFormValues,
): Promise<CreateSchoolResult> {
  const schoolId = toSchoolId(values.rbd as number);
  const existing = await workspace.db.schools.get(schoolId);
  const profile = await openProfile(workspace, schoolId, actorOf(user));
  if (existing || !profile.isEmpty()) return { ok: false, code: 'already-exists', schoolId };
  profile.create({ ...values, rbd: values.rbd as number } satisfies SchoolProfile);
  await profile.indexIn(workspace, schoolId);
  void requestPersistence();
  return { ok: true, schoolId };
}
