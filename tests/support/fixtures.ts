// Shared test data: one valid school profile (as stored) and its form input (as typed).
import type { SchoolFormInput, SchoolProfile } from '../../src/domain/schools/school.ts';

export const LASTARRIA_PROFILE: SchoolProfile = {
  rbd: 7423,
  dv: '3',
  name: 'Liceo José Victorino Lastarria',
  regionCode: '13',
  comunaCode: '13101',
  dependencia: '1',
  ruralidad: 'urbano',
  niveles: ['basica', 'media-hc'],
  matricula: 850,
  prioritariosPct: 62.5,
  categoria: 'medio',
  categoriaYear: 2024,
  estado: '1',
  director: 'María Pérez',
  contactEmail: 'contacto@liceo.cl',
  contactPhone: '+56 2 2345 6789',
  sostenedor: 'SLEP Santiago Centro',
  sostenedorRut: '62000660',
  pie: true,
  notes: 'Visita en marzo.\nTraer el PME impreso.',
};

export const LASTARRIA_FORM: SchoolFormInput = {
  ...LASTARRIA_PROFILE,
  rbd: '7423',
  niveles: ['basica'],
  matricula: '850',
  prioritariosPct: '62,5',
  categoriaYear: '2024',
  director: '',
  contactPhone: '',
  sostenedor: '',
  sostenedorRut: '62.000.660-2',
  pie: 'si',
  notes: '',
};
