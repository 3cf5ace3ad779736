// @vitest-environment jsdom
// A-10 in the app: a sostenedor sees a school's documents with their editing part disabled and a
// read-only notice; the review document, and every document for other roles, stays editable.
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../src/domain/wire/protocol.ts';
import type { DocKind } from '../../../../src/domain/wire/documentNames.ts';
import { sessionStore } from '../../../../src/features/session/index.ts';
import { EditableArea } from '../../../../src/features/screenShell/index.ts';
import { ReadOnlyNotice } from '../../../../src/features/screenShell/EditableArea.tsx';

afterEach(cleanup);
afterAll(() => sessionStore.setState({ status: 'loading' }));

function signIn(role: Role) {
  const user = { id: 'u1', username: 'u', displayName: 'U', role };
  sessionStore.setState({
    status: 'signed-in',
    session: { user },
    workspace: {},
    engine: {},
    attachments: {},
  } as never);
}

function screen(kind: DocKind) {
  return render(
    <>
      <ReadOnlyNotice kind={kind} />
      <EditableArea kind={kind}>
        <input data-testid="campo" />
        <button type="button" data-testid="guardar">
          Guardar
        </button>
      </EditableArea>
    </>,
  );
}

describe('A-10 EditableArea', () => {
  it('a sostenedor: the PME form is disabled with a notice; the review document is editable', () => {
    signIn('sostenedor');
    const pme = screen('pme');
    expect((pme.getByTestId('campo') as HTMLInputElement).matches(':disabled')).toBe(true);
    expect((pme.getByTestId('guardar') as HTMLButtonElement).matches(':disabled')).toBe(true);
    expect(pme.getByTestId('read-only-notice').textContent).toContain('solo lectura');
    cleanup();
    const review = screen('review');
    expect((review.getByTestId('campo') as HTMLInputElement).matches(':disabled')).toBe(false);
    expect(review.queryByTestId('read-only-notice')).toBeNull();
  });

  it.each(['asesor', 'escuela', 'coordinador', 'admin'] as const)('%s edits the PME with no notice', (role) => {
    signIn(role);
    const pme = screen('pme');
    expect((pme.getByTestId('campo') as HTMLInputElement).matches(':disabled')).toBe(false);
    expect(pme.queryByTestId('read-only-notice')).toBeNull();
  });
});
