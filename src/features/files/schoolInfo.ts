// The school's identity for the documents the app produces, from its profile document.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { mineducSchoolOf, type MineducSchool } from '../../domain/export/mineducSchool.ts';
import { schoolIdentityOf, type SchoolIdentity } from '../../domain/schools/schoolIdentification.ts';
import { readProfile } from '../../data/docs/profile/fields.ts';
import { useDocView } from '../session/index.ts';

export interface SchoolInfo extends SchoolIdentity {
  /** Digits, as files are named. */
  rbd: string;
  /** Its identifying columns in Mineduc's open data (MX-1). */
  ids: MineducSchool;
}

export function useSchoolInfo(schoolId: SchoolId): SchoolInfo {
  const { view } = useDocView(schoolId, 'profile', readProfile);
  const profile = view?.profile ?? {};
  return {
    ...schoolIdentityOf(schoolId, profile),
    ids: mineducSchoolOf(schoolId, profile),
  };
}
