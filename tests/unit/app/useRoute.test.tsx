// @vitest-environment jsdom
// CS-8: following a link keeps the current screen until the next one can show: a screen whose chunk
// is still loading never brings up the "Abriendo…" fallback (and React's 300 ms hold after it).
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../../src/app/router.ts';

let arrive: (() => void) | null = null;
const LateSchool = lazy(
  () =>
    new Promise<{ default: () => React.ReactNode }>((resolve) => {
      arrive = () => resolve({ default: () => <p data-testid="school">Escuela</p> });
    }),
);

function App() {
  const route = useRoute();
  return (
    <Suspense fallback={<p data-testid="fallback">Abriendo…</p>}>
      {route.name === 'school' ? <LateSchool /> : <p data-testid="list">Lista</p>}
    </Suspense>
  );
}

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('CS-8 useRoute', () => {
  it('keeps the list on screen while the tapped school’s chunk loads, then shows the school', async () => {
    window.location.hash = '#/escuelas';
    render(<App />);
    expect(screen.getByTestId('list')).toBeTruthy();
    await act(async () => {
      window.location.hash = '#/escuelas/7423';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.queryByTestId('fallback')).toBeNull();
    expect(screen.getByTestId('list')).toBeTruthy();
    await act(async () => {
      arrive?.();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(await screen.findByTestId('school')).toBeTruthy();
    expect(screen.queryByTestId('list')).toBeNull();
  });
});
