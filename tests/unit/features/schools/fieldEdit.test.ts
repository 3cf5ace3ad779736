import { describe, expect, it } from 'vitest';
import { checkField, formValueOf, sameValue, type EditableField } from '../../../../src/features/schools/fieldEdit.ts';
import type { SchoolFormInput } from '../../../../src/domain/schools/school.ts';
import { LASTARRIA_FORM } from '../../../support/fixtures.ts';

const FORM: SchoolFormInput = LASTARRIA_FORM;

describe('checkField', () => {
  it.each<[EditableField, unknown, object]>([
    ['matricula', '850', { matricula: 850 }],
    ['matricula', ' ', { matricula: null }],
    ['prioritariosPct', '62,5', { prioritariosPct: 62.5 }],
    ['categoria', '', { categoria: null }],
    ['categoriaYear', '2024', { categoriaYear: 2024 }],
    ['name', '  Liceo   Lastarria ', { name: 'Liceo Lastarria' }],
    ['niveles', ['basica', 'media-tp'], { niveles: ['basica', 'media-tp'] }],
    ['comunaCode', '08101', { comunaCode: '08101', regionCode: '08' }],
    ['comunaCode', '16101', { comunaCode: '16101', regionCode: '16' }],
  ])('%s = %j → patch %j', (field, value, patch) => {
    expect(checkField({ ...FORM, [field]: value }, field)).toEqual({ ok: true, patch });
  });

  it.each<[EditableField, unknown, string]>([
    ['matricula', 'abc', 'La matrícula es un número entero entre 0 y 20.000'],
    ['matricula', '-1', 'La matrícula es un número entero entre 0 y 20.000'],
    ['matricula', '12.5', 'La matrícula es un número entero entre 0 y 20.000'],
    ['prioritariosPct', '101', 'El % de alumnos prioritarios va de 0 a 100'],
    ['name', '   ', 'Ingrese el nombre del establecimiento'],
    ['contactEmail', 'contacto@', 'Correo electrónico no válido'],
    ['niveles', [], 'Seleccione al menos un nivel'],
    ['comunaCode', '99999', 'Seleccione una comuna'],
  ])('%s = %j → %s', (field, value, message) => {
    expect(checkField({ ...FORM, [field]: value }, field)).toEqual({ ok: false, message });
  });

  it('checks only the named field, whatever the others hold', () => {
    expect(checkField({ ...FORM, matricula: 'abc', contactEmail: 'x' }, 'director')).toEqual({
      ok: true,
      patch: { director: '' },
    });
  });
});

describe('formValueOf', () => {
  it.each<[Parameters<typeof formValueOf>[0], Parameters<typeof formValueOf>[1], unknown]>([
    [{ matricula: 850 }, 'matricula', '850'],
    [{ matricula: null }, 'matricula', ''],
    [{}, 'matricula', ''],
    [{ rbd: 7423 }, 'rbd', '7423'],
    [{ name: 'Liceo' }, 'name', 'Liceo'],
    [{ categoria: null }, 'categoria', ''],
    [{}, 'niveles', []],
    [{ niveles: ['basica'] }, 'niveles', ['basica']],
    [{}, 'ruralidad', 'urbano'],
    [{ ruralidad: 'rural' }, 'ruralidad', 'rural'],
    [{}, 'estado', '1'],
  ])('%j.%s → %j', (profile, field, value) => {
    expect(formValueOf(profile, field)).toEqual(value);
  });
});

describe('sameValue', () => {
  it.each<[unknown, unknown, boolean]>([
    ['Liceo', 'Liceo', true],
    ['850', 850, false],
    ['', null, false],
    [['basica', 'media-hc'], ['media-hc', 'basica'], true],
    [['basica'], ['basica', 'media-hc'], false],
    [undefined, [], true],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});
