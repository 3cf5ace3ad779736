// @vitest-environment jsdom
// The shared screen frame's parts (UIA-1, UIA-2) and the output buttons with useFileAction (UIA-3).
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TabButtons, useYearChoice } from '../../../../src/features/screenShell/index.ts';
import { OutputButton, OutputError, useFileAction } from '../../../../src/features/files/index.ts';
import { localYear } from '../../../../src/domain/shared/localDates.ts';

afterEach(cleanup);

describe('UIA-1 the year a screen shows', () => {
  const now = localYear();

  it('is this year when the cycle has it, else the first year of the cycle', () => {
    expect(renderHook(() => useYearChoice([now - 1, now, now + 1])).result.current[0]).toBe(now);
    expect(renderHook(() => useYearChoice([now + 2, now + 3])).result.current[0]).toBe(now + 2);
  });

  it('is the chosen year while the cycle has it, and falls back when the cycle no longer does', () => {
    let years = [now, now + 1, now + 2];
    const { result, rerender } = renderHook(() => useYearChoice(years));
    act(() => result.current[1](now + 2));
    expect(result.current[0]).toBe(now + 2);
    years = [now, now + 1];
    rerender();
    expect(result.current[0]).toBe(now);
  });
});

describe('UIA-2 tab buttons', () => {
  const tabs = [
    { id: 'a', label: 'Primera' },
    { id: 'b', label: 'Segunda' },
  ] as const;

  it('marks only the chosen tab as selected, names each by its id and adds the count after the label', () => {
    const onSelect = vi.fn();
    render(
      <div role="tablist">
        <TabButtons
          tabs={tabs}
          current="b"
          onSelect={onSelect}
          testIdPrefix="t-"
          suffixOf={(t) => (t === 'b' ? ' (3)' : '')}
        />
      </div>,
    );
    const selected = screen.getAllByRole('tab').filter((b) => b.getAttribute('aria-selected') === 'true');
    expect(selected.map((b) => b.textContent)).toEqual(['Segunda (3)']);
    expect(screen.getByTestId('t-a').className).toBe('');
    expect(screen.getByTestId('t-b').className).toBe('primary');
    fireEvent.click(screen.getByTestId('t-a'));
    expect(onSelect).toHaveBeenCalledWith('a');
  });
});

function Outputs({ make }: { make: () => Promise<void> }) {
  const { busy, error, run } = useFileAction('test');
  return (
    <div>
      <OutputButton testId="one" busy={busy !== null} onClick={() => run('one', make)}>
        {busy === 'one' ? 'Generando…' : 'Uno'}
      </OutputButton>
      <OutputButton testId="two" busy={busy !== null} onClick={() => run('two', make)}>
        Dos
      </OutputButton>
      <OutputError error={error} />
    </div>
  );
}

describe('UIA-3 output buttons', () => {
  it('disables every button while one file is made, then shows a Spanish alert when it failed', async () => {
    let fail: (e: Error) => void = () => {};
    const make = () => new Promise<void>((_, reject) => (fail = reject));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Outputs make={make} />);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByTestId('one'));
    expect(screen.getByTestId('one').textContent).toBe('Generando…');
    expect((screen.getByTestId('two') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => fail(new Error('disk full')));
    expect(screen.getByRole('alert').textContent).toContain('No se pudo generar el archivo');
    expect((screen.getByTestId('two') as HTMLButtonElement).disabled).toBe(false);
  });
});
