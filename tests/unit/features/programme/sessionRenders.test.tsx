// @vitest-environment jsdom
// PGH-3 in React: components reading the programme handle's views through useView re-render only
// when what their view reads changes. Keystrokes in one session's notes re-render that session's
// component once each, and neither the team, the plan nor another session's component.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { act, cleanup, render } from '@testing-library/react';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { programmeHandle, type ProgrammeHandle } from '../../../../src/data/docs/programme/index.ts';
import type { View } from '../../../../src/data/docs/view.ts';
import { useView } from '../../../../src/features/session/useHandle.ts';

afterEach(cleanup);

const HEADER = { date: '2026-03-10', startTime: '09:00', endTime: '12:30', type: 'taller' as const, programmeMonth: 1 };

function Probe<T>({ view, renders, name }: { view: View<T>; renders: Record<string, number>; name: string }) {
  useView(view);
  renders[name] = (renders[name] ?? 0) + 1;
  return null;
}

function setUp(): { programme: ProgrammeHandle; s1: string; s2: string } {
  const actor = actorOf({ userId: 'u1', name: 'Ana' }, () => new Date('2026-03-10T13:30:00Z'));
  const programme = programmeHandle(new Y.Doc(), actor);
  programme.engagement.open({ startDate: '2026-03-02', hoursContracted: 80, months: 8, includeSummerHolidays: false });
  const s1 = programme.sessions.add(HEADER);
  const s2 = programme.sessions.add({ ...HEADER, date: '2026-03-17' });
  return { programme, s1, s2 };
}

describe('programme views in React', () => {
  it("PGH-3: five keystrokes in one session's notes re-render that session five times and nothing else", () => {
    const { programme, s1, s2 } = setUp();
    const renders: Record<string, number> = {};
    const v = programme.views;
    render(
      <>
        <Probe view={v.session(s1)} renders={renders} name="typed" />
        <Probe view={v.session(s2)} renders={renders} name="other" />
        <Probe view={v.team} renders={renders} name="team" />
        <Probe view={v.engagement} renders={renders} name="plan" />
        <Probe view={v.deliverables} renders={renders} name="deliverables" />
      </>,
    );
    const before = { ...renders };
    expect(before).toEqual({ typed: 1, other: 1, team: 1, plan: 1, deliverables: 1 });
    for (const text of ['S', 'Se', 'Se ', 'Se r', 'Se re']) act(() => programme.sessions.setNotes(s1, text));
    expect(renders).toEqual({ ...before, typed: 6 });
    act(() => {
      programme.team.add({ name: 'Rosa Díaz', role: 'equipo-directivo' });
    });
    expect(renders).toEqual({ ...before, typed: 6, team: 2 });
  });
});
