// The columns that identify a school in Mineduc's open data (directory, "Bases de datos PME"), and
// their values from a school's profile (MX-1). Codes are written as the open data writes them:
// COD_COM_RBD without the leading zero (1101), NOM_COM_RBD in capitals with its accents (VALPARAÍSO),
// COD_DEPE 1–6 and RURAL_RBD 0 urbano / 1 rural. A field the profile lacks stays blank. The directory
// spells two comunas without the accent the CUT list gives them (checked against the whole directory in
// tests/unit/domain/export/mineducSchool.test.ts).
import type { DependenciaCode } from '../schools/enums.ts';
import type { StoredProfile } from '../schools/storedProfile.ts';
import { findComuna } from '../territory/territory.ts';
import type { ExportCell } from './cells.ts';

export const MINEDUC_SCHOOL_COLUMNS = [
  'AGNO',
  'RBD',
  'DGV_RBD',
  'NOM_RBD',
  'COD_COM_RBD',
  'NOM_COM_RBD',
  'COD_DEPE',
  'RURAL_RBD',
] as const;

const DIRECTORY_SPELLINGS: Readonly<Record<string, string>> = { '07309': 'VICHUQUEN', '10108': 'MAULLIN' };

export interface MineducSchool {
  rbd: string;
  dv: string;
  name: string;
  comunaCode: string | null;
  dependencia: DependenciaCode | null;
  rural: boolean | null;
}

export function mineducSchoolOf(schoolId: string, profile: StoredProfile): MineducSchool {
  return {
    rbd: profile.rbd !== undefined ? String(profile.rbd) : schoolId,
    dv: profile.dv ?? '',
    name: profile.name ?? '',
    comunaCode: profile.comunaCode ?? null,
    dependencia: profile.dependencia ?? null,
    rural: profile.ruralidad === undefined ? null : profile.ruralidad === 'rural',
  };
}

/** The cells of MINEDUC_SCHOOL_COLUMNS for rows of `year`. */
export function mineducSchoolCells(school: MineducSchool, year: number): ExportCell[] {
  const comuna = school.comunaCode ? findComuna(school.comunaCode) : undefined;
  return [
    year,
    Number(school.rbd),
    school.dv,
    school.name,
    comuna ? Number(comuna.code) : '',
    comuna ? (DIRECTORY_SPELLINGS[comuna.code] ?? comuna.name.toLocaleUpperCase('es-CL')) : '',
    school.dependencia === null ? '' : Number(school.dependencia),
    school.rural === null ? '' : school.rural ? 1 : 0,
  ];
}
