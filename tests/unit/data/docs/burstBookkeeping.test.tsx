// @vitest-environment jsdom
// YS-2: bookkeeping (a PME entry's edit counter, a monitoring record's recordedAt) is written once
// per burst of typing, in the same transaction as the text, and not at all by a write that changes
// nothing. Typed through the real widgets over real handles on a plain Y.Doc.
import { act } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { PmeHandle } from '../../../../src/data/docs/pme/index.ts';
import { editsOf } from '../../../../src/data/docs/pme/fields.ts';
import { entriesOf } from '../../../../src/data/docs/pme/layout.ts';
import { monitoringHandle } from '../../../../src/data/docs/monitoring/index.ts';
import { readMonitoring } from '../../../../src/data/docs/monitoring/read.ts';
import { LOCAL_EDIT } from '../../../../src/data/workspace.ts';
import { defaultSchoolYear } from '../../../../src/domain/shared/schoolYear.ts';
import { BufferedTextarea } from '../../../../src/features/forms/index.ts';
import { ActionCard } from '../../../../src/features/pme/ActionCard.tsx';

afterEach(cleanup);

const TYPED = 'Taller de lectura compartida con apoderados';

function localTransactions(doc: Y.Doc): { count: () => number } {
  let n = 0;
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin === LOCAL_EDIT && tr.changed.size > 0) n++;
  });
  return { count: () => n };
}

function typeEach(el: HTMLElement, text: string) {
  for (let i = 1; i <= text.length; i++) fireEvent.change(el, { target: { value: text.slice(0, i) } });
}

describe('bookkeeping once per burst (YS-2)', () => {
  it('YS-2: typing an acción’s descripción counts one edit and makes one transaction', () => {
    const doc = new Y.Doc();
    const pme = new PmeHandle(
      doc,
      actorOf({ userId: 'u', name: 'Ana' }, () => new Date('2027-05-10T12:00:00Z')),
      '1',
    );
    pme.strategic.setCycleStartYear(2027);
    const o = pme.objectives.add('GP', 'Objetivo');
    const s = pme.strategies.add(o);
    const a = pme.plan.addAction({ strategyId: s, year: 2027, nombre: 'Uno', dimension: 'GP' });
    const entry = entriesOf(doc, 'action').get(a)!;
    const editsBefore = editsOf(entry)[String(doc.clientID)] ?? 0;
    const local = localTransactions(doc);
    render(<ActionCard pme={pme} actionId={a} schoolYear={defaultSchoolYear(2027)} testId="action-0" open />);
    const box = screen.getByTestId('action-0-descripcion');
    typeEach(box, TYPED);
    expect(local.count()).toBe(0);
    act(() => void fireEvent.blur(box));
    expect(local.count()).toBe(1);
    expect(editsOf(entry)[String(doc.clientID)]).toBe(editsBefore + 1);
    expect(pme.read().plan.actions.find((x) => x.id === a)?.descripcion).toBe(TYPED);
  });

  it('YS-2: typing a monitoring note stamps recordedAt once, at the commit', () => {
    const doc = new Y.Doc();
    let clock = Date.parse('2026-05-04T15:00:00.000Z');
    const h = monitoringHandle(
      doc,
      actorOf({ userId: 'u-dir', name: 'Directora' }, () => new Date(clock)),
    );
    h.plan.setYear(2026, '2026-03-01', '2026-12-20');
    h.cycles.save({ id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-06-30' });
    h.records.setLevel('a1', 'c1', 'avanzada');
    const stamps: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      for (const [type, keys] of tr.changed) {
        if (keys.has('recordedAt') && type instanceof Y.Map) stamps.push(type.get('recordedAt'));
      }
    });
    const onCommit = (t: string) => h.records.setText('a1', 'c1', 'observaciones', t);
    render(<BufferedTextarea aria-label="obs" value="" onCommit={onCommit} />);
    const box = screen.getByRole('textbox', { name: 'obs' });
    for (let i = 1; i <= TYPED.length; i++) {
      clock += 200;
      fireEvent.change(box, { target: { value: TYPED.slice(0, i) } });
    }
    act(() => void fireEvent.blur(box));
    expect(stamps).toEqual([new Date(clock).toISOString()]);
    expect(readMonitoring(doc).records[0]?.observaciones).toBe(TYPED);
  });

  it('YS-2: a monitoring write that changes nothing leaves no trace (no recordedAt, no update)', () => {
    const doc = new Y.Doc();
    let clock = Date.parse('2026-05-04T15:00:00.000Z');
    const h = monitoringHandle(
      doc,
      actorOf({ userId: 'u-dir', name: 'Directora' }, () => new Date(clock)),
    );
    h.plan.setYear(2026, '2026-03-01', '2026-12-20');
    h.cycles.save({ id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-06-30' });
    h.records.setText('a1', 'c1', 'observaciones', 'Listo');
    const before = Y.encodeStateVector(doc);
    clock += 60_000;
    h.records.setText('a1', 'c1', 'observaciones', 'Listo');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(readMonitoring(doc).records[0]?.recordedAt).toBe('2026-05-04T15:00:00.000Z');
  });
});
