import { sharedDataFile } from '../../../support/sharedData.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDirectoryCsv } from '../../../../src/domain/schools/directory.ts';
import {
  checkRbd,
  computeRbdCheckDigit,
  formatRbd,
  officialCheckDigit,
  parseRbdText,
  RBD_DV_EXCEPTIONS,
  RBD_ERROR_MESSAGES,
} from '../../../../src/domain/schools/rbd.ts';

const dataFile = sharedDataFile;

// Each expected digit worked out by hand: Σ digit×weight (weights 2,3,4,5,6,7,2,3 from the right).
const HAND_COMPUTED: [rbd: number, dv: string, why: string][] = [
  [7423, '3', '3·2+2·3+4·4+7·5 = 63; 63 mod 11 = 8; 11−8 = 3'],
  [1, '9', '1·2 = 2; 11−2 = 9'],
  [4, '3', '4·2 = 8; 11−8 = 3'],
  [6, 'K', '6·2 = 12; 12 mod 11 = 1; 11−1 = 10 → K'],
  [14, '0', '4·2+1·3 = 11; 11 mod 11 = 0; 11−0 = 11 → 0'],
  [13208, 'K', '8·2+0·3+2·4+3·5+1·6 = 45; 45 mod 11 = 1 → K'],
  [1234567, '4', '7·2+6·3+5·4+4·5+3·6+2·7+1·2 = 106; 106 mod 11 = 7; 11−7 = 4'],
  [12345678, '5', '8·2+7·3+6·4+5·5+4·6+3·7+2·2+1·3 = 138; 138 mod 11 = 6; 11−6 = 5'],
  [99999999, '9', '9·32 = 288; 288 mod 11 = 2; 11−2 = 9'],
];

/** The exceptions file read on its own (RBD, official DGV_RBD, módulo-11 digit), not through the app. */
function readExceptionsCsv(): { rbd: number; official: string; rule: string }[] {
  const lines = readFileSync(dataFile('rbd_dv_exceptions_2025.csv'), 'utf8').split(/\r?\n/).slice(1);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = /^(\d+),([0-9K]),([0-9K]),/.exec(line);
      if (!m) throw new Error(`unexpected line: ${line}`);
      return { rbd: Number(m[1]), official: m[2] ?? '', rule: m[3] ?? '' };
    });
}

describe('computeRbdCheckDigit', () => {
  it('gives 3 for RBD 7423 (docs/domain.md example)', () => {
    expect(computeRbdCheckDigit(7423)).toBe('3');
  });

  it.each(HAND_COMPUTED)('RBD %i → %s (%s)', (rbd, dv) => {
    expect(computeRbdCheckDigit(rbd)).toBe(dv);
  });

  it('throws outside 1..99,999,999', () => {
    expect(() => computeRbdCheckDigit(0)).toThrow(RangeError);
    expect(() => computeRbdCheckDigit(100_000_000)).toThrow(RangeError);
    expect(() => computeRbdCheckDigit(1.5)).toThrow(RangeError);
  });
});

describe('checkRbd', () => {
  // 13208 is one of the official exceptions (its DV is 8), covered below.
  it.each(HAND_COMPUTED.filter(([rbd]) => rbd !== 13208))('accepts %i-%s', (rbd, dv) => {
    expect(checkRbd(rbd, dv)).toEqual({ ok: true });
  });

  it('accepts a lower-case k and surrounding spaces', () => {
    expect(checkRbd(6, 'k')).toEqual({ ok: true });
    expect(checkRbd(7423, ' 3 ')).toEqual({ ok: true });
  });

  it.each([
    [7423, '4', 'dv-mismatch'],
    [7423, '0', 'dv-mismatch'],
    [6, '0', 'dv-mismatch'],
    [14, 'K', 'dv-mismatch'],
    [1.5, '9', 'rbd-not-integer'],
    [Number.NaN, '9', 'rbd-not-integer'],
    [Number.POSITIVE_INFINITY, '9', 'rbd-not-integer'],
    [0, '0', 'rbd-out-of-range'],
    [-7423, '3', 'rbd-out-of-range'],
    [100_000_000, '1', 'rbd-out-of-range'],
    [7423, 'X', 'dv-invalid-format'],
    [7423, '', 'dv-invalid-format'],
    [7423, '33', 'dv-invalid-format'],
    [7423, '-3', 'dv-invalid-format'],
  ] as const)('rejects %s-%s with %s', (rbd, dv, code) => {
    expect(checkRbd(rbd, dv)).toEqual({ ok: false, code });
  });

  it('has a Spanish message for every code', () => {
    expect(RBD_ERROR_MESSAGES['dv-mismatch']).toBe('El dígito verificador no corresponde al RBD');
    expect(Object.keys(RBD_ERROR_MESSAGES).sort()).toEqual([
      'dv-invalid-format',
      'dv-mismatch',
      'rbd-not-integer',
      'rbd-out-of-range',
    ]);
    for (const message of Object.values(RBD_ERROR_MESSAGES)) expect(message).toMatch(/^El /);
  });
});

