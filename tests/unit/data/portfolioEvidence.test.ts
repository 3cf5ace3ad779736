// PFE-1, PFE-2: the portfolio's late deliverables, read from the Dexie digests only, are the asesoría
// checklist's (its screen reads the documents) and the Panel's, for the same school state.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../../src/data/workspace.ts';
import { readDashboardDigests } from '../../../src/data/dashboardDigests.ts';
import { readPortfolioDigests } from '../../../src/data/portfolioDigests.ts';
import { readProgramme } from '../../../src/data/docs/programme/read.ts';
import { readCortes, readPmeVersions, readSignedActas } from '../../../src/data/docs/programme/evidence.ts';
import { setDeliverableState } from '../../../src/data/docs/programme/deliverables.ts';
import {
  deliverableChecklist,
  deliverableEvidence,
  effectiveDeliverableStates,
} from '../../../src/domain/programme/index.ts';
import { digestRow } from '../../../src/domain/programme/digest.ts';
import { NO_EVIDENCE } from '../../../src/domain/programme/evidenceDigest.ts';
import { schoolDashboardRow } from '../../../src/domain/dashboard/row.ts';
import { docName, type DocKind, type SchoolId } from '../../../src/domain/wire/documentNames.ts';
import { seedRichAreas } from '../../support/seedSchool.ts';

const YEAR = 2026;
const SCHOOL = '7423' as SchoolId;
const KINDS = ['pme', 'monitoring', 'programme', 'evaluation'] as const;
type Docs = Record<(typeof KINDS)[number], Y.Doc>;

let users = 0;

function seededDocs(): Docs {
  const docs = { pme: new Y.Doc(), monitoring: new Y.Doc(), programme: new Y.Doc(), evaluation: new Y.Doc() };
  seedRichAreas(docs, YEAR);
  return docs;
}

/** Opens `kinds` of the school in a fresh workspace with the seeded content; waits for their digests. */
async function workspaceWith(docs: Docs, kinds: readonly DocKind[] = KINDS, user = `pfe-${++users}`) {
  const ws = new Workspace(user);
  for (const kind of kinds) {
    const doc = await ws.openDoc(docName(SCHOOL, kind));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(docs[kind as keyof Docs]), 'remote');
  }
  const others = kinds.filter((k) => k !== 'programme').length;
  await vi.waitFor(async () => {
    expect(await ws.db.programmeDigests.get(SCHOOL)).toBeDefined();
    expect(await ws.db.evidenceDigests.where('schoolId').equals(SCHOOL).count()).toBe(others);
  });
  return ws;
}

/** The portfolio's figure as the first screen computes it: Dexie digests only. */
async function portfolioLate(ws: Workspace, today: string): Promise<number> {
  const { programmes, evidence } = await readPortfolioDigests(ws.db);
  const programme = programmes.find((p) => p.schoolId === SCHOOL)!;
  return digestRow(programme.digest, evidence.get(SCHOOL) ?? NO_EVIDENCE, today, '10:00')!.lateDeliverables;
}

/** The asesoría screen's checklist (DeliverablesSection with useDeliverableEvidence), read from the documents. */
function checklistLate(docs: Docs, today: string): { late: string[]; handOnlyLate: string[] } {
  const view = readProgramme(docs.programme);
  const evidence = deliverableEvidence({
    produced: view.produced,
    pmeVersions: readPmeVersions(docs.pme),
    cortes: readCortes(docs.monitoring),
    signedActas: readSignedActas(docs.evaluation),
  });
  const late = (states: typeof view.deliverables) =>
    deliverableChecklist(view.plan, states, today)
      .flatMap((m) => m.items)
      .filter((d) => d.late)
      .map((d) => d.code);
  return { late: late(effectiveDeliverableStates(view.deliverables, evidence)), handOnlyLate: late(view.deliverables) };
}

