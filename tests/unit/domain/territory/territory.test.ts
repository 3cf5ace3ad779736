import { sharedDataFile } from '../../../support/sharedData.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMUNAS,
  comunaCodeSchema,
  comunaFromDirectoryCode,
  comunasOfRegion,
  findComuna,
  findProvince,
  findRegion,
  PROVINCES,
  REGIONS,
  regionCodeSchema,
  regionOfComuna,
  slepOfComuna,
} from '../../../../src/domain/territory/territory.ts';

const dataFile = sharedDataFile;

describe('the CUT list', () => {
  it('has 16 regions, 56 provinces and 346 comunas, with unique codes', () => {
    expect(REGIONS).toHaveLength(16);
    expect(PROVINCES).toHaveLength(56);
    expect(COMUNAS).toHaveLength(346);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(16);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(56);
    expect(new Set(COMUNAS.map((c) => c.code)).size).toBe(346);
  });

  it('uses 2-, 3- and 5-digit codes, "01".."16" for regions', () => {
    expect(REGIONS.map((r) => r.code).sort()).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
    ]);
    for (const p of PROVINCES) expect(p.code).toMatch(/^\d{3}$/);
    for (const c of COMUNAS) expect(c.code).toMatch(/^\d{5}$/);
  });

  it('links every comuna to an existing province of its own region', () => {
    for (const c of COMUNAS) {
      const province = findProvince(c.provinceCode);
      expect(province, c.code).toBeDefined();
      expect(province?.regionCode).toBe(c.regionCode);
      expect(findRegion(c.regionCode), c.code).toBeDefined();
    }
    for (const p of PROVINCES) expect(findRegion(p.regionCode), p.code).toBeDefined();
  });

  it('keeps the leading zero: 01101 is Iquique, in Tarapacá', () => {
    expect(findComuna('01101')).toEqual({ code: '01101', name: 'Iquique', provinceCode: '011', regionCode: '01' });
    expect(regionOfComuna('01101')?.name).toBe('Tarapacá');
    expect(findComuna('1101')).toBeUndefined();
    expect(regionOfComuna('99999')).toBeUndefined();
    expect(findRegion('13')?.name).toBe('Metropolitana de Santiago');
  });

  it('has every COD_COM_RBD of the 2025 directory', () => {
    const lines = readFileSync(dataFile('directorio_oficial_ee_2025.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const column = (lines[0] ?? '').split(';').indexOf('COD_COM_RBD');
    expect(column).toBeGreaterThan(0);
    const codes = new Set(
      lines
        .slice(1)
        .filter((l) => l !== '')
        .map((l) => l.split(';')[column] ?? ''),
    );
    expect(codes.size).toBe(346);
    const unknown = [...codes].filter((code) => findComuna(comunaFromDirectoryCode(code) ?? '') === undefined);
    expect(unknown).toEqual([]);
  });
});

describe('comunasOfRegion', () => {
  it('sorts by name the Spanish way', () => {
    expect(comunasOfRegion('01').map((c) => c.name)).toEqual([
      'Alto Hospicio',
      'Camiña',
      'Colchane',
      'Huara',
      'Iquique',
      'Pica',
      'Pozo Almonte',
    ]);
    const nuble = comunasOfRegion('16').map((c) => c.name);
    expect(nuble).toHaveLength(21);
    // Code-point order would put Ñiquén last; Spanish puts Ñ right after N.
    expect(nuble.slice(nuble.indexOf('Ninhue'), nuble.indexOf('Ninhue') + 3)).toEqual(['Ninhue', 'Ñiquén', 'Pemuco']);
  });

  it('partitions the 346 comunas and returns [] for an unknown region', () => {
    expect(REGIONS.reduce((n, r) => n + comunasOfRegion(r.code).length, 0)).toBe(346);
    expect(comunasOfRegion('17')).toEqual([]);
  });
});

describe('comunaFromDirectoryCode', () => {
  it.each([
    [1101, '01101'],
    ['1101', '01101'],
    [' 13103 ', '13103'],
    [13103, '13103'],
  ] as const)('%j → %s', (input, expected) => {
    expect(comunaFromDirectoryCode(input)).toBe(expected);
  });

  it.each(['', 'abc', '123456', '11.01', -1101, 1.5, 123456])('rejects %j', (input) => {
    expect(comunaFromDirectoryCode(input)).toBeNull();
  });
});

describe('schemas', () => {
  it('accept codes of the list', () => {
    expect(comunaCodeSchema.parse('01101')).toBe('01101');
    expect(comunaCodeSchema.parse('16305')).toBe('16305');
    expect(regionCodeSchema.parse('01')).toBe('01');
    expect(regionCodeSchema.parse('16')).toBe('16');
  });

  it.each(['1101', '99999', '', ' 01101', 1101, undefined, null])('reject comuna %j in Spanish', (value) => {
    const result = comunaCodeSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Seleccione una comuna de la lista']);
  });

  it.each(['1', '17', '00', '', 1, undefined])('reject region %j in Spanish', (value) => {
    const result = regionCodeSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Seleccione una región de la lista']);
  });
});

describe('slepOfComuna', () => {
  it('gives Barrancas for Cerro Navia (transferred in 2018) from 2018 on', () => {
    expect(slepOfComuna('13103', 2018)).toEqual({ slepCode: '1303', slepName: 'Barrancas', transferYear: 2018 });
    expect(slepOfComuna('13103', 2026)?.slepName).toBe('Barrancas');
    expect(slepOfComuna('13103', 2017)).toBeNull();
  });

  it('gives nothing for Santiago before its 2026 transfer', () => {
    expect(slepOfComuna('13101', 2025)).toBeNull();
    expect(slepOfComuna('13101', 2026)).toEqual({ slepCode: '1301', slepName: 'Santiago Centro', transferYear: 2026 });
  });

  it('covers every comuna by 2029, and nothing for unknown codes', () => {
    for (const c of COMUNAS) expect(slepOfComuna(c.code, 2029), c.code).not.toBeNull();
    expect(new Set(COMUNAS.map((c) => slepOfComuna(c.code, 2029)?.slepCode)).size).toBe(70);
    expect(slepOfComuna('13101'.slice(1), 2030)).toBeNull();
  });

  it('finds comunas whose SLEP code had lost its leading zero (Iquique, 2024)', () => {
    expect(slepOfComuna('01101', 2023)).toBeNull();
    expect(slepOfComuna('01101', 2024)).toEqual({ slepCode: '101', slepName: 'Iquique', transferYear: 2024 });
  });
});
