// @vitest-environment jsdom
// FT-1 (B-1): a reading stored before the corte bound existed, dated outside its corte, is listed as
// it is with the bound's message, so it can be corrected or deleted (it would otherwise keep deciding
// the corte's value on the dashboard without a word).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ReadingList } from '../../../../src/features/monitoring/measurement/ReadingList.tsx';

afterEach(cleanup);

const GOAL = { indicator: { name: 'Asistencia', unit: '%', min: 0, max: 100 } } as never;
const CORTE = { start: '2026-03-01', end: '2026-06-30' };
const reading = (id: string, date: string) => ({
  id,
  goalId: 'g1',
  value: 55,
  date,
  source: 'SIGE',
  cycleId: 'c1',
  recordedBy: 'Ana',
});
const editor = { startCorrection: () => undefined, remove: () => undefined };

describe('FT-1 stored readings out of their corte', () => {
  it('FT-1 B-1 a reading dated 2099 is listed with the message; one inside the corte is not', () => {
    render(
      <ReadingList
        goal={GOAL}
        cycle={CORTE}
        readings={[reading('m1', '2099-01-01'), reading('m2', '2026-05-10')]}
        readOnly={false}
        tid="indicator-0"
        editor={editor}
      />,
    );
    const items = screen.getAllByTestId('indicator-0-reading').map((li) => li.textContent ?? '');
    expect(items[0]).toContain('La fecha debe estar dentro del corte (01-03-2026 a 30-06-2026): corríjala o elimínela');
    expect(items[1]).not.toContain('La fecha debe estar');
  });
});