describe('the portfolio counts deliverables as the asesoría checklist does', () => {
  it("PFE-1: a frozen PME (hand state unset) is not late in the portfolio; its count is the checklist's", async () => {
    const docs = seededDocs();
    const ws = await workspaceWith(docs);
    for (const today of [`${YEAR}-06-15`, `${YEAR}-08-15`, `${YEAR}-11-25`]) {
      const checklist = checklistLate(docs, today);
      expect(checklist.late).not.toContain('borrador-pme');
      expect(checklist.handOnlyLate).toContain('borrador-pme'); // what the portfolio said before
      expect(await portfolioLate(ws, today)).toBe(checklist.late.length);
    }
    // Late ones remain late: the count is not merely lower.
    expect(checklistLate(docs, `${YEAR}-08-15`).late).toEqual(['informe-diagnostico', 'herramientas-monitoreo']);
    await ws.close();
  });

  it('PFE-1: a state set by hand still wins over the evidence, in the portfolio as on the checklist', async () => {
    const docs = seededDocs();
    setDeliverableState(docs.programme, 'pme-version-final', { status: 'en-elaboracion' }, 'l');
    const ws = await workspaceWith(docs);
    const today = `${YEAR}-08-15`;
    expect(checklistLate(docs, today).late).toContain('pme-version-final');
    expect(await portfolioLate(ws, today)).toBe(checklistLate(docs, today).late.length);
    await ws.close();
  });

  it('PFE-2: the portfolio and the Panel give the same late count from the same digests', async () => {
    const docs = seededDocs();
    const ws = await workspaceWith(docs);
    const digests = (await readDashboardDigests(ws.db)).get(SCHOOL)!;
    const programme = (await ws.db.programmeDigests.get(SCHOOL))!.digest;
    const school = {
      schoolId: SCHOOL,
      rbd: 7423,
      name: 'E',
      comunaCode: '',
      comunaName: '',
      dependencia: '',
      rural: null,
    };
    for (const today of [`${YEAR}-06-15`, `${YEAR}-08-15`, `${YEAR}-11-25`]) {
      const row = schoolDashboardRow({ school, programme, ...digests, today, now: '10:00' });
      expect(row.deliverables.late).toBe(await portfolioLate(ws, today));
      expect(row.programme?.lateDeliverables).toBe(row.deliverables.late);
    }
    await ws.close();
  });

  it('PFE-2: a change in the PME reaches the portfolio through its evidence digest, with no document read', async () => {
    const docs = seededDocs();
    const noPme = seededDocs();
    noPme.pme = new Y.Doc();
    const ws = await workspaceWith(noPme, ['programme', 'pme', 'monitoring', 'evaluation']);
    const today = `${YEAR}-08-15`;
    expect(await portfolioLate(ws, today)).toBe(checklistLate(noPme, today).late.length);
    const pme = await ws.openDoc(docName(SCHOOL, 'pme'));
    Y.applyUpdate(pme, Y.encodeStateAsUpdate(docs.pme), 'remote');
    const expected = checklistLate({ ...noPme, pme: docs.pme }, today).late.length;
    expect(expected).toBeLessThan(checklistLate(noPme, today).late.length);
    await vi.waitFor(async () => expect(await portfolioLate(ws, today)).toBe(expected));
    await ws.close();
  });

  it('PFE-2: a device without evidence digests (an older app) derives them at its next background opening', async () => {
    const docs = seededDocs();
    const user = `pfe-${++users}`;
    const first = await workspaceWith(docs, KINDS, user);
    await first.db.evidenceDigests.clear();
    await first.close();
    const ws = new Workspace(user);
    await ws.startBackgroundOpening();
    await vi.waitFor(async () => expect(await ws.db.evidenceDigests.count()).toBe(3));
    expect(await portfolioLate(ws, `${YEAR}-08-15`)).toBe(checklistLate(docs, `${YEAR}-08-15`).late.length);
    await ws.close();
  });
});
