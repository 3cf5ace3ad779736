// The handle of a school's profile document (`school:<rbd>:profile`, see fields.ts for its layout):
// the profile as a view re-read only when one of its roots changes, and the writes the school screens
// make, each one LOCAL_EDIT transaction.
import type * as Y from 'yjs';
import { SCHOOL_TEXT_FIELDS, type SchoolProfile } from '../../../domain/schools/school.ts';
import type { StoredProfile } from '../../../domain/schools/storedProfile.ts';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { Workspace } from '../../workspace.ts';
import type { Actor } from '../actor.ts';
import { DocHandle } from '../handle.ts';
import { handleFor, type HandleFactory } from '../open.ts';
import { rootsView, type View } from '../view.ts';
import { createProfile, defaultsOf, nivelesOf, profileMap, readProfile, textOf, writeProfile } from './fields.ts';

export class ProfileHandle extends DocHandle {
  /** The profile as stored (repaired field by field; what could not be read is left out). */
  readonly profile: View<StoredProfile>;

  constructor(doc: Y.Doc, actor: Actor) {
    super(doc, actor);
    const roots = [profileMap(doc), defaultsOf(doc), nivelesOf(doc), ...SCHOOL_TEXT_FIELDS.map((f) => textOf(doc, f))];
    this.profile = rootsView(roots, () => readProfile(doc).profile);
  }

  /** Nothing written yet, by anyone (a school registered elsewhere whose profile has not arrived). */
  isEmpty(): boolean {
    return profileMap(this.doc).size === 0;
  }

  /** Writes only the given fields, where they differ: concurrent edits of other fields are kept. */
  update(fields: Partial<SchoolProfile>): void {
    this.edit(() => writeProfile(this.doc, fields, null));
  }

  /** Creates the profile with only what was typed; form defaults left as they were never win (S-20). */
  create(profile: SchoolProfile): void {
    this.edit(() => createProfile(this.doc, profile, null));
  }

  /** Writes the school's entry in the local school index from this profile. */
  indexIn(workspace: Workspace, schoolId: SchoolId): Promise<void> {
    return workspace.indexSchool(schoolId, this.doc);
  }
}

export const profileHandle: HandleFactory<ProfileHandle> = (doc, actor) => new ProfileHandle(doc, actor);

/** The profile's handle, opened from the device (outside React: the school creation). */
export async function openProfile(workspace: Workspace, schoolId: SchoolId, actor: Actor): Promise<ProfileHandle> {
  return handleFor(profileHandle, await workspace.openSchoolProfile(schoolId), actor);
}
