// IDN-1, IDN-2: the identification rows every document prints, from the stored profile — in order,
// worded as the profile screen words the sostenedor's RUT and PIE, and "Sin información" for what a
// profile written before those fields existed (or left blank) does not hold.
import { describe, expect, it } from 'vitest';
import {
  rbdText,
  schoolIdentification,
  schoolIdentityOf,
} from '../../../../src/domain/schools/schoolIdentification.ts';
import { pieText, sostenedorRutText } from '../../../../src/domain/schools/sostenedorIdentity.ts';
import { repairStoredProfile } from '../../../../src/domain/schools/storedProfile.ts';
import { LASTARRIA_PROFILE } from '../../../support/fixtures.ts';
import { OLD_PROFILE } from './identificationProfiles.ts';

describe('IDN-1 schoolIdentification', () => {
  it('prints establecimiento, RBD, comuna, dependencia, sostenedor, its RUT and PIE from the profile', () => {
    expect(schoolIdentification(schoolIdentityOf('7423', LASTARRIA_PROFILE))).toEqual([
      ['Establecimiento', 'Liceo José Victorino Lastarria'],
      ['RBD', '7423-3'],
      ['Comuna', 'Santiago'],
      ['Dependencia', 'Corporación municipal'],
      ['Sostenedor', 'SLEP Santiago Centro'],
      ['RUT del sostenedor', '62.000.660-2'],
      ['Convenio PIE', 'Sí'],
    ]);
  });

  it('words the RUT and PIE with the profile screen’s functions', () => {
    const rows = new Map(schoolIdentification(schoolIdentityOf('7423', { ...LASTARRIA_PROFILE, pie: false })));
    expect(rows.get('RUT del sostenedor')).toBe(sostenedorRutText(LASTARRIA_PROFILE.sostenedorRut));
    expect(rows.get('Convenio PIE')).toBe(pieText(false));
    expect(rows.get('Convenio PIE')).toBe('No');
  });
});

describe('IDN-2 a profile without the newer fields', () => {
  it('reads a profile stored before the RUT and PIE existed as "Sin información", the rest as stored', () => {
    const { profile, problems } = repairStoredProfile(OLD_PROFILE);
    expect(problems).toEqual([]);
    expect(schoolIdentification(schoolIdentityOf('7423', profile))).toEqual([
      ['Establecimiento', 'Liceo José Victorino Lastarria'],
      ['RBD', '7423-3'],
      ['Comuna', 'Santiago'],
      ['Dependencia', 'Corporación municipal'],
      ['Sostenedor', 'SLEP Santiago Centro'],
      ['RUT del sostenedor', 'Sin información'],
      ['Convenio PIE', 'Sin información'],
    ]);
  });

  it('prints "Sin información" for a blank sostenedor, comuna or dependencia, never an empty cell', () => {
    const rows = schoolIdentification(schoolIdentityOf('9001', { rbd: 9001, dv: 'k', sostenedor: '  ' }));
    expect(rows).toEqual([
      ['Establecimiento', 'Establecimiento 9001'],
      ['RBD', '9001-K'],
      ['Comuna', 'Sin información'],
      ['Dependencia', 'Sin información'],
      ['Sostenedor', 'Sin información'],
      ['RUT del sostenedor', 'Sin información'],
      ['Convenio PIE', 'Sin información'],
    ]);
  });

  it('names a school whose profile has not arrived by its id, its RBD without a check digit', () => {
    const identity = schoolIdentityOf('7423', {});
    expect(identity).toMatchObject({ name: 'Establecimiento 7423', rbd: '7423', dv: '' });
    expect(rbdText(identity)).toBe('7423');
  });
});
