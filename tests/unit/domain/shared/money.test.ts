import { describe, expect, it } from 'vitest';
import { formatPesos, pesos, pesosSchema } from '../../../../src/domain/shared/money.ts';

describe('formatPesos (es-CL, by hand)', () => {
  it.each([
    [0, '$ 0'],
    [999, '$ 999'],
    [1000, '$ 1.000'],
    [1_250_000, '$ 1.250.000'],
    [100_000, '$ 100.000'],
    [1_000_000_000, '$ 1.000.000.000'],
  ])('%d → %s', (n, s) => expect(formatPesos(n)).toBe(s));

  it('writes negatives with the sign before the symbol', () => {
    expect(formatPesos(-1_250_000)).toBe('-$ 1.250.000');
    expect(formatPesos(-0)).toBe('$ 0');
  });

  it('rounds non-integers to the peso and rejects non-finite values', () => {
    expect(formatPesos(999.5)).toBe('$ 1.000');
    expect(formatPesos(-0.4)).toBe('$ 0');
    expect(() => formatPesos(Number.NaN)).toThrow(RangeError);
    expect(() => formatPesos(Infinity)).toThrow(RangeError);
  });
});

describe('pesos', () => {
  it('brands safe integers and refuses decimals', () => {
    expect(pesos(1500)).toBe(1500);
    expect(pesos(-20)).toBe(-20);
    expect(Object.is(pesos(-0), 0)).toBe(true);
    expect(() => pesos(1.5)).toThrow(RangeError);
  });

  it('pesosSchema rejects decimals and negatives in Spanish', () => {
    expect(pesosSchema.safeParse(1000).success).toBe(true);
    expect(pesosSchema.safeParse(10.5).error?.issues[0]?.message).toBe(
      'El monto debe ser un número entero de pesos, sin decimales',
    );
    expect(pesosSchema.safeParse(-1).error?.issues[0]?.message).toBe('El monto no puede ser negativo');
  });
});
