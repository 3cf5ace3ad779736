// What choosing a school of the directory puts into the registration form (DIR-4): the fields the
// directory knows, as the form holds them (text inputs as strings); the rest of the form is left as it is.
// The sostenedor's RUT is shown with its check digit (62.000.660-2) and PIE as the select's "si"/"no".
import { formatRut } from '../access/sostenedorRut.ts';
import type { DirectorySchool } from './compactDirectory.ts';
import type { SchoolFormInput } from './school.ts';

export const DIRECTORY_FILLED_FIELDS = [
  'rbd',
  'dv',
  'name',
  'regionCode',
  'comunaCode',
  'dependencia',
  'ruralidad',
  'matricula',
  'niveles',
  'estado',
  'sostenedorRut',
  'pie',
] as const satisfies readonly (keyof SchoolFormInput)[];

type Filled = Pick<SchoolFormInput, (typeof DIRECTORY_FILLED_FIELDS)[number]>;

export function formFromDirectory(school: DirectorySchool): Filled {
  return {
    rbd: String(school.rbd),
    dv: school.dv,
    name: school.name,
    regionCode: school.regionCode,
    comunaCode: school.comunaCode,
    dependencia: school.dependencia,
    ruralidad: school.ruralidad,
    matricula: String(school.matricula),
    niveles: [...school.niveles],
    estado: school.estado,
    sostenedorRut: school.sostenedorRut === null ? '' : formatRut(school.sostenedorRut),
    pie: school.pie ? 'si' : 'no',
  };
}
