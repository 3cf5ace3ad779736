import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarMonthOf } from '../../../../src/domain/programme/dates.ts';

describe('ISO date arithmetic', () => {
  it.each([
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'], // not a leap year
    ['2000-02-28', 1, '2000-02-29'], // leap year (÷400)
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-10', 0, '2026-03-10'],
  ])('addDays(%s, %i) = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
    expect(addDays(expected, -n)).toBe(iso);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('addMonths(%s, %i) = %s (clamped to the month)', (iso, n, expected) => {
    expect(addMonths(iso, n)).toBe(expected);
  });

  it('counts days across a year, leap and not', () => {
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('2028-01-01', 366)).toBe('2029-01-01');
    expect(addDays('2028-01-01', 365)).toBe('2028-12-31');
  });

  it('rejects what is not an ISO date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('10-03-2026', 1)).toThrow(RangeError);
    expect(() => addDays('2026-03-01', 1.5)).toThrow(RangeError);
    expect(calendarMonthOf('2026-03-15')).toBe('2026-03');
  });
});
