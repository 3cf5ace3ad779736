import { describe, expect, it } from 'vitest';
import { responsesToCsv } from '../../../../src/domain/diagnosis/responsesCsv.ts';
import type { Instrument, Response } from '../../../../src/domain/diagnosis/model.ts';
import { SCHOOL } from '../pme/planFixture.ts';

const V1: Instrument = {
  id: 'diag-docentes',
  group: 'docentes',
  title: 'Docentes',
  version: 1,
  items: [
    { id: 'q1', kind: 'scale', subdimension: 'GP-1', text: 'Planificamos en equipo' },
    { id: 'o1', kind: 'open', text: '¿Qué mejorar; primero?' },
  ],
};

const response = (
  id: string,
  startedAt: string,
  answers: Response['answers'],
  openAnswers: Response['openAnswers'] = {},
): Response => ({
  id,
  instrumentId: 'diag-docentes',
  instrumentVersion: 1,
  group: 'docentes',
  mode: 'kiosk',
  startedAt,
  completedAt: null,
  answers,
  openAnswers,
});

describe('responsesToCsv', () => {
  it('writes one anonymous row per response, NS for "no sé", quoted text, BOM and CRLF', () => {
    const csv = responsesToCsv(
      [V1],
      [
        response('uuid-b', '2026-03-10T10:05:00Z', { q1: 'ns' }, { o1: 'Más "tiempo"; menos papeles' }),
        response('uuid-a', '2026-03-10T10:00:00Z', { q1: 3 }),
      ],
      SCHOOL,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('respuesta;grupo;modo;cuestionario;version;inicio;termino;q1 (v1, GP-1);o1 (v1, abierta)');
    expect(lines[1]).toBe(';;;;;;;Planificamos en equipo;"¿Qué mejorar; primero?"');
    expect(lines[2]).toBe('1;Docentes;kiosco;diag-docentes;1;2026-03-10T10:00:00Z;;3;');
    expect(lines[3]).toBe('2;Docentes;kiosco;diag-docentes;1;2026-03-10T10:05:00Z;;NS;"Más ""tiempo""; menos papeles"');
    expect(csv).not.toContain('uuid-');
    expect(lines[4]).toBe('');
    expect(lines[5]).toBe('Establecimiento;Escuela Básica Ñuñoa'); // FT2-2: the school after a blank line
  });
});
