// @vitest-environment jsdom
// in the app: a sostenedor sees a school's documents with their editing part disabled and a
// read-only notice; the review document (also nested inside a read-only area), controls that write
// nothing, and every document for other roles stay usable.
import { cleanup, render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../src/domain/wire/protocol.ts';
import type { DocKind } from '../../../../src/domain/wire/documentNames.ts';
import { sessionStore } from '../../../../src/features/session/index.ts';
import { canEdit } from '../../../../src/domain/access/roles.ts';
import { DocArea, EditableArea } from '../../../../src/features/screenShell/index.ts';

afterEach(cleanup);
afterAll(() => sessionStore.setState({ status: 'loading' }));

function signIn(role: Role) {
  const user = { id: 'u1', username: 'u', displayName: 'U', role };
  sessionStore.setState({
    status: 'signed-in',
    session: { user },
    // The fact the screens read is the workspace's; this one follows the role like the real one.
    workspace: { canWrite: (kind: DocKind) => canEdit(role, kind) },
    engine: {},
    attachments: {},
  } as never);
}

function screen(kind: DocKind) {
  return render(
    <EditableArea kind={kind}>
      <input data-testid="campo" />
      <button type="button" data-testid="guardar">
        Guardar
      </button>
    </EditableArea>,
  );
}

const disabled = (el: HTMLElement) => el.matches(':disabled');

/** A PME card with a comment box (review document) and an export button inside the PME's area. */
function CardWithComments() {
  const [more, setMore] = useState(false);
  return (
    <EditableArea kind="pme">
      <input data-testid="accion" />
      <button type="button" data-testid="exportar" data-writes-nothing>
        Exportar
      </button>
      <DocArea kind="review">
        <textarea data-testid="comentario" />
        <button type="button" data-testid="mas" onClick={() => setMore(true)}>
          Más
        </button>
      </DocArea>
      {more && <input data-testid="tardio" />}
    </EditableArea>
  );
}

describe('A-10 A-14 EditableArea', () => {
  it('a sostenedor: the PME form is disabled with a notice; the review document is editable', () => {
    signIn('sostenedor');
    const pme = screen('pme');
    expect((pme.getByTestId('campo') as HTMLInputElement).matches(':disabled')).toBe(true);
    expect((pme.getByTestId('guardar') as HTMLButtonElement).matches(':disabled')).toBe(true);
    expect(pme.getByTestId('read-only-notice').textContent).toMatch(/^Solo lectura: /);
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

  it('A-14 a sostenedor comments inside a read-only PME area; controls that write nothing stay usable', async () => {
    signIn('sostenedor');
    const card = render(<CardWithComments />);
    expect(disabled(card.getByTestId('accion'))).toBe(true);
    expect(disabled(card.getByTestId('exportar'))).toBe(false);
    expect(disabled(card.getByTestId('comentario'))).toBe(false);
    expect(card.getAllByTestId('read-only-notice')).toHaveLength(1);
    // A control the PME area renders later is locked as it appears.
    card.getByTestId('mas').click();
    await waitFor(() => expect(disabled(card.getByTestId('tardio'))).toBe(true));
  });

  it('A-14 an asesor: nothing in the card is locked', () => {
    signIn('asesor');
    const card = render(<CardWithComments />);
    for (const id of ['accion', 'exportar', 'comentario']) expect(disabled(card.getByTestId(id))).toBe(false);
  });
});
