// DIR-2: the register columns of Mineduc's directory (sostenedor's RUT, PIE, niveles from COD_ENSE).
import { describe, expect, it } from 'vitest';
import { nivelOfTeachingCode, readRegisterColumns } from '../../../../src/domain/schools/directoryRegister.ts';
import { parseDirectoryCsv } from '../../../../src/domain/schools/directory.ts';

describe('DIR-2 nivelOfTeachingCode', () => {
  it.each([
    [10, 'parvularia'],
    [110, 'basica'],
    [165, 'adultos'],
    [167, 'adultos'],
    [211, 'especial'],
    [214, 'especial'],
    [299, 'especial'],
    [310, 'media-hc'],
    [363, 'adultos'],
    [410, 'media-tp'],
    [510, 'media-tp'],
    [910, 'media-tp'],
    [463, 'adultos'],
    [763, 'adultos'],
  ])('reads COD_ENSE %i as %s', (code, nivel) => {
    expect(nivelOfTeachingCode(code)).toBe(nivel);
  });

  it.each([0, -10, 1000, 10.5])('reads %d as no nivel', (code) => {
    expect(nivelOfTeachingCode(code)).toBeNull();
  });
});

describe('DIR-2 readRegisterColumns', () => {
  const line = (values: Record<string, string>) => (column: string) => values[column] ?? '0';

  it('collects niveles in the profile order without repeats, the RUT as digits and PIE', () => {
    const read = readRegisterColumns(
      line({
        RUT_SOSTENEDOR: '62000660',
        CONVENIO_PIE: '1',
        ENS_01: '463',
        ENS_02: '110',
        ENS_03: '10',
        ENS_04: '363',
      }),
    );
    expect(read).toEqual({
      ok: true,
      fields: { sostenedorRut: '62000660', pie: true, niveles: ['parvularia', 'basica', 'adultos'] },
    });
  });

  it('reads a blank RUT (a natural person) as null', () => {
    const read = readRegisterColumns(line({ RUT_SOSTENEDOR: ' ', CONVENIO_PIE: '0' }));
    expect(read).toEqual({ ok: true, fields: { sostenedorRut: null, pie: false, niveles: [] } });
  });

  it('reports each bad column', () => {
    const read = readRegisterColumns(line({ RUT_SOSTENEDOR: '62.000.660-5', CONVENIO_PIE: 'si', ENS_05: 'x' }));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors.map((e) => e.column)).toEqual(['RUT_SOSTENEDOR', 'CONVENIO_PIE', 'ENS_05']);
  });

  it('parseDirectoryCsv adds them to each row when the file has the columns, with the line of a bad one', () => {
    const ens = Array.from({ length: 11 }, (_, i) => `ENS_${String(i + 1).padStart(2, '0')}`).join(';');
    const header = `RBD;DGV_RBD;NOM_RBD;RUT_SOSTENEDOR;COD_REG_RBD;COD_COM_RBD;COD_DEPE;RURAL_RBD;LATITUD;LONGITUD;CONVENIO_PIE;${ens};MAT_TOTAL;ESTADO_ESTAB`;
    const good = '7423;3;E;69210201;10;10307;2;1; ; ;0;110;0;0;0;0;0;0;0;0;0;0;1;1';
    const bad = '4;3;E;69210201;10;10307;2;1; ; ;2;110;0;0;0;0;0;0;0;0;0;0;1;1';
    expect(parseDirectoryCsv([header, good].join('\r\n')).rows[0]?.register).toEqual({
      sostenedorRut: '69210201',
      pie: false,
      niveles: ['basica'],
    });
    expect(parseDirectoryCsv([header, good, bad].join('\r\n')).errors).toEqual([
      { line: 3, column: 'CONVENIO_PIE', message: 'CONVENIO_PIE debe ser 0 o 1' },
    ]);
  });
});
