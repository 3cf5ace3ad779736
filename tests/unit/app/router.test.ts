import { describe, expect, it } from 'vitest';
import { parseRoute, type Route } from '../../../src/app/router.ts';
import type { SchoolId } from '../../../src/domain/wire/documentNames.ts';

const school = (id: string): Route => ({ name: 'school', schoolId: id as SchoolId });

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { name: 'schools' }],
    ['#', { name: 'schools' }],
    ['#/', { name: 'schools' }],
    ['#/escuelas', { name: 'schools' }],
    ['#/escuelas/nueva', { name: 'new-school' }],
    ['#/escuelas/7423', school('7423')],
    ['#/escuelas/1', school('1')],
    ['#/escuelas/99999999', school('99999999')],
    ['#/escuelas/7423/diagnostico', { name: 'diagnosis', schoolId: '7423' as SchoolId }],
    ['#/escuelas/7423/diagnostico/papel', { name: 'diagnosis-paper', schoolId: '7423' as SchoolId }],
    ['#/escuelas/7423/diagnostico/datos', { name: 'diagnosis-data', schoolId: '7423' as SchoolId }],
    [
      '#/escuelas/7423/diagnostico/instrumento/apoderados',
      { name: 'instrument', schoolId: '7423' as SchoolId, group: 'apoderados', survey: 'diagnosis' },
    ],
    ['#/escuelas/7423/diagnostico/pei', { name: 'diagnosis-pei', schoolId: '7423' as SchoolId }],
    ['#/escuelas/7423/diagnostico/priorizacion', { name: 'diagnosis-priorities', schoolId: '7423' as SchoolId }],
    [
      '#/escuelas/7423/diagnostico/kiosco/docentes',
      { name: 'kiosk', schoolId: '7423' as SchoolId, group: 'docentes', survey: 'diagnosis' },
    ],
  ])('%j → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    '#/escuelas/0',
    '#/escuelas/07423',
    '#/escuelas/123456789',
    '#/escuelas/7423-3',
    '#/escuelas/abc',
    '#/escuelas/',
    '#/escuelas/7423/perfil',
    '#/escuelas/nueva/otra',
    '#/escuelas/7423/diagnostico/kiosco/marcianos',
    '#/escuelas/7423/diagnostico/kiosco',
    '#/escuelas/7423/diagnostico/otra',
    '#/escuelas/7423/diagnostico/instrumento/marcianos',
    '#/escuelas/abc/diagnostico',
    '#/otra',
    '#escuelas',
  ])('%j → not-found', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'not-found' });
  });
});

describe('pme route', () => {
  it('parses the PME route and rejects a bad school id', () => {
    expect(parseRoute('#/escuelas/7423/pme')).toEqual({ name: 'pme', schoolId: '7423' });
    expect(parseRoute('#/escuelas/abc/pme')).toEqual({ name: 'not-found' });
  });
});

describe('programme routes', () => {
  it('parses the asesoría and a session record', () => {
    expect(parseRoute('#/escuelas/7423/asesoria')).toEqual({ name: 'programme', schoolId: '7423' });
    expect(parseRoute('#/escuelas/7423/asesoria/sesion/3f2a-9b')).toEqual({
      name: 'session',
      schoolId: '7423',
      sessionId: '3f2a-9b',
    });
    expect(parseRoute('#/escuelas/7423/asesoria/sesion/../x')).toEqual({ name: 'not-found' });
  });
});

describe('monitoring route', () => {
  it('parses the monitoring screen', () => {
    expect(parseRoute('#/escuelas/7423/monitoreo')).toEqual({ name: 'monitoring', schoolId: '7423' });
  });
});

describe('evaluation routes', () => {
  it('parses the evaluation, its kiosk, instrument editor and paper entry', () => {
    expect(parseRoute('#/escuelas/7423/evaluacion')).toEqual({ name: 'evaluation', schoolId: '7423' });
    expect(parseRoute('#/escuelas/7423/evaluacion/kiosco/docentes')).toEqual({
      name: 'kiosk',
      schoolId: '7423',
      group: 'docentes',
      survey: 'evaluation',
    });
    expect(parseRoute('#/escuelas/7423/evaluacion/instrumento/apoderados')).toEqual({
      name: 'instrument',
      schoolId: '7423',
      group: 'apoderados',
      survey: 'evaluation',
    });
    expect(parseRoute('#/escuelas/7423/evaluacion/papel')).toEqual({ name: 'evaluation-paper', schoolId: '7423' });
    expect(parseRoute('#/escuelas/7423/evaluacion/kiosco/marcianos')).toEqual({ name: 'not-found' });
  });
});
