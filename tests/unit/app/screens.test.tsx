// @vitest-environment jsdom
// CS-8: a screen whose chunk has already run renders at once, without the Suspense fallback (after a
// fallback React holds the content back for 300 ms); only a first visit suspends.
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { routeScreen } from '../../../src/app/screens.ts';

function Hello({ who }: { who: string }) {
  return <p data-testid="hello">Hola {who}</p>;
}

function chunk() {
  let runs = 0;
  const load = () => {
    runs++;
    return Promise.resolve({ Hello });
  };
  return { load, runs: () => runs };
}

const inSuspense = (node: React.ReactNode) => (
  <Suspense fallback={<p data-testid="fallback">Abriendo…</p>}>{node}</Suspense>
);

afterEach(cleanup);

describe('CS-8 route screens', () => {
  it('a preloaded screen renders in the first commit, never showing the fallback', async () => {
    const c = chunk();
    const { Screen, preload } = routeScreen(c.load, (m) => m.Hello);
    await preload();
    act(() => {
      render(inSuspense(<Screen who="Ana" />));
    });
    expect(screen.queryByTestId('fallback')).toBeNull();
    expect(screen.getByTestId('hello').textContent).toBe('Hola Ana');
  });

  it('a first visit suspends, shows the fallback, then the screen; the next mount is immediate', async () => {
    const c = chunk();
    const { Screen } = routeScreen(c.load, (m) => m.Hello);
    const first = render(inSuspense(<Screen who="Ana" />));
    expect(screen.getByTestId('fallback')).toBeTruthy();
    expect(await screen.findByTestId('hello')).toBeTruthy();
    first.unmount();
    act(() => {
      render(inSuspense(<Screen who="Eva" />));
    });
    expect(screen.queryByTestId('fallback')).toBeNull();
    expect(screen.getByTestId('hello').textContent).toBe('Hola Eva');
    expect(c.runs()).toBe(1);
  });

  it('keeps the mounted screen (its state) when its props change after the chunk arrived', async () => {
    const c = chunk();
    const { Screen } = routeScreen(c.load, (m) => m.Hello);
    const view = render(inSuspense(<Screen who="Ana" />));
    const first = await screen.findByTestId('hello');
    view.rerender(inSuspense(<Screen who="Eva" />));
    const second = screen.getByTestId('hello');
    expect(second.textContent).toBe('Hola Eva');
    expect(second).toBe(first);
  });
});