describe('official exceptions', () => {
  const csv = readExceptionsCsv();

  it('holds exactly the 50 pairs of rbd_dv_exceptions_2025.csv', () => {
    expect(csv).toHaveLength(50);
    expect(RBD_DV_EXCEPTIONS.size).toBe(50);
    for (const { rbd, official } of csv) expect(RBD_DV_EXCEPTIONS.get(rbd)).toBe(official);
  });

  it('computes the same módulo-11 digit as the file, which differs from the official one', () => {
    for (const { rbd, official, rule } of csv) {
      expect(computeRbdCheckDigit(rbd)).toBe(rule);
      expect(rule).not.toBe(official);
    }
  });

  it('accepts every official pair and rejects any other digit, the módulo-11 one included', () => {
    for (const { rbd, official, rule } of csv) {
      expect(checkRbd(rbd, official)).toEqual({ ok: true });
      expect(officialCheckDigit(rbd)).toBe(official);
      expect(checkRbd(rbd, rule)).toEqual({ ok: false, code: 'dv-mismatch' });
      const wrong = String((Number(official) + 1) % 10);
      expect(checkRbd(rbd, wrong)).toEqual({ ok: false, code: 'dv-mismatch' });
    }
  });
});

describe('parseRbdText and formatRbd', () => {
  it.each([
    ['7423-3', { rbd: 7423, dv: '3' }],
    ['7423 - 3', { rbd: 7423, dv: '3' }],
    ['  7423-3  ', { rbd: 7423, dv: '3' }],
    ['6-k', { rbd: 6, dv: 'K' }],
    ['6-K', { rbd: 6, dv: 'K' }],
    ['7423-4', { rbd: 7423, dv: '4' }],
  ])('reads %j', (text, expected) => {
    expect(parseRbdText(text)).toEqual(expected);
  });

  it.each(['74233', '7423', '-3', '7423-', '7423-33', '7423-X', 'abc-3', '7.423-3', '123456789-0', ''])(
    'rejects %j',
    (text) => {
      expect(parseRbdText(text)).toBeNull();
    },
  );

  it('formats with a dash and upper-case K', () => {
    expect(formatRbd(7423, '3')).toBe('7423-3');
    expect(formatRbd(6, 'k')).toBe('6-K');
    expect(parseRbdText(formatRbd(13208, '8'))).toEqual({ rbd: 13208, dv: '8' });
  });
});

