// @vitest-environment jsdom
// MO-H2: filling a monitoring instrument, «Listo» checks the answers with the domain's validateAnswers:
// a required field left blank is named in Spanish and the screen stays open; once answered, it closes.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { monitoringHandle } from '../../../../src/data/docs/monitoring/index.ts';
import { readMonitoring } from '../../../../src/data/docs/monitoring/read.ts';
import { ANSWER_PROBLEM_MESSAGES } from '../../../../src/domain/monitoring/instruments.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../../../src/domain/monitoring/templates.ts';
import { toSchoolId } from '../../../../src/domain/wire/documentNames.ts';
import { InstrumentFill } from '../../../../src/features/monitoring/InstrumentFill.tsx';
import { buildPlan } from '../../domain/pme/planFixture.ts';

vi.mock('../../../../src/features/session/hooks.ts', () => ({ useAttachments: () => ({}) }));

afterEach(cleanup);

describe('MO-H2 required fields of a monitoring instrument', () => {
  it('«Listo» names the blank required fields in Spanish and closes once they are answered', () => {
    const doc = new Y.Doc();
    const handle = monitoringHandle(
      doc,
      actorOf({ userId: 'u1', name: 'Directora' }, () => new Date('2026-05-04T12:00:00Z')),
    );
    handle.cycles.save({ id: 'c1', year: 2026, name: 'Corte 1', start: '2026-03-01', end: '2026-06-30' });
    const instrument = instrumentFromTemplate(INSTRUMENT_TEMPLATES[0]!, 'ins1');
    const required = instrument.fields.filter((f) => f.required).map((f) => f.id);
    expect(required).toEqual(['realizada-segun-plan', 'porcentaje-actividades']);
    const cycle = readMonitoring(doc).cycles[0]!;
    const onDone = vi.fn();
    render(
      <InstrumentFill
        handle={handle}
        schoolId={toSchoolId(7423)}
        instrument={instrument}
        pme={buildPlan()}
        cycle={cycle}
        onDone={onDone}
      />,
    );

    fireEvent.click(screen.getByTestId('fill-done'));
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByTestId('fill-problems').textContent).toContain('Faltan respuestas');
    for (const id of required)
      expect(screen.getByTestId(`fill-${id}-error`).textContent).toBe(ANSWER_PROBLEM_MESSAGES.required);

    fireEvent.change(document.getElementById('fill-realizada-segun-plan')!, { target: { value: 'si' } });
    expect(screen.queryByTestId('fill-realizada-segun-plan-error')).toBeNull();
    fireEvent.change(document.getElementById('fill-porcentaje-actividades')!, { target: { value: '80' } });
    fireEvent.click(screen.getByTestId('fill-done'));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(readMonitoring(doc).instrumentRecords[0]?.answers).toEqual({
      'realizada-segun-plan': true,
      'porcentaje-actividades': 80,
    });
  });
});
