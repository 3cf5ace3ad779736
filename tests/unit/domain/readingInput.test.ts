// Field trial of monitoring (FT-1, FT-2): what a reading of an indicator accepts, as a Chilean
// director types it on a tablet.
import { describe, expect, it } from 'vitest';
import { readingDateError } from '../../../src/domain/bounds.ts';
import { parseDecimalInput } from '../../../src/domain/shared/numbers.ts';

const CORTE = { start: '2026-03-01', end: '2026-06-30' };

describe('FT-1 a reading is dated inside its corte', () => {
  it.each([
    ['2026-03-01', null],
    ['2026-06-30', null],
    ['2026-05-15', null],
    ['2026-02-28', 'La fecha debe estar dentro del corte (01-03-2026 a 30-06-2026)'],
    ['2026-07-01', 'La fecha debe estar dentro del corte (01-03-2026 a 30-06-2026)'],
    ['2099-01-01', 'La fecha debe estar dentro del corte (01-03-2026 a 30-06-2026)'],
    ['1900-01-01', 'La fecha debe estar dentro del corte (01-03-2026 a 30-06-2026)'],
  ])('FT-1 %s → %s', (date, message) => {
    expect(readingDateError(date, CORTE)).toBe(message);
  });
});

describe('FT-2 a number typed the Chilean way is read as meant, or refused when ambiguous', () => {
  it.each([
    ['88', { ok: true, value: 88 }],
    ['62,5', { ok: true, value: 62.5 }],
    ['62.5', { ok: true, value: 62.5 }],
    [' -3,25 ', { ok: true, value: -3.25 }],
    ['1.500,5', { ok: true, value: 1500.5 }],
    ['12.345.678', { ok: false, code: 'ambiguous-point' }],
    ['1.500', { ok: false, code: 'ambiguous-point' }],
    ['0.125', { ok: false, code: 'ambiguous-point' }],
    ['1,5,5', { ok: false, code: 'not-a-number' }],
    ['1.5.5', { ok: false, code: 'not-a-number' }],
    ['abc', { ok: false, code: 'not-a-number' }],
    ['', { ok: false, code: 'empty' }],
    ['Infinity', { ok: false, code: 'not-a-number' }],
  ])('FT-2 %j → %j', (text, result) => {
    expect(parseDecimalInput(text)).toEqual(result);
  });
});
