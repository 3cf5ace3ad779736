// @vitest-environment jsdom
// FT-6: words typed in a card's notes while the corte is closed on another device (the closure
// arrives mid-burst) cannot be written. The field used to keep them silently — disabled, in no
// document, only a console error; now it says so in Spanish under the field.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CardNotes } from '../../../../src/features/monitoring/card/CardNotes.tsx';
import { ClosedCycleError } from '../../../../src/data/docs/monitoring/index.ts';

afterEach(cleanup);

describe('FT-6 notes typed as the corte closes', () => {
  it('FT-6 R-3 a burst refused because the corte closed shows a Spanish message under its field', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const setText = vi.fn(() => {
      throw new ClosedCycleError('c1');
    });
    const records = { setText } as never;
    const record = { observaciones: '', dificultades: '', ajustes: '' } as never;
    render(
      <CardNotes
        records={records}
        action={{ id: 'a1' } as never}
        cycleId="c1"
        record={record}
        readOnly={false}
        tid="monitor-0"
      />,
    );
    const field = screen.getByTestId('monitor-0-observaciones');
    act(() => {
      fireEvent.change(field, { target: { value: 'Texto escrito mientras se cerraba el corte' } });
      fireEvent.blur(field);
    });
    expect(setText).toHaveBeenCalledWith('a1', 'c1', 'observaciones', 'Texto escrito mientras se cerraba el corte');
    expect(screen.getByTestId('monitor-0-observaciones-unsaved').textContent).toBe(
      'El corte se cerró antes de guardar este texto; no quedó en el registro. Cópielo si lo necesita: ' +
        '«Texto escrito mientras se cerraba el corte»',
    );
    expect(screen.queryByTestId('monitor-0-dificultades-unsaved')).toBeNull();
  });
});
