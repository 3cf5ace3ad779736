// The school as every document the app produces identifies it (IDN-1…IDN-3): one reading of the
// stored profile (`schoolIdentityOf`) and one list of identification rows (`schoolIdentification`),
// worded as the profile screen words them. A field the profile lacks (profiles written before the
// sostenedor's RUT and PIE existed, a blank sostenedor) reads "Sin información", never a blank cell.
import { findComuna } from '../territory/territory.ts';
import { DEPENDENCIAS } from './enums.ts';
import { NO_INFORMATION, sostenedorIdentification } from './sostenedorIdentity.ts';
import type { StoredProfile } from './storedProfile.ts';

export interface SchoolIdentity {
  name: string;
  /** Digits, as files are named. */
  rbd: string | number;
  /** Check digit; "" when the profile has none. */
  dv: string;
  /** The comuna's name; "" when unknown. */
  comuna: string;
  /** The dependencia's label. */
  dependencia?: string | null;
  /** The sostenedor's name as typed in the profile. */
  sostenedor?: string | null;
  /** Digits without check digit, as stored (DIR-7). */
  sostenedorRut?: string | null;
  pie?: boolean | null;
}

export type IdentificationRows = [label: string, value: string][];

/** The school's identity from its stored profile; `schoolId` stands in for a profile not yet synced. */
export function schoolIdentityOf(schoolId: string, profile: StoredProfile): SchoolIdentity & { rbd: string } {
  return {
    name: profile.name ?? `Establecimiento ${schoolId}`,
    rbd: profile.rbd !== undefined ? String(profile.rbd) : schoolId,
    dv: profile.dv ?? '',
    comuna: (profile.comunaCode && findComuna(profile.comunaCode)?.name) || '',
    dependencia: DEPENDENCIAS.find((d) => d.code === profile.dependencia)?.label ?? null,
    sostenedor: profile.sostenedor ?? null,
    sostenedorRut: profile.sostenedorRut ?? null,
    pie: profile.pie ?? null,
  };
}

/** "7423-3", or "7423" when the profile has no check digit. */
export function rbdText(school: Pick<SchoolIdentity, 'rbd' | 'dv'>): string {
  const rbd = String(school.rbd).trim();
  const dv = school.dv.trim().toUpperCase();
  return dv ? `${rbd}-${dv}` : rbd;
}

const orNoInformation = (text: string | null | undefined): string => text?.trim() || NO_INFORMATION;

/** The identification rows every document prints, in this order (IDN-1, IDN-2). */
export function schoolIdentification(school: SchoolIdentity): IdentificationRows {
  return [
    ['Establecimiento', orNoInformation(school.name)],
    ['RBD', rbdText(school)],
    ['Comuna', orNoInformation(school.comuna)],
    ['Dependencia', orNoInformation(school.dependencia)],
    ['Sostenedor', orNoInformation(school.sostenedor)],
    ...sostenedorIdentification(school),
  ];
}
