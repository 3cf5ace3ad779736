// DIR-7, DIR-8: the sostenedor's RUT and the convenio PIE in the school profile — typed and checked
// (módulo 11), read back from storage (old profiles without them included), filled from the directory
// and printed in the evaluation report's identification block with the screen's wording.
import { describe, expect, it } from 'vitest';
import { formatRut } from '../../../../src/domain/access/sostenedorRut.ts';
import type { DirectorySchool } from '../../../../src/domain/schools/compactDirectory.ts';
import { DIRECTORY_FILLED_FIELDS, formFromDirectory } from '../../../../src/domain/schools/directoryProfile.ts';
import {
  RUT_ERROR_MESSAGES,
  emptySchoolForm,
  schoolFieldsSchema,
  schoolFormSchema,
} from '../../../../src/domain/schools/school.ts';
import { sostenedorIdentification } from '../../../../src/domain/schools/sostenedorIdentity.ts';
import { repairStoredProfile } from '../../../../src/domain/schools/storedProfile.ts';
import { buildEvaluationReport } from '../../../../src/domain/evaluation/report/evaluationReport.ts';
import { renderEvaluationPdf } from '../../../../src/features/evaluation/report/renderEvaluation.ts';
import { LASTARRIA_PROFILE } from '../../../support/fixtures.ts';
import { SCHOOL, YEAR, schoolFixture } from '../../features/schoolFixture.ts';
import { norm, pdfText } from '../../features/figureText.ts';

const rutField = schoolFieldsSchema.shape.sostenedorRut;
const pieField = schoolFieldsSchema.shape.pie;

describe('A-9 formatRut', () => {
  it.each([
    ['62000660', '62.000.660-2'],
    ['69070100', '69.070.100-6'],
    ['12345678', '12.345.678-5'],
    ['1060', '1.060-K'],
    ['1', '1-9'],
    ['062000660', '62.000.660-2'],
  ])('%s → %s', (digits, shown) => {
    expect(formatRut(digits)).toBe(shown);
  });

  it('leaves what is not a RUT as it is', () => {
    expect(formatRut('abc')).toBe('abc');
    expect(formatRut('123456789')).toBe('123456789');
  });
});

