// @vitest-environment jsdom
// every school screen renders read-only for a sostenedor — the real screens over a real
// workspace (fake-indexeddb) whose role is sostenedor: each shows "Solo lectura: …" and has no
// control that takes input in its document's area; an asesor's same screens take input.
import 'fake-indexeddb/auto';
import { Suspense, type ReactNode } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { writeProfile } from '../../../../src/data/docs/profile/fields.ts';
import { Workspace } from '../../../../src/data/workspace.ts';
import { docName, toSchoolId, type DocKind } from '../../../../src/domain/wire/documentNames.ts';
import type { Role } from '../../../../src/domain/wire/protocol.ts';
import { sessionStore } from '../../../../src/features/session/index.ts';
import { SchoolScreen } from '../../../../src/features/schools/index.ts';
import { DiagnosisScreen } from '../../../../src/features/diagnosis/index.ts';
import { PmeScreen } from '../../../../src/features/pme/index.ts';
import { MonitoringScreen } from '../../../../src/features/monitoring/index.ts';
import { ProgrammeScreen } from '../../../../src/features/programme/index.ts';
import { EvaluationScreen } from '../../../../src/features/evaluation/index.ts';
import { LASTARRIA_PROFILE } from '../../../support/fixtures.ts';

const SCHOOL = toSchoolId(7423);
let users = 0;
let workspace: Workspace | null = null;

/** Signs in a user of that role on a fresh device holding the school's profile as the relay sent it. */
async function signIn(role: Role): Promise<void> {
  workspace = new Workspace(`screens-${++users}`, { role });
  const relayCopy = new Y.Doc();
  writeProfile(relayCopy, LASTARRIA_PROFILE, 'relay');
  Y.applyUpdate(await workspace.openDoc(docName(SCHOOL, 'profile')), Y.encodeStateAsUpdate(relayCopy), 'relay');
  const user = { id: workspace.userId, username: role, displayName: 'Pedro Díaz', role };
  const attachments = { fetchAttachment: async () => ({ ok: false, reason: 'missing' }) };
  sessionStore.setState({ status: 'signed-in', session: { user }, workspace, engine: {}, attachments } as never);
}

afterEach(async () => {
  cleanup();
  await workspace?.close();
  workspace = null;
});
afterAll(() => sessionStore.setState({ status: 'loading' }));

const SCREENS: [string, DocKind, ReactNode][] = [
  ['profile', 'profile', <SchoolScreen schoolId={SCHOOL} />],
  ['diagnosis', 'diagnosis', <DiagnosisScreen schoolId={SCHOOL} />],
  ['PME', 'pme', <PmeScreen schoolId={SCHOOL} />],
  ['monitoring', 'monitoring', <MonitoringScreen schoolId={SCHOOL} />],
  ['programme', 'programme', <ProgrammeScreen schoolId={SCHOOL} />],
  ['evaluation', 'evaluation', <EvaluationScreen schoolId={SCHOOL} />],
];

/** The controls of the document's area (not those of a nested area of another document). */
function areaControls(kind: DocKind): HTMLElement[] {
  const area = document.querySelector(`[data-doc-kind="${kind}"]`);
  if (!area) return [];
  return [...area.querySelectorAll<HTMLElement>('input, textarea, select, button')].filter(
    (c) => c.closest('[data-doc-kind], [data-writes-nothing]') === area,
  );
}

const shown = (ui: ReactNode) => render(<Suspense fallback={null}>{ui}</Suspense>);

describe('A-14 each school screen for a sostenedor', () => {
  it.each(SCREENS)('A-14 the %s screen is read-only, with its notice', async (_name, kind, ui) => {
    await signIn('sostenedor');
    shown(ui);
    await vi.waitFor(() => expect(areaControls(kind).length).toBeGreaterThan(0), { timeout: 20_000 });
    expect(screen.getAllByTestId('read-only-notice')[0]?.textContent).toMatch(/^Solo lectura: /);
    await vi.waitFor(() => expect(areaControls(kind).filter((c) => !c.matches(':disabled'))).toEqual([]));
  });

  it.each(SCREENS)('A-14 the %s screen takes input for an asesor', async (_name, kind, ui) => {
    await signIn('asesor');
    shown(ui);
    await vi.waitFor(() => expect(areaControls(kind).length).toBeGreaterThan(0), { timeout: 20_000 });
    expect(screen.queryByTestId('read-only-notice')).toBeNull();
    expect(areaControls(kind).some((c) => !c.matches(':disabled'))).toBe(true);
  });
});
