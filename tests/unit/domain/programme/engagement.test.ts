import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOURS_CONTRACTED,
  MONTH_GROUPS,
  engagementSchema,
  layoutProgramme,
  monthEndDate,
  planSchema,
  plannedHoursTotal,
  programmeEndDate,
  setMonthHours,
  shiftSchedule,
  splitHours,
  teamMemberSchema,
  templateMonth,
  validatePlan,
  type MonthPlan,
  type PlanResult,
} from '../../../../src/domain/programme/index.ts';

const ok = (r: PlanResult): MonthPlan[] => {
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map((i) => i.code).join(', ')}`);
  return r.plan;
};
const codes = (r: PlanResult) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('splitHours: even whole hours, remainder to the first months', () => {
  it.each([
    [80, 8, [10, 10, 10, 10, 10, 10, 10, 10]],
    [80, 7, [12, 12, 12, 11, 11, 11, 11]],
    [80, 6, [14, 14, 13, 13, 13, 13]],
    [5, 8, [1, 1, 1, 1, 1, 0, 0, 0]],
  ])('%i h over %i months', (total, n, expected) => {
    const split = splitHours(total, n);
    expect(split).toEqual(expected);
    expect(split.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('rejects fractional totals', () => {
    expect(() => splitHours(80.5, 8)).toThrow(RangeError);
  });
});

describe('layoutProgramme', () => {
  it('lays out 8 monthly windows from the start date with the template themes', () => {
    const plan = layoutProgramme('2026-03-16', 8, 80);
    expect(plan.map((m) => m.startDate)).toEqual([
      '2026-03-16',
      '2026-04-16',
      '2026-05-16',
      '2026-06-16',
      '2026-07-16',
      '2026-08-16',
      '2026-09-16',
      '2026-10-16',
    ]);
    expect(plan.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan.every((m) => m.hoursPlanned === 10)).toBe(true);
    expect(plan.map((m) => m.sessionsPlanned)).toEqual(Array(8).fill(3)); // ceil(10 / 4)
    expect(plan[2]?.theme).toBe(templateMonth(3).theme);
    expect(programmeEndDate(plan)).toBe('2026-11-15');
    expect(validatePlan(plan)).toEqual([]);
  });

  it.each<[string, string, boolean, string[]]>([
    [
      'starts in November, 8 months: January and February skipped',
      '2026-11-16',
      false,
      ['2026-11-16', '2026-12-16', '2027-03-16', '2027-04-16', '2027-05-16', '2027-06-16', '2027-07-16', '2027-08-16'],
    ],
    [
      'starts in November, 8 months, summer included',
      '2026-11-16',
      true,
      ['2026-11-16', '2026-12-16', '2027-01-16', '2027-02-16', '2027-03-16', '2027-04-16', '2027-05-16', '2027-06-16'],
    ],
    [
      'starts in March: no summer in the way',
      '2026-03-02',
      false,
      ['2026-03-02', '2026-04-02', '2026-05-02', '2026-06-02', '2026-07-02', '2026-08-02', '2026-09-02', '2026-10-02'],
    ],
    [
      'starts in January (chosen): kept, February skipped',
      '2027-01-31',
      false,
      ['2027-01-31', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31', '2027-08-31', '2027-09-30'],
    ],
    [
      'starts in August: the last months go to March and April',
      '2026-08-10',
      false,
      ['2026-08-10', '2026-09-10', '2026-10-10', '2026-11-10', '2026-12-10', '2027-03-10', '2027-04-10', '2027-05-10'],
    ],
  ])('lays months out: %s', (_, start, includeSummerHolidays, starts) => {
    const plan = layoutProgramme(start, 8, 80, { includeSummerHolidays });
    expect(plan.map((m) => m.startDate)).toEqual(starts);
    expect(validatePlan(plan)).toEqual([]);
  });

  it('the month before the summer runs until the school year resumes', () => {
    const plan = layoutProgramme('2026-11-16', 6, 80);
    expect(monthEndDate(plan, 2)).toBe('2027-03-15');
  });

  it('clamps month-end start dates, leap year included, without drifting', () => {
    const leap = layoutProgramme('2028-01-31', 8, 80, { includeSummerHolidays: true });
    expect(leap.slice(0, 3).map((m) => m.startDate)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    const common = layoutProgramme('2027-01-31', 8, 80, { includeSummerHolidays: true });
    expect(common.slice(0, 3).map((m) => m.startDate)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
    expect(monthEndDate(leap, 1)).toBe('2028-02-28');
    expect(monthEndDate(leap, 2)).toBe('2028-03-30');
  });

  it('compresses to 7 months by merging template months 6 and 7, order kept', () => {
    const plan = layoutProgramme('2026-03-02', 7, 80);
    expect(plan.map((m) => m.templateMonths)).toEqual(MONTH_GROUPS[7]);
    expect(plan.map((m) => m.hoursPlanned)).toEqual([12, 12, 12, 11, 11, 11, 11]);
    expect(plan[5]?.theme).toBe(`${templateMonth(6).theme} · ${templateMonth(7).theme}`);
    expect(plan[5]?.workshops).toEqual([...templateMonth(6).workshops, ...templateMonth(7).workshops]);
    expect(plan[6]?.theme).toBe(templateMonth(8).theme);
    expect(plannedHoursTotal(plan)).toBe(80);
  });

  it('compresses to 6 months by also merging template months 3 and 4', () => {
    const plan = layoutProgramme('2026-03-02', 6, 80);
    expect(plan.map((m) => m.templateMonths)).toEqual([[1], [2], [3, 4], [5], [6, 7], [8]]);
    expect(plan.map((m) => m.hoursPlanned)).toEqual([14, 14, 13, 13, 13, 13]);
    expect(plan.map((m) => m.sessionsPlanned)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(plan[5]?.startDate).toBe('2026-08-02');
    expect(validatePlan(plan)).toEqual([]);
  });
});

describe('shiftSchedule', () => {
  const plan = layoutProgramme('2026-03-16', 8, 80);

  it('moves the month and every later month, not the earlier ones', () => {
    const shifted = ok(shiftSchedule(plan, 4, 10));
    expect(shifted.map((m) => m.startDate)).toEqual([
      '2026-03-16',
      '2026-04-16',
      '2026-05-16',
      '2026-06-26',
      '2026-07-26',
      '2026-08-26',
      '2026-09-26',
      '2026-10-26',
    ]);
    expect(plan[3]?.startDate).toBe('2026-06-16'); // input untouched
    expect(monthEndDate(shifted, 3)).toBe('2026-06-25'); // month 3 grows to the new start
  });

  it('crosses month and year boundaries', () => {
    const shifted = ok(shiftSchedule(plan, 8, 20));
    expect(shifted[7]?.startDate).toBe('2026-11-05');
    const late = layoutProgramme('2026-06-20', 8, 80, { includeSummerHolidays: true }); // month 8 starts 2027-01-20
    const back = ok(shiftSchedule(late, 7, -25));
    expect(back[6]?.startDate).toBe('2026-11-25');
    expect(back[7]?.startDate).toBe('2026-12-26');
  });

  it('shifting month 1 moves the whole calendar, leap day included', () => {
    const leap = layoutProgramme('2028-02-20', 8, 80);
    const shifted = ok(shiftSchedule(leap, 1, 9));
    expect(shifted[0]?.startDate).toBe('2028-02-29');
    expect(shifted[1]?.startDate).toBe('2028-03-29');
  });

  it('allows a backwards shift that shortens the previous month', () => {
    const shifted = ok(shiftSchedule(plan, 2, -30)); // 2026-04-16 − 30 = 2026-03-17, one day after month 1
    expect(shifted[1]?.startDate).toBe('2026-03-17');
    expect(monthEndDate(shifted, 1)).toBe('2026-03-16');
  });

  it('rejects a backwards shift that would overlap the previous month', () => {
    expect(codes(shiftSchedule(plan, 2, -31))).toEqual(['not-increasing']); // same day as month 1
    const r = shiftSchedule(plan, 5, -45);
    expect(codes(r)).toEqual(['not-increasing']);
    expect(!r.ok && r.issues[0]?.month).toBe(5);
  });

  it('rejects an unknown month and a fractional shift', () => {
    expect(codes(shiftSchedule(plan, 9, 3))).toEqual(['unknown-month']);
    expect(codes(shiftSchedule(plan, 0, 3))).toEqual(['unknown-month']);
    expect(codes(shiftSchedule(plan, 2, 1.5))).toEqual(['invalid-days']);
  });
});

describe('setMonthHours', () => {
  const plan = layoutProgramme('2026-03-16', 8, 80);

  it('sets one month, leaves the others, and changes the planned total', () => {
    const changed = ok(setMonthHours(plan, 1, 16));
    expect(changed.map((m) => m.hoursPlanned)).toEqual([16, 10, 10, 10, 10, 10, 10, 10]);
    expect(plannedHoursTotal(changed)).toBe(86);
    const less = ok(setMonthHours(changed, 8, 0));
    expect(plannedHoursTotal(less)).toBe(76);
    expect(plannedHoursTotal(plan)).toBe(80);
  });

  it('rejects negative, fractional or unknown', () => {
    expect(codes(setMonthHours(plan, 1, -1))).toEqual(['invalid-hours']);
    expect(codes(setMonthHours(plan, 1, 2.5))).toEqual(['invalid-hours']);
    expect(codes(setMonthHours(plan, 1, 401))).toEqual(['invalid-hours']);
    expect(codes(setMonthHours(plan, 12, 4))).toEqual(['unknown-month']);
  });
});

describe('validatePlan and the schemas', () => {
  const plan = layoutProgramme('2026-03-16', 8, 80);

  it('finds months that go backwards, bad numbering, wrong length and broken template coverage', () => {
    const swapped = plan.map((m, i) => (i === 2 ? { ...m, startDate: '2026-04-10' } : m));
    expect(validatePlan(swapped).map((i) => [i.code, i.month])).toEqual([['not-increasing', 3]]);
    expect(validatePlan(plan.slice(0, 5)).map((i) => i.code)).toEqual(['month-count', 'template-months']);
    expect(validatePlan(plan.map((m) => ({ ...m, month: m.month + 1 }))).map((i) => i.code)).toEqual(['month-numbers']);
    const reordered = plan.map((m, i) =>
      i === 0 ? { ...m, templateMonths: [2] } : i === 1 ? { ...m, templateMonths: [1] } : m,
    );
    expect(validatePlan(reordered).map((i) => i.code)).toEqual(['template-months']);
    expect(planSchema.safeParse(swapped).success).toBe(false);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  const base = {
    id: 'e1',
    schoolId: '7423',
    startDate: '2026-03-16',
    months: 8,
    team: [
      { id: 't1', name: 'Ana Rojas', role: 'equipo-directivo', email: 'ana@escuela.cl' },
      { id: 't2', name: 'Luis Pérez', role: 'jefe-utp' },
    ],
    plan,
  };

  it('defaults the hours contracted to 80', () => {
    const parsed = engagementSchema.parse(base);
    expect(parsed.hoursContracted).toBe(DEFAULT_HOURS_CONTRACTED);
    expect(engagementSchema.parse({ ...base, hoursContracted: 120 }).hoursContracted).toBe(120);
  });

  it.each([
    [{ hoursContracted: 0 }, 'Las horas contratadas deben ser al menos 1'],
    [{ hoursContracted: 401 }, 'Las horas contratadas no pueden superar 400'],
    [{ hoursContracted: 80.5 }, 'Las horas contratadas deben ser un número entero'],
    [{ months: 5 }, 'La asesoría dura 6, 7 u 8 meses'],
    [{ months: 7 }, 'El calendario no tiene el número de meses de la asesoría'],
    [{ startDate: '2026-02-30' }, 'La fecha no es válida (formato dd-mm-aaaa)'],
  ])('rejects %o with a Spanish message', (over, message) => {
    const r = engagementSchema.safeParse({ ...base, ...over });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('validates team members: role, name, email', () => {
    expect(teamMemberSchema.safeParse({ id: 'x', name: 'A', role: 'sostenedor' }).success).toBe(true);
    expect(teamMemberSchema.safeParse({ id: 'x', name: 'A', role: 'director' }).success).toBe(false);
    expect(teamMemberSchema.safeParse({ id: 'x', name: '  ', role: 'sostenedor' }).success).toBe(false);
    expect(teamMemberSchema.safeParse({ id: 'x', name: 'A', role: 'sostenedor', email: 'no-es-correo' }).success).toBe(
      false,
    );
    const dup = engagementSchema.safeParse({ ...base, team: [base.team[0], base.team[0]] });
    expect(dup.success).toBe(false);
  });
});
