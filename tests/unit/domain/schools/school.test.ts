import { describe, expect, it } from 'vitest';
import { schoolFormSchema, type SchoolFormInput, type SchoolProfile } from '../../../../src/domain/schools/school.ts';
import { repairStoredProfile } from '../../../../src/domain/schools/storedProfile.ts';
import { deriveSchoolIndexEntry, matchesSearch } from '../../../../src/domain/schools/schoolIndex.ts';
import type { SchoolId } from '../../../../src/domain/wire/documentNames.ts';
import { LASTARRIA_PROFILE } from '../../../support/fixtures.ts';

// 1060-K by hand: 0·2+6·3+0·4+1·5 = 23; 23 mod 11 = 1; 11−1 = 10 → K.
const FORM: SchoolFormInput = {
  rbd: ' 1060 ',
  dv: 'k',
  name: '  Escuela   Básica  Los Andes ',
  regionCode: '13',
  comunaCode: '13101',
  dependencia: '6',
  ruralidad: 'rural',
  niveles: ['parvularia', 'basica'],
  matricula: '320',
  prioritariosPct: '85,5',
  categoria: 'medio-bajo',
  categoriaYear: '2024',
  estado: '1',
  director: ' Ana Rojas ',
  contactEmail: ' escuela@ejemplo.cl ',
  contactPhone: '+56 9 1234 5678',
  sostenedor: '',
  sostenedorRut: '',
  pie: '',
  notes: '',
};

/** Every issue as "path: message". */
function issues(input: Partial<SchoolFormInput>): string[] {
  const result = schoolFormSchema.safeParse({ ...FORM, ...input });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('schoolFormSchema', () => {
  it('parses a full valid form to typed values', () => {
    expect(schoolFormSchema.parse(FORM)).toEqual({
      ...FORM,
      rbd: 1060,
      dv: 'K',
      name: 'Escuela Básica Los Andes',
      matricula: 320,
      prioritariosPct: 85.5,
      categoriaYear: 2024,
      director: 'Ana Rojas',
      contactEmail: 'escuela@ejemplo.cl',
      sostenedorRut: null,
      pie: null,
    });
  });

  it('turns blank optional fields into null', () => {
    const parsed = schoolFormSchema.parse({
      ...FORM,
      matricula: '',
      prioritariosPct: ' ',
      categoria: '',
      categoriaYear: '',
    });
    expect(parsed).toMatchObject({ matricula: null, prioritariosPct: null, categoria: null, categoriaYear: null });
  });

  it('rejects a wrong DV on path dv', () => {
    expect(issues({ rbd: '7423', dv: '4' })).toEqual(['dv: El dígito verificador no corresponde al RBD']);
  });

  it('reports the wrong DV even when other fields are also invalid', () => {
    expect(issues({ rbd: '7423', dv: '4', name: ' ', matricula: '-5' })).toEqual(
      expect.arrayContaining([
        'dv: El dígito verificador no corresponde al RBD',
        'name: Ingrese el nombre del establecimiento',
        'matricula: La matrícula es un número entero entre 0 y 20.000',
      ]),
    );
  });

  it('rejects a comuna outside the selected región, also alongside other errors', () => {
    expect(issues({ regionCode: '05' })).toEqual(['comunaCode: La comuna no pertenece a la región seleccionada']);
    expect(issues({ regionCode: '05', contactEmail: 'x' })).toEqual(
      expect.arrayContaining([
        'comunaCode: La comuna no pertenece a la región seleccionada',
        'contactEmail: Correo electrónico no válido',
      ]),
    );
  });

  it.each<[Partial<SchoolFormInput>, string]>([
    [{ matricula: '-1' }, 'matricula: La matrícula es un número entero entre 0 y 20.000'],
    [{ matricula: '20001' }, 'matricula: La matrícula es un número entero entre 0 y 20.000'],
    [{ prioritariosPct: '100,5' }, 'prioritariosPct: El % de alumnos prioritarios va de 0 a 100'],
    [{ contactEmail: 'escuela@' }, 'contactEmail: Correo electrónico no válido'],
    [{ name: '   ' }, 'name: Ingrese el nombre del establecimiento'],
    [{ niveles: [] }, 'niveles: Seleccione al menos un nivel'],
    [{ dv: 'X' }, 'dv: El dígito verificador es un número o K'],
    [{ rbd: '' }, 'rbd: Ingrese el RBD'],
    [{ contactPhone: '12' }, 'contactPhone: Teléfono no válido (ej.: +56 9 1234 5678)'],
  ])('%j → %s', (input, issue) => {
    expect(issues(input)).toEqual([issue]);
  });

  it('accepts the official exception 13208-8 and rejects its módulo-11 digit K', () => {
    expect(issues({ rbd: '13208', dv: '8' })).toEqual([]);
    expect(issues({ rbd: '13208', dv: 'K' })).toEqual(['dv: El dígito verificador no corresponde al RBD']);
  });
});

describe('repairStoredProfile', () => {
  const STORED: SchoolProfile = {
    ...LASTARRIA_PROFILE,
    matricula: null,
    contactEmail: '',
    contactPhone: '',
    sostenedor: '',
    notes: '',
  };

  it('keeps a valid stored profile whole', () => {
    expect(repairStoredProfile(STORED)).toEqual({ profile: STORED, problems: [] });
  });

  it('drops only the invalid fields, reports each, and ignores unknown keys', () => {
    const { matricula: _m, dv: _d, niveles: _n, ...valid } = STORED;
    const raw = { ...STORED, matricula: 'abc', dv: 'k', niveles: ['basica', 'bogus'], 'has.notes': true, extra: 1 };
    const { profile, problems } = repairStoredProfile(raw);
    expect(profile).toEqual(valid);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('matricula'),
        expect.stringContaining('dv'),
        expect.stringContaining('niveles'),
      ]),
    );
  });

  it('treats missing and undefined fields as absent, not as problems', () => {
    expect(repairStoredProfile({ name: 'Escuela', matricula: undefined })).toEqual({
      profile: { name: 'Escuela' },
      problems: [],
    });
  });
});

