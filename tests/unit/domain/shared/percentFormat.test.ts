// One es-CL percent formatter (decimal comma, "16,7 %"), and a lint-like scan that fails on a percentage
// built any other way in the screens, the domain and the reports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatWithUnit } from '../../../../src/domain/shared/numbers.ts';

describe('formatPercent (es-CL)', () => {
  it.each<[number | null, number, boolean, string]>([
    [16.666, 1, false, '16,7\u00a0%'],
    [100 / 6, 1, false, '16,7\u00a0%'],
    [20, 1, false, '20,0\u00a0%'],
    [20, 1, true, '20\u00a0%'],
    [12.5, 1, true, '12,5\u00a0%'],
    [1234.5, 1, false, '1.234,5\u00a0%'],
    [-2.25, 1, false, '-2,3\u00a0%'],
    [0.04, 1, false, '0,0\u00a0%'],
    [75, 0, false, '75\u00a0%'],
    [null, 1, false, '—'],
    [Number.NaN, 1, false, '—'],
  ])('%s with %i decimals (compact %s) → %s', (points, decimals, compact, shown) => {
    expect(formatPercent(points, decimals, compact)).toBe(shown);
  });

  it('writes a value with its unit', () => {
    expect(formatWithUnit(16.7, '%')).toBe('16,7\u00a0%');
    expect(formatWithUnit(250.5, 'puntos')).toBe('250,5 puntos');
    expect(formatWithUnit(1250, 'número')).toBe('1.250 número');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
  });
});

const ROOT = join(import.meta.dirname, '../../../..');
const FORMATTER = 'src/domain/shared/numbers.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A percentage made by hand: an interpolated value followed by "%" (template or JSX), or toFixed (a decimal point). */
const HAND_MADE = [/\}\s?%/, /toFixed\(/];
/** CSS lengths in style objects are not shown as text. */
const CSS_LENGTH = /\b(width|height|left|right|top|bottom)\s*:\s*`/;

describe('percentages go through formatPercent', () => {
  it('no screen, domain rule or report builds a percentage by hand', () => {
    const files = [...sources(join(ROOT, 'src/features')), ...sources(join(ROOT, 'src/domain'))];
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((f) => relative(ROOT, f) !== FORMATTER)
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(ROOT, f)}:${i + 1}` }))
          .filter(
            ({ line }) =>
              !line.trim().startsWith('//') &&
              !line.trim().startsWith('*') &&
              !CSS_LENGTH.test(line) &&
              HAND_MADE.some((re) => re.test(line)),
          )
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the scan catches a hand-made percentage', () => {
    const line = 'const pct = (n: number) => `${n.toFixed(1)}%`;';
    expect(HAND_MADE.some((re) => re.test(line)) && !CSS_LENGTH.test(line)).toBe(true);
    expect(HAND_MADE.some((re) => re.test('<td>{r.progress}%</td>'))).toBe(true);
    expect(CSS_LENGTH.test('style={{ width: `${value}%` }}')).toBe(true);
  });
});
