// D-1: an instant's calendar date is the date where the device is, not UTC's. Zones are passed in
// (vitest workers share a process zone); one test spawns Node with TZ set to check the device-zone
// path the app uses, which passes no zone.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  calendarDateOf,
  formatCalendarDate,
  formatLocalTimestamp,
  isoDateOfDayNumber,
  isoDayNumber,
  localIsoDate,
  localTime,
  localYear,
} from '../../../../src/domain/shared/localDates.ts';
import { formatIsoDate, localIsoDate as reexported } from '../../../../src/domain/shared/localDates.ts';

const run = promisify(execFile);
const SANTIAGO = 'America/Santiago';

describe('D-1 local calendar dates', () => {
  it('21:30 in Santiago on 14 June (01:30 UTC on the 15th) is 14-06-2026', () => {
    const at = new Date('2026-06-15T01:30:00Z');
    expect(localIsoDate(at, SANTIAGO)).toBe('2026-06-14');
    expect(localTime(at, SANTIAGO)).toBe('21:30');
    expect(formatCalendarDate('2026-06-15T01:30:00Z', SANTIAGO)).toBe('14-06-2026');
    expect(formatLocalTimestamp('2026-06-15T01:30:00Z', SANTIAGO)).toBe('14-06-2026 21:30');
    expect(localIsoDate(at, 'UTC')).toBe('2026-06-15');
  });

  it.each([
    // [instant, zone, local date, local time]
    ['2026-01-15T02:59:00Z', SANTIAGO, '2026-01-14', '23:59'], // summer time, UTC−3
    ['2026-01-15T03:00:00Z', SANTIAGO, '2026-01-15', '00:00'],
    ['2026-06-15T03:59:00Z', SANTIAGO, '2026-06-14', '23:59'], // winter time, UTC−4
    ['2026-06-15T04:00:00Z', SANTIAGO, '2026-06-15', '00:00'],
    ['2026-06-15T01:30:00Z', 'Pacific/Easter', '2026-06-14', '19:30'], // Rapa Nui, UTC−6
    ['2026-12-31T23:30:00Z', SANTIAGO, '2026-12-31', '20:30'],
    ['2027-01-01T03:30:00Z', SANTIAGO, '2027-01-01', '00:30'],
  ] as const)('%s in %s is %s %s', (instant, zone, date, time) => {
    expect(localIsoDate(new Date(instant), zone)).toBe(date);
    expect(localTime(new Date(instant), zone)).toBe(time);
  });

  it('the year is the local one on New Year’s Eve', () => {
    expect(localYear(new Date('2027-01-01T01:00:00Z'), SANTIAGO)).toBe(2026);
    expect(localYear(new Date('2027-01-01T01:00:00Z'), 'UTC')).toBe(2027);
  });

  it('a stored calendar date is kept as typed; an instant becomes its local date; anything else is unchanged', () => {
    expect(calendarDateOf('2026-06-15', SANTIAGO)).toBe('2026-06-15');
    expect(calendarDateOf('2026-06-15T01:30:00.000Z', SANTIAGO)).toBe('2026-06-14');
    expect(calendarDateOf('2026-06-14T23:30:00-04:00', 'UTC')).toBe('2026-06-15');
    expect(calendarDateOf('ayer', SANTIAGO)).toBe('ayer');
    expect(formatCalendarDate('', SANTIAGO)).toBe('');
    expect(formatLocalTimestamp('no es fecha')).toBe('no es fecha');
  });

  it('dd-mm-aaaa', () => {
    expect(formatIsoDate('2026-06-14')).toBe('14-06-2026');
  });

  it('day numbers round-trip across leap days and years', () => {
    expect(isoDayNumber('1970-01-01')).toBe(0);
    expect(isoDateOfDayNumber(isoDayNumber('2028-02-28') + 1)).toBe('2028-02-29');
    expect(isoDateOfDayNumber(isoDayNumber('2026-12-31') + 1)).toBe('2027-01-01');
    expect(() => isoDayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('pme/calendar.ts still exports the same names', () => {
    expect(reexported).toBe(localIsoDate);
  });

  it('with no zone passed, the device zone is used (Node started with TZ=America/Santiago, then Pacific/Easter)', async () => {
    const script = [
      "const m = await import('./src/domain/shared/localDates.ts');",
      "console.log(JSON.stringify([m.formatCalendarDate('2026-06-15T01:30:00Z'), m.localIsoDate(new Date('2026-06-15T01:30:00Z')), m.formatLocalTimestamp('2026-06-15T01:30:00Z')]));",
    ].join('\n');
    const inZone = async (tz: string) => {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
      });
      return JSON.parse(stdout.trim()) as string[];
    };
    expect(await inZone(SANTIAGO)).toEqual(['14-06-2026', '2026-06-14', '14-06-2026 21:30']);
    expect(await inZone('Pacific/Easter')).toEqual(['14-06-2026', '2026-06-14', '14-06-2026 19:30']);
    expect(await inZone('Asia/Tokyo')).toEqual(['15-06-2026', '2026-06-15', '15-06-2026 10:30']);
  }, 60_000);
});