describe('deriveSchoolIndexEntry and matchesSearch', () => {
  const id = (s: string) => s as SchoolId;
  const entry = deriveSchoolIndexEntry(
    id('1060'),
    {
      rbd: 1060,
      dv: 'K',
      name: 'COLEGIO JOAQUIN VICUÐA  LARRAIN',
      comunaCode: '05101',
      regionCode: '05',
      dependencia: '3',
      categoria: null,
    },
    1_700_000_000_000,
  );

  it('derives the index row: normalized search key, comuna name, the given time', () => {
    expect(entry).toEqual({
      schoolId: '1060',
      rbd: 1060,
      dv: 'K',
      name: 'COLEGIO JOAQUIN VICUÐA  LARRAIN',
      nameSearch: 'colegio joaquin vicuna larrain 1060 valparaiso',
      comunaCode: '05101',
      comunaName: 'Valparaíso',
      regionCode: '05',
      dependencia: '3',
      categoria: null,
      updatedAt: 1_700_000_000_000,
    });
  });

  it('derives a row from an almost empty profile, using the school id as RBD', () => {
    expect(deriveSchoolIndexEntry(id('8485'), {}, 5)).toEqual({
      schoolId: '8485',
      rbd: 8485,
      dv: '',
      name: '',
      nameSearch: '8485',
      comunaCode: '',
      comunaName: '',
      regionCode: '',
      dependencia: '',
      categoria: null,
      updatedAt: 5,
    });
  });

  it.each<[string, boolean]>([
    ['Vicuña', true],
    ['VICUNA', true],
    ['vicuÐa', true],
    ['larraín joaquín', true],
    ['  colegio   joaquin ', true],
    ['1060', true],
    ['106', true],
    ['Valparaíso', true],
    ['valparaiso colegio', true],
    ['', true],
    ['1061', false],
    ['Santiago', false],
    ['vicuña santiago', false],
  ])('query %j → %s', (query, found) => {
    expect(matchesSearch(entry, query)).toBe(found);
  });
});
