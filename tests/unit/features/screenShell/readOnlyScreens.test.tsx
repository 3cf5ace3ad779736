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
  vi.restoreAllMocks();
  await workspace?.close();
  workspace = null;
});
afterAll(() => sessionStore.setState({ status: 'loading' }));

/** Each screen, its document, and the tab that shows a form on an empty document (tabs write nothing). */
const SCREENS: [string, DocKind, ReactNode, string | null][] = [
  ['profile', 'profile', <SchoolScreen schoolId={SCHOOL} />, null],
  ['diagnosis', 'diagnosis', <DiagnosisScreen schoolId={SCHOOL} />, null],
  ['PME', 'pme', <PmeScreen schoolId={SCHOOL} />, null],
  ['monitoring', 'monitoring', <MonitoringScreen schoolId={SCHOOL} />, 'mon-tab-plan'],
  ['programme', 'programme', <ProgrammeScreen schoolId={SCHOOL} />, null],
  ['evaluation', 'evaluation', <EvaluationScreen schoolId={SCHOOL} />, 'eval-tab-cierre'],
];

/** The controls of the document's area (not those of a nested area of another document). */
function areaControls(kind: DocKind): HTMLElement[] {
  const area = document.querySelector(`[data-doc-kind="${kind}"]`);
  if (!area) return [];
  return [...area.querySelectorAll<HTMLElement>('input, textarea, select, button')].filter(
    (c) => c.closest('[data-doc-kind], [data-writes-nothing]') === area,
  );
}

async function shown(ui: ReactNode, tab: string | null): Promise<void> {
  render(<Suspense fallback={null}>{ui}</Suspense>);
  if (tab) (await screen.findByTestId(tab, undefined, { timeout: 20_000 })).click();
}

describe('A-14 each school screen for a sostenedor', () => {
  it.each(SCREENS)(
    'A-14 the %s screen is read-only, with its notice',
    { timeout: 60_000 },
    async (_name, kind, ui, tab) => {
      const errors = vi.spyOn(console, 'error');
      await signIn('sostenedor');
      await shown(ui, tab);
      await vi.waitFor(() => expect(areaControls(kind).length).toBeGreaterThan(0), { timeout: 20_000 });
      expect(screen.getAllByTestId('read-only-notice')[0]?.textContent).toMatch(/^Solo lectura: /);
      await vi.waitFor(() => expect(areaControls(kind).filter((c) => !c.matches(':disabled'))).toEqual([]));
      // Opening the screen tried no write the workspace had to refuse.
      expect(errors.mock.calls.filter(([m]) => String(m).startsWith('Refused a local write'))).toEqual([]);
    },
  );

  it.each(SCREENS)(
    'A-14 the %s screen takes input for an asesor',
    { timeout: 60_000 },
    async (_name, kind, ui, tab) => {
      await signIn('asesor');
      await shown(ui, tab);
      await vi.waitFor(() => expect(areaControls(kind).length).toBeGreaterThan(0), { timeout: 20_000 });
      expect(screen.queryByTestId('read-only-notice')).toBeNull();
      expect(areaControls(kind).some((c) => !c.matches(':disabled'))).toBe(true);
    },
  );
});
