// R-8e: the one number formatter of screens and documents, es-CL by hand (same characters in every runtime).
import { describe, expect, it } from 'vitest';
import {
  formatMean,
  formatNumber,
  formatPercent,
  formatRate,
  formatStored,
  formatStoredDiff,
} from '../../../../src/domain/shared/numbers.ts';

describe('R-8e one number formatter', () => {
  it('percentages: one decimal, decimal comma, a no-break space before %', () => {
    expect([
      formatPercent(16.666),
      formatPercent(100),
      formatPercent(0),
      formatPercent(-100),
      formatPercent(null),
      formatPercent(33.333, 0),
    ]).toEqual(['16,7\u00a0%', '100,0\u00a0%', '0,0\u00a0%', '-100,0\u00a0%', '—', '33\u00a0%']);
    expect(formatRate(1 / 6)).toBe('16,7\u00a0%');
  });

  it('numbers and 1–4 means: thousands with points, rounding half up, no "-0"', () => {
    expect([
      formatNumber(1234567.891, 1),
      formatNumber(-0.04, 1),
      formatNumber(2.25, 1),
      formatMean(2.75),
      formatMean(null),
    ]).toEqual(['1.234.567,9', '0,0', '2,3', '2,8', '—']);
  });

  it('stored values (results data): as typed, up to two decimals, no trailing zeros', () => {
    expect([
      formatStored(254.5),
      formatStored(240),
      formatStored(1234),
      formatStored(40.0),
      formatStored(3.256),
      formatStored(null),
    ]).toEqual(['254,5', '240', '1.234', '40', '3,26', '—']);
    expect([formatStoredDiff(3), formatStoredDiff(-2.5), formatStoredDiff(0), formatStoredDiff(null)]).toEqual([
      '+3',
      '-2,5',
      '0',
      '—',
    ]);
  });
});