describe('parseDirectoryCsv on small inputs', () => {
  const HEADER =
    'AGNO;RBD;DGV_RBD;NOM_RBD;COD_REG_RBD;COD_COM_RBD;COD_DEPE;RURAL_RBD;LATITUD;LONGITUD;MAT_TOTAL;ESTADO_ESTAB';
  const csv = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
  const GOOD = '2025;7423;3;ESCUELA  LA  VICUÐA ;1;1101;2;1;-20,2133;-70,1503;0;1';

  it('reads a valid row: BOM, CRLF, decimal comma, padded codes, collapsed name', () => {
    expect(parseDirectoryCsv(csv(GOOD, '2025;14;0;LICEO;13;13103;6;0; ; ;250;3'))).toEqual({
      errors: [],
      rows: [
        {
          rbd: 7423,
          dv: '3',
          name: 'ESCUELA LA VICUÐA',
          regionCode: '01',
          comunaCode: '01101',
          dependenciaCode: 2,
          rural: true,
          matricula: 0,
          estado: 1,
          latitude: -20.2133,
          longitude: -70.1503,
        },
        {
          rbd: 14,
          dv: '0',
          name: 'LICEO',
          regionCode: '13',
          comunaCode: '13103',
          dependenciaCode: 6,
          rural: false,
          matricula: 250,
          estado: 3,
          latitude: null,
          longitude: null,
        },
      ],
    });
  });

  it('drops malformed coordinates instead of failing', () => {
    const { rows, errors } = parseDirectoryCsv(
      csv(
        '2025;7423;3;E;1;1101;2;1;-33,28;-70,8711003,17;0;1',
        '2025;1;9;E;1;1101;2;1;-39,30433830647499, 72217207;-70,1;0;1',
        '2025;4;3;E;1;1101;2;1;-95,5;-70,1;0;1',
        '2025;14;0;E;1;1101;2;1;-62,200997;-58,964631;0;1',
      ),
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.latitude, r.longitude])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [-62.200997, -58.964631],
    ]);
  });

  it('reports every error with line and column, and returns no rows', () => {
    const result = parseDirectoryCsv(
      csv(
        GOOD,
        '2025;7423;4;E;1;1101;2;1; ; ;0;1',
        '2025;x;K; ;1;99999;7;2; ; ;-1;9',
        '2025;1;9;E',
        '2025;4;3;E;2;1101;2;0; ; ;0;1',
        GOOD,
      ),
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 3, column: 'DGV_RBD', message: 'El dígito verificador no corresponde al RBD' },
      { line: 4, column: 'RBD', message: expect.any(String) },
      { line: 4, column: 'NOM_RBD', message: expect.any(String) },
      { line: 4, column: 'COD_COM_RBD', message: 'Seleccione una comuna de la lista' },
      { line: 4, column: 'COD_DEPE', message: expect.any(String) },
      { line: 4, column: 'RURAL_RBD', message: expect.any(String) },
      { line: 4, column: 'MAT_TOTAL', message: expect.any(String) },
      { line: 4, column: 'ESTADO_ESTAB', message: expect.any(String) },
      { line: 5, column: '', message: expect.stringContaining('campos') },
      { line: 6, column: 'COD_REG_RBD', message: 'La región no corresponde a la comuna' },
      { line: 7, column: 'RBD', message: 'El RBD 7423 ya aparece en la línea 2' },
    ]);
  });

  it('reports missing columns on line 1', () => {
    const { rows, errors } = parseDirectoryCsv('RBD;DGV_RBD;NOM_RBD\r\n1;9;X\r\n');
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toContainEqual([1, 'COD_COM_RBD']);
    expect(errors).toHaveLength(8);
  });
});

describe('the official 2025 directory (shared/data/directorio_oficial_ee_2025.csv)', () => {
  const { rows, errors } = parseDirectoryCsv(readFileSync(dataFile('directorio_oficial_ee_2025.csv'), 'utf8'));

  it('parses with zero errors into 16,768 schools', () => {
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(16_768);
    expect(new Set(rows.map((r) => r.rbd)).size).toBe(16_768);
  });

  it('accepts the RBD and DV of every row', () => {
    const rejected = rows.filter((r) => !checkRbd(r.rbd, r.dv).ok).map((r) => formatRbd(r.rbd, r.dv));
    expect(rejected).toEqual([]);
  });

  it('has exactly 50 rows off the módulo-11 rule, the listed exceptions', () => {
    const off = rows.filter((r) => computeRbdCheckDigit(r.rbd) !== r.dv);
    expect(off).toHaveLength(50);
    expect(off.map((r) => r.rbd).sort((a, b) => a - b)).toEqual(
      readExceptionsCsv()
        .map((e) => e.rbd)
        .sort((a, b) => a - b),
    );
  });

  it('matches the counts documented in data/README.md', () => {
    const byEstado = [1, 2, 3, 4].map((e) => rows.filter((r) => r.estado === e).length);
    expect(byEstado).toEqual([12_038, 782, 3_870, 78]);
    expect(rows.filter((r) => r.estado === 1 && r.matricula === 0)).toHaveLength(1_093);
    expect(rows.filter((r) => r.name.includes('Ð'))).toHaveLength(2);
    expect(rows.filter((r) => r.name.includes('  ') || r.name !== r.name.trim())).toEqual([]);
    // 3,267 blank coordinates plus 2 malformed ones.
    expect(rows.filter((r) => r.latitude === null)).toHaveLength(3_269);
    expect(rows.find((r) => r.rbd === 1)).toEqual({
      rbd: 1,
      dv: '9',
      name: 'LICEO POLITECNICO ARICA',
      regionCode: '15',
      comunaCode: '15101',
      dependenciaCode: 6,
      rural: false,
      matricula: 1086,
      estado: 1,
      latitude: -18.4872,
      longitude: -70.295212,
      register: { sostenedorRut: '62000660', pie: true, niveles: ['media-tp', 'adultos'] },
    });
  });
});
