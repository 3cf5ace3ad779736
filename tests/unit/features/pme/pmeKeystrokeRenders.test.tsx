// @vitest-environment jsdom
// PMH-2 in React: typing in one acción's descripción re-renders that acción's editor only; the other
// acción's card and a component showing the year's outline (as the annual tab does) do not re-render.
import { Profiler, act } from 'react';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { PmeHandle } from '../../../../src/data/docs/pme/index.ts';
import { defaultSchoolYear } from '../../../../src/domain/shared/schoolYear.ts';
import { ActionCard } from '../../../../src/features/pme/ActionCard.tsx';
import { useView } from '../../../../src/features/session/useHandle.ts';

afterEach(cleanup);

function Outline({ pme }: { pme: PmeHandle }) {
  const outline = useView(pme.views.year(2027));
  return <p data-testid="outline">{outline.actions.length} acciones</p>;
}

describe('PME re-renders per keystroke (PMH-2)', () => {
  it('PMH-2: five keystrokes in one acción re-render its card and nothing else', () => {
    const actor = actorOf({ userId: 'u', name: 'Ana' }, () => new Date('2027-05-10T12:00:00Z'));
    const pme = new PmeHandle(new Y.Doc(), actor, '1');
    pme.strategic.setCycleStartYear(2027);
    const o = pme.objectives.add('GP', 'Objetivo');
    const s = pme.strategies.add(o);
    const a1 = pme.plan.addAction({ strategyId: s, year: 2027, nombre: 'Uno', dimension: 'GP' });
    const a2 = pme.plan.addAction({ strategyId: s, year: 2027, nombre: 'Dos', dimension: 'GP' });
    const commits: Record<string, number> = { a1: 0, a2: 0, outline: 0 };
    const count = (id: string) => commits[id]!++;
    const schoolYear = defaultSchoolYear(2027);
    const { getByTestId } = render(
      <>
        <Profiler id="outline" onRender={count}>
          <Outline pme={pme} />
        </Profiler>
        <Profiler id="a1" onRender={count}>
          <ActionCard pme={pme} actionId={a1} schoolYear={schoolYear} testId="action-0" open />
        </Profiler>
        <Profiler id="a2" onRender={count}>
          <ActionCard pme={pme} actionId={a2} schoolYear={schoolYear} testId="action-1" open />
        </Profiler>
      </>,
    );
    const before = { ...commits };
    for (const text of ['P', 'Pa', 'Pau', 'Paut', 'Pauta']) {
      act(() => pme.plan.setActionFields(a1, { descripcion: text }));
    }
    // Each keystroke re-renders the card (its inputs may commit once more while syncing their text).
    expect(commits.a1! - before.a1!).toBeGreaterThanOrEqual(5);
    expect(commits.a2! - before.a2!).toBe(0);
    expect(commits.outline! - before.outline!).toBe(0);
    expect((getByTestId('action-0-descripcion') as HTMLTextAreaElement).value).toBe('Pauta');
    act(() => void pme.plan.addAction({ strategyId: s, year: 2027, nombre: 'Tres', dimension: 'GP' }));
    expect(commits.outline! - before.outline!).toBe(1);
    expect(getByTestId('outline').textContent).toBe('3 acciones');
  });
});
