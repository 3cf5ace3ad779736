// @vitest-environment jsdom
// MO-H1: on the directors' tablet screen (Monitoreo tab), a keystroke in one card's observaciones
// re-renders that card only. Counted with a React Profiler around every ActionMonitorCard of the
// real MonitoringScreen, over a seeded monitoring document with 12 actions due.
// Before the monitoring handle (issue 14) the figure was 12 of 12 cards per keystroke; after it, 1.
import 'fake-indexeddb/auto';
import { Profiler, memo, type ComponentProps, type FunctionComponent } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createEntry } from '../../../../src/data/docs/pme/entries.ts';
import { setCycleStartYear } from '../../../../src/data/docs/pme/strategic.ts';
import { putCycle } from '../../../../src/data/docs/monitoring/cycles.ts';
import { putRecord } from '../../../../src/data/docs/monitoring/records.ts';
import { readMonitoring } from '../../../../src/data/docs/monitoring/read.ts';
import { setPlanYear } from '../../../../src/data/docs/monitoring/plan.ts';
import { localYear } from '../../../../src/domain/shared/localDates.ts';
import { docName, toSchoolId } from '../../../../src/domain/wire/documentNames.ts';

const USER = { userId: 'u-dir', name: 'Directora', role: 'director' };
const SCHOOL = toSchoolId(7423);
const YEAR = localYear();
const ACTIONS = 12;
const docs = new Map<string, Y.Doc>();
const renders = new Map<string, number>();

vi.mock('../../../../src/features/session/hooks.ts', () => ({
  useSession: () => ({ status: 'signed-in' }),
  useWorkspace: () => fakeWorkspace,
  useAttachments: () => ({}),
  useCurrentUser: () => USER,
  useCanEdit: () => true,
}));
vi.mock('../../../../src/features/conflicts/index.ts', () => ({ ConflictPanel: () => null }));
// Counts the renders of every card: a Profiler around the real card (inside its memo, when it has one,
// so a card that bails out of a parent's re-render is not counted).
vi.mock('../../../../src/features/monitoring/ActionMonitorCard.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/features/monitoring/ActionMonitorCard.tsx')>();
  const card = real.ActionMonitorCard as unknown as {
    $$typeof?: symbol;
    type?: FunctionComponent<CardProps>;
    compare?: null | ((a: CardProps, b: CardProps) => boolean);
  };
  const isMemo = card.$$typeof === Symbol.for('react.memo');
  const Inner = (isMemo ? card.type! : real.ActionMonitorCard) as FunctionComponent<CardProps>;
  const Counted = (props: CardProps) => (
    <Profiler id={props.action.id} onRender={(id) => renders.set(id, (renders.get(id) ?? 0) + 1)}>
      <Inner {...props} />
    </Profiler>
  );
  return { ...real, ActionMonitorCard: isMemo ? memo(Counted, card.compare ?? undefined) : Counted };
});
type CardProps = ComponentProps<
  (typeof import('../../../../src/features/monitoring/ActionMonitorCard.tsx'))['ActionMonitorCard']
>;
const fakeWorkspace = {
  userId: USER.userId,
  openDoc: async (name: string) => {
    let doc = docs.get(name);
    if (!doc) docs.set(name, (doc = new Y.Doc()));
    return doc;
  },
};

function seed(): Y.Doc {
  const pme = new Y.Doc();
  setCycleStartYear(pme, YEAR, 's');
  createEntry(
    pme,
    'objective',
    'o1',
    { dimension: 'GP', text: 'Mejorar la lectura de los estudiantes al término del ciclo', priorityIds: [] },
    's',
    1,
  );
  createEntry(pme, 'strategy', 's1', { objectiveId: 'o1', text: 'Acompañamiento docente' }, 's', 2);
  const mon = new Y.Doc();
  setPlanYear(mon, YEAR, `${YEAR}-03-01`, `${YEAR}-12-20`, 's');
  putCycle(mon, { id: 'c1', year: YEAR, name: 'Corte 1', start: `${YEAR}-01-01`, end: `${YEAR}-12-31` }, 's');
  for (let i = 0; i < ACTIONS; i++) {
    createEntry(
      pme,
      'action',
      `a${i}`,
      {
        strategyId: 's1',
        year: YEAR,
        nombre: `Acción ${i}`,
        descripcion: '',
        dimension: 'GP',
        subdimensiones: ['GP-2'],
        fechaInicio: `${YEAR}-03-02`,
        fechaTermino: `${YEAR}-12-15`,
        responsable: 'Jefe/a UTP',
        recursos: '',
        mediosVerificacion: ['Actas'],
        usoTIC: false,
        asesoriaATE: true,
        planesNormativos: [],
        programaAsociado: '',
        financiamiento: { sep: 1_000_000, pie: 0, general: 0, mantenimiento: 0, faep: 0, sostenedor: 0, otro: 0 },
      },
      's',
      10 + i,
    );
    putRecord(mon, USER, `a${i}`, 'c1', { level: 'parcial', progress: 30 }, `${YEAR}-05-01T10:00:00Z`, 's');
  }
  docs.set(docName(SCHOOL, 'pme'), pme);
  docs.set(docName(SCHOOL, 'monitoring'), mon);
  return mon;
}

afterEach(() => {
  cleanup();
  docs.clear();
  renders.clear();
});

describe('MO-H1 re-renders per keystroke on the monitoring tablet screen', () => {
  it('a keystroke in one card’s observaciones re-renders at most that card', async () => {
    const mon = seed();
    const { MonitoringScreen } = await import('../../../../src/features/monitoring/MonitoringScreen.tsx');
    render(<MonitoringScreen schoolId={SCHOOL} />);
    // Under a loaded CPU the screen may still be mounting its cards: wait for all, then take the box as it is now.
    await vi.waitFor(() => expect(screen.getAllByTestId(/^monitor-\d+$/)).toHaveLength(ACTIONS), { timeout: 20_000 });
    // Each card's "Comentarios (n)" appears once the school's review document has opened: wait for it too.
    await vi.waitFor(
      () => expect(screen.getAllByTestId(/^comments-monitoring-record-.+-toggle$/)).toHaveLength(ACTIONS),
      {
        timeout: 20_000,
      },
    );
    const box = (await screen.findByTestId('monitor-3-observaciones')) as HTMLTextAreaElement;
    renders.clear();
    act(() => {
      fireEvent.change(box, { target: { value: 'L' } });
      // The burst ends when the field loses focus (YS-1): then the keystroke is written.
      fireEvent.blur(box);
    });
    const rerendered = [...renders.keys()];
    console.info(`MO-H1: ${rerendered.length} of ${ACTIONS} cards re-rendered per keystroke`);
    // The keystroke reached the document and the card shows it.
    expect(readMonitoring(mon).records.find((r) => r.actionId === 'a3')?.observaciones).toBe('L');
    expect(box.value).toBe('L');
    expect(rerendered.length).toBeLessThanOrEqual(1);
    expect(rerendered.every((id) => id === 'a3')).toBe(true);
  }, 30_000);
});
