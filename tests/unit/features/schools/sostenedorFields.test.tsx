// @vitest-environment jsdom
// DIR-7 on the profile screen: the live form shows the sostenedor's RUT (with its check digit) and the
// convenio PIE, refuses a wrong RUT in Spanish without writing it, writes a valid one (as the directory
// writes it) and a PIE choice to the profile document, shows another device's change, and opens an old
// profile without them as "Sin información".
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { ProfileHandle } from '../../../../src/data/docs/profile/index.ts';
import { useView } from '../../../../src/features/session/index.ts';
import { sessionStore } from '../../../../src/features/session/index.ts';
import { SchoolEditor } from '../../../../src/features/schools/SchoolEditor.tsx';
import { toSchoolId } from '../../../../src/domain/wire/documentNames.ts';
import type { SchoolProfile } from '../../../../src/domain/schools/school.ts';
import { LASTARRIA_PROFILE } from '../../../support/fixtures.ts';

const drafts = new Map<string, unknown>();
const workspace = {
  db: {
    drafts: {
      get: async (key: string) => (drafts.has(key) ? { key, value: drafts.get(key) } : undefined),
      put: async (row: { key: string; value: unknown }) => void drafts.set(row.key, row.value),
      delete: async (key: string) => void drafts.delete(key),
    },
  },
};

function Editor({ handle }: { handle: ProfileHandle }) {
  const profile = useView(handle.profile);
  return <SchoolEditor schoolId={toSchoolId(7423)} handle={handle} profile={profile} />;
}

/** An old profile: written before the RUT and PIE existed. */
function oldProfile(): ProfileHandle {
  const { sostenedorRut: _r, pie: _p, ...old } = LASTARRIA_PROFILE;
  const handle = new ProfileHandle(new Y.Doc(), actorOf({ userId: 'u-ana', name: 'Ana Rojas' }));
  handle.create(old as SchoolProfile);
  return handle;
}

const rutInput = () => screen.getByLabelText('RUT del sostenedor') as HTMLInputElement;
const pieSelect = () => screen.getByLabelText('Convenio PIE') as HTMLSelectElement;

beforeAll(() => {
  sessionStore.setState({ status: 'signed-in', session: {}, workspace, engine: {}, attachments: {} } as never);
});
afterEach(() => {
  cleanup();
  drafts.clear();
});

describe('DIR-7 the sostenedor RUT and PIE on the profile screen', () => {
  it('an old profile opens with both blank ("Sin información") and nothing reported', () => {
    const handle = oldProfile();
    render(<Editor handle={handle} />);
    expect(rutInput().value).toBe('');
    expect(pieSelect().value).toBe('');
    expect(pieSelect().selectedOptions[0]?.textContent).toBe('Sin información');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a wrong check digit in Spanish and writes nothing; a valid RUT and a PIE choice are written', async () => {
    const handle = oldProfile();
    render(<Editor handle={handle} />);
    fireEvent.change(rutInput(), { target: { value: '62.000.660-3' } });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'El dígito verificador del RUT no corresponde',
    );
    expect(rutInput().getAttribute('aria-invalid')).toBe('true');
    fireEvent.focusOut(rutInput());
    expect(handle.profile.get().sostenedorRut).toBeUndefined();

    fireEvent.change(rutInput(), { target: { value: '62000660' } });
    fireEvent.change(pieSelect(), { target: { value: 'no' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.focusOut(pieSelect());
    await waitFor(() => expect(handle.profile.get()).toMatchObject({ sostenedorRut: '62000660', pie: false }));
    expect(rutInput().value).toBe('62000660'); // kept as typed while it means the stored value
    expect(handle.profile.get().name).toBe(LASTARRIA_PROFILE.name);
  });

  it("shows another device's RUT with its check digit, and its PIE", async () => {
    const handle = oldProfile();
    render(<Editor handle={handle} />);
    act(() => handle.update({ sostenedorRut: '69070100', pie: true }));
    await waitFor(() => expect(rutInput().value).toBe('69.070.100-6'));
    expect(pieSelect().value).toBe('si');
    expect(pieSelect().selectedOptions[0]?.textContent).toBe('Sí');
  });
});
