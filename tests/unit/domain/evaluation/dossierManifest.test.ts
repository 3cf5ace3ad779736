import { describe, expect, it } from 'vitest';
import { dossierManifest } from '../../../../src/domain/evaluation/dossier.ts';
import { DELIVERABLES } from '../../../../src/domain/programme/template.ts';

describe('dossierManifest', () => {
  it('DO-2, DO-3: the survey numbered after the hours report; a repeated session date gets -2', () => {
    const files = dossierManifest({
      rbd: '7423',
      year: 2026,
      includeSatisfaction: true,
      sessionDates: ['2026-05-04', '2026-04-01', '2026-05-04'],
    });
    const n = DELIVERABLES.length;
    const pad = (k: number) => String(k).padStart(2, '0');
    expect(files.slice(n, n + 2).map((f) => f.path)).toEqual([
      `${pad(n + 1)}-informe-horas-7423.pdf`,
      `${pad(n + 2)}-encuesta-satisfaccion-7423.pdf`,
    ]);
    expect(files.filter((f) => f.path.startsWith('actas-sesiones/')).map((f) => [f.path, f.title])).toEqual([
      ['actas-sesiones/acta-7423-2026-04-01.pdf', 'Acta de sesión del 01-04-2026'],
      ['actas-sesiones/acta-7423-2026-05-04.pdf', 'Acta de sesión del 04-05-2026'],
      ['actas-sesiones/acta-7423-2026-05-04-2.pdf', 'Acta de sesión del 04-05-2026'],
    ]);
    expect(files.every((f) => f.deliverable === null || f.path.endsWith(`-${f.deliverable}-7423.pdf`))).toBe(true);
  });

  it('DO-4: one set of data files per action year, in year order', () => {
    const paths = dossierManifest({ rbd: '7423', year: 2026, actionYears: [2026, 2025] }).map((f) => f.path);
    expect(paths.filter((p) => /^datos\/(acciones|monitoreo)/.test(p))).toEqual([
      'datos/acciones-2025.csv',
      'datos/acciones-2025.xlsx',
      'datos/monitoreo-2025.csv',
      'datos/acciones-2026.csv',
      'datos/acciones-2026.xlsx',
      'datos/monitoreo-2026.csv',
    ]);
  });

  it('rejects an RBD that is not a number and a date that is not ISO', () => {
    expect(() => dossierManifest({ rbd: 'x1', year: 2026 })).toThrow(RangeError);
    expect(() => dossierManifest({ rbd: '7423', year: 2026, sessionDates: ['04/05/2026'] })).toThrow(RangeError);
  });
});