describe('DIR-7 the sostenedor RUT in the profile form', () => {
  it.each([
    ['62.000.660-2', '62000660'],
    [' 62000660 ', '62000660'],
    ['69.070.100-6', '69070100'],
    ['61102023-6', '61102023'],
    ['', null],
    ['   ', null],
  ])('%j → %j', (typed, stored) => {
    expect(rutField.parse(typed)).toBe(stored);
  });

  it.each([
    ['62.000.660-3', RUT_ERROR_MESSAGES['rut-check-digit']],
    ['62000660-K', RUT_ERROR_MESSAGES['rut-check-digit']],
    ['62,000,660', RUT_ERROR_MESSAGES['rut-format']],
    ['RUT 62000660', RUT_ERROR_MESSAGES['rut-format']],
    ['123456789', RUT_ERROR_MESSAGES['rut-format']],
    [`${'6'.repeat(21)}`, RUT_ERROR_MESSAGES['rut-format']],
  ])('%j is refused: %s', (typed, message) => {
    const result = rutField.safeParse(typed);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it('says what is wrong in Spanish', () => {
    expect(RUT_ERROR_MESSAGES['rut-check-digit']).toBe('El dígito verificador del RUT no corresponde');
    expect(RUT_ERROR_MESSAGES['rut-format']).toMatch(/^Escriba el RUT del sostenedor como 62\.000\.660-2/);
  });
});

describe('DIR-7 convenio PIE in the profile form', () => {
  it.each([
    ['si', true],
    ['no', false],
    ['', null],
    [true, true],
    [false, false],
  ])('%j → %j', (typed, stored) => {
    expect(pieField.parse(typed)).toBe(stored);
  });

  it('refuses anything else', () => {
    expect(pieField.safeParse('tal vez').error?.issues[0]?.message).toBe('Indique sí, no o sin información');
  });

  it('a new form starts with neither', () => {
    expect(emptySchoolForm()).toMatchObject({ sostenedorRut: '', pie: '' });
  });
});

describe('DIR-7 stored profiles, old and new', () => {
  it('reads a profile written before the fields existed without a problem, and without inventing them', () => {
    const { sostenedorRut: _r, pie: _p, ...old } = LASTARRIA_PROFILE;
    const { profile, problems } = repairStoredProfile(old);
    expect(problems).toEqual([]);
    expect(profile).toEqual(old);
    expect('sostenedorRut' in profile || 'pie' in profile).toBe(false);
    expect(sostenedorIdentification(profile)).toEqual([
      ['RUT del sostenedor', 'Sin información'],
      ['Convenio PIE', 'Sin información'],
    ]);
  });

  it('keeps the new fields, null included, and reports a stored RUT that is not digits', () => {
    expect(repairStoredProfile({ ...LASTARRIA_PROFILE }).profile).toMatchObject({
      sostenedorRut: '62000660',
      pie: true,
    });
    expect(repairStoredProfile({ sostenedorRut: null, pie: false })).toEqual({
      profile: { sostenedorRut: null, pie: false },
      problems: [],
    });
    const bad = repairStoredProfile({ name: 'Escuela', sostenedorRut: '62.000.660-2', pie: 'si' });
    expect(bad.profile).toEqual({ name: 'Escuela' });
    expect(bad.problems).toEqual([
      'field sostenedorRut has an invalid stored value',
      'field pie has an invalid stored value',
    ]);
  });
});

const DIRECTORY_SCHOOL: DirectorySchool = {
  rbd: 1,
  dv: '9',
  name: 'LICEO POLITECNICO ARICA',
  regionCode: '15',
  comunaCode: '15101',
  dependencia: '6',
  ruralidad: 'urbano',
  sostenedorRut: '62000660',
  matricula: 1086,
  niveles: ['media-tp'],
  pie: true,
  estado: '1',
};

describe('DIR-8 choosing a school of the directory fills the RUT and PIE', () => {
  it('fills them as the form shows them, and the form stores them as the directory writes them', () => {
    const filled = formFromDirectory(DIRECTORY_SCHOOL);
    expect(DIRECTORY_FILLED_FIELDS).toEqual(expect.arrayContaining(['sostenedorRut', 'pie']));
    expect(filled).toMatchObject({ sostenedorRut: '62.000.660-2', pie: 'si' });
    const parsed = schoolFormSchema.parse({ ...emptySchoolForm(), ...filled });
    expect(parsed).toMatchObject({ rbd: 1, sostenedorRut: '62000660', pie: true });
  });

  it('a school without a RUT in the directory and no PIE fills blank and "no"', () => {
    const filled = formFromDirectory({ ...DIRECTORY_SCHOOL, sostenedorRut: null, pie: false });
    expect(filled).toMatchObject({ sostenedorRut: '', pie: 'no' });
    expect(schoolFormSchema.parse({ ...emptySchoolForm(), ...filled })).toMatchObject({
      sostenedorRut: null,
      pie: false,
    });
  });
});

describe('DIR-8 the evaluation report prints them in its identification block', () => {
  const fx = schoolFixture();
  const report = (school: typeof SCHOOL & { sostenedorRut?: string | null; pie?: boolean | null }) =>
    buildEvaluationReport({
      ...fx.sources,
      school,
      advisor: 'Ana Rojas',
      date: '2027-12-18',
      projective: [],
      sistematizacion: null,
    });
  const identification = (school: Parameters<typeof report>[0]) => report(school).identification;

  it('with the screen wording, after the dependencia and the sostenedor; an old profile prints "Sin información"', () => {
    const rows = identification({ ...SCHOOL, sostenedorRut: '69070100', pie: false });
    const at = rows.findIndex(([label]) => label === 'Dependencia');
    expect(rows[at + 1]?.[0]).toBe('Sostenedor');
    expect(rows.slice(at + 2, at + 4)).toEqual([
      ['RUT del sostenedor', '69.070.100-6'],
      ['Convenio PIE', 'No'],
    ]);
    expect(identification(SCHOOL)).toEqual(expect.arrayContaining([['Convenio PIE', 'Sin información']]));
  });

  it('the PDF prints both rows', async () => {
    const content = report({ ...SCHOOL, sostenedorRut: '69070100', pie: true });
    const text = norm(
      await pdfText(renderEvaluationPdf(content), [`Informe de Evaluación del PME ${YEAR} · ${SCHOOL.name}`]),
    );
    expect(text).toContain('RUT del sostenedor 69.070.100-6');
    expect(text).toContain('Convenio PIE Sí');
  });
});
