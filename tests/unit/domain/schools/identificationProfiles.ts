// The two profiles the IDN tests print every document for: one with the sostenedor's RUT and PIE,
// and the same school as a profile stored before those fields existed (read back as storage holds it).
import { schoolIdentityOf, type SchoolIdentity } from '../../../../src/domain/schools/schoolIdentification.ts';
import { repairStoredProfile } from '../../../../src/domain/schools/storedProfile.ts';
import { LASTARRIA_PROFILE } from '../../../support/fixtures.ts';

const { sostenedorRut: _rut, pie: _pie, ...before } = LASTARRIA_PROFILE;

/** As stored by a version without `sostenedorRut` and `pie`. */
export const OLD_PROFILE: Record<string, unknown> = before;

export const PROFILES: { label: string; identity: SchoolIdentity; rut: string; pie: string }[] = [
  {
    label: 'a profile with the sostenedor’s RUT and PIE',
    identity: schoolIdentityOf('7423', LASTARRIA_PROFILE),
    rut: '62.000.660-2',
    pie: 'Sí',
  },
  {
    label: 'an old profile without them',
    identity: schoolIdentityOf('7423', repairStoredProfile(OLD_PROFILE).profile),
    rut: 'Sin información',
    pie: 'Sin información',
  },
];
