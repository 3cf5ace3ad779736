// The school's identity for the documents the app produces, from its profile document.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { mineducSchoolOf, type MineducSchool } from '../../domain/export/mineducSchool.ts';
import { DEPENDENCIAS } from '../../domain/schools/enums.ts';
import { findComuna } from '../../domain/territory/territory.ts';
import { readProfile } from '../../data/docs/profile/fields.ts';
import { useDocView } from '../session/index.ts';

export interface SchoolInfo {
  name: string;
  rbd: string;
  dv: string;
  comuna: string;
  dependencia?: string;
  /** The sostenedor's RUT (digits) and convenio PIE from the profile; absent in profiles written before them. */
  sostenedorRut?: string | null;
  pie?: boolean | null;
  /** Its identifying columns in Mineduc's open data (MX-1). */
  ids: MineducSchool;
}

export function useSchoolInfo(schoolId: SchoolId): SchoolInfo {
  const { view } = useDocView(schoolId, 'profile', readProfile);
  const profile = view?.profile;
  return {
    name: profile?.name ?? `Establecimiento ${schoolId}`,
    rbd: profile?.rbd !== undefined ? String(profile.rbd) : schoolId,
    dv: profile?.dv ?? '',
    comuna: (profile?.comunaCode && findComuna(profile.comunaCode)?.name) || '—',
    dependencia: DEPENDENCIAS.find((d) => d.code === profile?.dependencia)?.label,
    sostenedorRut: profile?.sostenedorRut ?? null,
    pie: profile?.pie ?? null,
    ids: mineducSchoolOf(schoolId, profile ?? {}),
  };
}
