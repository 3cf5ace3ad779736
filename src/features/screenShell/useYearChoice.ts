import { useState } from 'react';
import { localYear } from '../../domain/shared/localDates.ts';

/**
 * The year a screen shows among the cycle's years: the one chosen while it is still in the cycle,
 * else this year when the cycle has it, else the cycle's first.
 */
export function useYearChoice(years: readonly number[]): [number, (year: number) => void] {
  const [year, setYear] = useState<number | null>(null);
  const thisYear = localYear();
  const selected = year !== null && years.includes(year) ? year : years.includes(thisYear) ? thisYear : years[0]!;
  return [selected, setYear];
}
