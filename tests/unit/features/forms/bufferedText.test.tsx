// @vitest-environment jsdom
// YS-1: a text field keeps its keystrokes and writes them once per burst: after a pause, on blur, on
// Enter in a one-line field, when the page goes away and on unmount. Remote values show while idle;
// a burst typed over a remote change is merged into it (YS-3).
import { act } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BURST_IDLE_MS } from '../../../../src/features/forms/useBufferedText.ts';
import { BufferedInput, BufferedTextarea } from '../../../../src/features/forms/index.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.useRealTimers();
});

function typeEach(el: HTMLElement, text: string, from = '') {
  for (let i = 1; i <= text.length; i++) fireEvent.change(el, { target: { value: from + text.slice(0, i) } });
}

function renderArea(stored: string, onCommit = vi.fn()) {
  const view = render(<BufferedTextarea id="notas" value={stored} onCommit={onCommit} limit={500} />);
  const box = screen.getByRole('textbox') as HTMLTextAreaElement;
  const rerender = (next: string) =>
    view.rerender(<BufferedTextarea id="notas" value={next} onCommit={onCommit} limit={500} />);
  return { box, onCommit, rerender, unmount: view.unmount };
}

describe('buffered text fields (YS-1)', () => {
  it('YS-1: a burst of keystrokes is written once, after a pause, with the whole text', () => {
    const { box, onCommit } = renderArea('');
    typeEach(box, 'Reunión con el equipo');
    act(() => {
      vi.advanceTimersByTime(BURST_IDLE_MS - 1);
    });
    expect(onCommit).not.toHaveBeenCalled();
    expect(box.value).toBe('Reunión con el equipo');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('Reunión con el equipo');
  });

  it('YS-1: each keystroke restarts the pause', () => {
    const { box, onCommit } = renderArea('');
    for (const text of ['a', 'ab', 'abc']) {
      fireEvent.change(box, { target: { value: text } });
      act(() => {
        vi.advanceTimersByTime(BURST_IDLE_MS - 10);
      });
    }
    expect(onCommit).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(10);
    });
    expect(onCommit.mock.calls).toEqual([['abc']]);
  });

  it('YS-1: blur writes at once, and a blur with nothing typed writes nothing', () => {
    const { box, onCommit } = renderArea('Hola');
    fireEvent.blur(box);
    expect(onCommit).not.toHaveBeenCalled();
    typeEach(box, ' Ana', 'Hola');
    fireEvent.blur(box);
    expect(onCommit.mock.calls).toEqual([['Hola Ana']]);
    act(() => {
      vi.advanceTimersByTime(BURST_IDLE_MS * 2);
    });
    expect(onCommit).toHaveBeenCalledTimes(1);
  });

  it('YS-1: Enter writes in a one-line field, not in a textarea (where it is a new line)', () => {
    const onInput = vi.fn();
    render(<BufferedInput aria-label="medio" value="" onCommit={onInput} />);
    const input = screen.getByRole('textbox', { name: 'medio' });
    typeEach(input, 'Acta');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onInput.mock.calls).toEqual([['Acta']]);
    cleanup();
    const { box, onCommit } = renderArea('');
    typeEach(box, 'línea');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('YS-1: the page going away (pagehide, hidden) writes what is pending', () => {
    const { box, onCommit } = renderArea('');
    typeEach(box, 'uno');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(onCommit.mock.calls).toEqual([['uno']]);
    typeEach(box, ' dos', 'uno');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    visibility.mockRestore();
    expect(onCommit.mock.calls).toEqual([['uno'], ['uno dos']]);
  });

  it('YS-1: unmounting the field writes what is pending', () => {
    const { box, onCommit, unmount } = renderArea('');
    typeEach(box, 'cerrando');
    unmount();
    expect(onCommit.mock.calls).toEqual([['cerrando']]);
  });

  it('YS-1: while idle, a value stored elsewhere replaces the field', () => {
    const { box, rerender } = renderArea('antes');
    rerender('después');
    expect(box.value).toBe('después');
  });

  it('YS-1, YS-3: while typing the local text stays; on commit it is merged with the stored change', () => {
    const { box, onCommit, rerender } = renderArea('uno dos');
    typeEach(box, '!', 'uno dos');
    rerender('cero uno dos');
    expect(box.value).toBe('uno dos!');
    act(() => {
      vi.advanceTimersByTime(BURST_IDLE_MS);
    });
    expect(onCommit.mock.calls).toEqual([['cero uno dos!']]);
    expect(box.value).toBe('cero uno dos!');
  });

  it('YS-1: a commit that throws keeps the text pending, written with the next burst', () => {
    const onCommit = vi.fn().mockImplementationOnce(() => {
      throw new Error('closed');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { box } = renderArea('', onCommit);
    typeEach(box, 'a');
    fireEvent.blur(box);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    typeEach(box, 'b', 'a');
    fireEvent.blur(box);
    expect(onCommit.mock.calls).toEqual([['a'], ['ab']]);
  });

  it('YS-1: a burst left by a closed page (the journal) is written when the field returns', async () => {
    const first = renderArea('Hola');
    typeEach(first.box, ' equipo', 'Hola');
    // The page dies: nothing runs, the journal is all that is left.
    const left = Object.entries(localStorage).filter(([k]) => k.startsWith('bitacora-burst:'));
    expect(left.map(([, v]) => JSON.parse(v) as unknown)).toEqual([{ base: 'Hola', text: 'Hola equipo' }]);
    const saved = Object.fromEntries(left);
    first.onCommit.mockClear();
    first.unmount();
    localStorage.clear();
    for (const [k, v] of Object.entries(saved)) localStorage.setItem(k, v);

    const again = renderArea('Hola');
    expect(again.box.value).toBe('Hola equipo');
    expect(again.onCommit.mock.calls).toEqual([['Hola equipo']]);
    // Kept until the store has surely written it (a tab closed right now must not lose it), then dropped.
    const journaled = () => Object.keys(localStorage).filter((k) => k.startsWith('bitacora-burst:'));
    expect(journaled()).toHaveLength(1);
    await vi.waitFor(() => expect(journaled()).toEqual([]), { timeout: 5000 });
  });

  it('YS-1: a journal whose burst the document already holds is dropped without writing it again', () => {
    localStorage.setItem('bitacora-burst:|notas', JSON.stringify({ base: 'Hola', text: 'Hola equipo' }));
    const { box, onCommit } = renderArea('Hola equipo');
    expect(box.value).toBe('Hola equipo');
    expect(onCommit).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });

  it('YS-1: a journal over a text that changed since is dropped, never written into the field', () => {
    localStorage.setItem('bitacora-burst:|notas', JSON.stringify({ base: 'otra acción', text: 'otra acción y más' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { box, onCommit } = renderArea('Hola');
    warn.mockRestore();
    expect(box.value).toBe('Hola');
    expect(onCommit).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });
});
