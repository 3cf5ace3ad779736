// SD-1…SD-6: the dashboard row of a school, read from the digests the workspace derives, holds the
// same figures as the school's own screens compute from its documents.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../../src/data/workspace.ts';
import { readDashboardDigests } from '../../../src/data/dashboardDigests.ts';
import { readPme } from '../../../src/data/docs/pme/read.ts';
import { createEntry } from '../../../src/data/docs/pme/entries.ts';
import { readMonitoring } from '../../../src/data/docs/monitoring/read.ts';
import { readProgramme } from '../../../src/data/docs/programme/read.ts';
import { createActa, signActa } from '../../../src/data/docs/evaluation/actas.ts';
import { computeDashboard } from '../../../src/features/monitoring/dashboardData.ts';
import { portfolioRow } from '../../../src/domain/programme/portfolio.ts';
import { deliverableItems } from '../../../src/domain/programme/deliverables.ts';
import { deliverableEvidence, effectiveDeliverableStates } from '../../../src/domain/programme/deliverableEvidence.ts';
import { readCortes, readPmeVersions, readSignedActas } from '../../../src/data/docs/programme/evidence.ts';
import { hoursSummary } from '../../../src/domain/programme/hours.ts';
import { schoolDashboardRow, type DashboardSchool } from '../../../src/domain/dashboard/row.ts';
import { docName, type SchoolId } from '../../../src/domain/wire/documentNames.ts';
import { seedRichAreas } from '../../support/seedSchool.ts';

const YEAR = 2026;
const SCHOOL = '7423' as SchoolId;
const SCHOOL_ROW: DashboardSchool = {
  schoolId: SCHOOL,
  rbd: 7423,
  name: 'Escuela 7423',
  comunaCode: '10307',
  comunaName: 'Purranque',
  dependencia: '2',
  rural: true,
};
const SIG = (c: string) => ({ hash: c.repeat(64), type: 'image/png' as const, size: 900 });
const ACTA = {
  id: 'acta1',
  schoolId: SCHOOL,
  year: YEAR,
  pmeVersionId: null,
  date: `${YEAR}-11-20`,
  observaciones: '',
  correctsActaId: null,
  signatures: [],
  items: [
    { actionId: 'a1', mediosExist: 'en-papel' as const, evidence: [], result: 'verificada' as const, observations: '' },
  ],
};

let users = 0;

function seededDocs() {
  const docs = { pme: new Y.Doc(), monitoring: new Y.Doc(), programme: new Y.Doc(), evaluation: new Y.Doc() };
  seedRichAreas(docs, YEAR);
  createActa(docs.evaluation, ACTA, 's');
  signActa(docs.evaluation, 'acta1', { role: 'director', name: 'María', signature: SIG('d'), signedAt: 'x' }, 's');
  return docs;
}

/** Opens the four documents in a workspace, applies the seeded content and waits for every digest. */
async function workspaceWith(docs: ReturnType<typeof seededDocs>) {
  const ws = new Workspace(`dash-${++users}`);
  for (const kind of ['pme', 'monitoring', 'programme', 'evaluation'] as const) {
    const doc = await ws.openDoc(docName(SCHOOL, kind));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(docs[kind]), 'remote');
  }
  await vi.waitFor(async () => {
    expect(await ws.db.programmeDigests.get(SCHOOL)).toBeDefined();
    expect(await ws.db.dashboardDigests.where('schoolId').equals(SCHOOL).count()).toBe(3);
  });
  return ws;
}

async function rowAt(ws: Workspace, today: string) {
  const digests = (await readDashboardDigests(ws.db)).get(SCHOOL)!;
  const programme = (await ws.db.programmeDigests.get(SCHOOL))!.digest;
  return schoolDashboardRow({ school: SCHOOL_ROW, programme, ...digests, today, now: '10:00' });
}

describe('dashboard row from the derived digests', () => {
  it('SD-4: the last corte begun shows exactly the Seguimiento figures of that corte (closed: its snapshot)', async () => {
    const docs = seededDocs();
    const ws = await workspaceWith(docs);
    for (const today of [`${YEAR}-06-15`, `${YEAR}-08-15`]) {
      const row = await rowAt(ws, today);
      const view = readMonitoring(docs.monitoring);
      const cycle = view.cycles.find((c) => c.id === (today < `${YEAR}-07-01` ? 'c1' : 'c2'))!;
      expect(row.monitoring?.cycleId).toBe(cycle.id);
      const screen = computeDashboard(view, readPme(docs.pme, SCHOOL, YEAR).plan, cycle, today);
      expect(row.monitoring?.dashboard).toEqual(screen);
      const statuses = screen.indicators.map((i) => i.status);
      expect(row.indicators['en-camino'] + row.indicators['en-riesgo'] + row.indicators.desviado).toBe(
        statuses.filter((s) => s === 'en-camino' || s === 'en-riesgo' || s === 'desviado').length,
      );
    }
    const june = await rowAt(ws, `${YEAR}-06-15`);
    expect(june.monitoring?.dashboard.levels.find((l) => l.level === 'completa')?.percent).toBeGreaterThan(0);
    expect(june.monitoring?.dashboard.budget.total.executed).toBe(1_500_000);
    await ws.close();
  });

  it('SD-2, PFE-1: month, hours and deliverables are the portfolio and checklist figures of the programme screen', async () => {
    const docs = seededDocs();
    const ws = await workspaceWith(docs);
    const today = `${YEAR}-06-15`;
    const row = await rowAt(ws, today);
    const view = readProgramme(docs.programme);
    const engagement = { plan: view.plan, hoursContracted: view.engagement!.hoursContracted };
    // The checklist as the asesoría shows it: states set by hand, then the other documents' evidence.
    const evidence = deliverableEvidence({
      produced: view.produced,
      pmeVersions: readPmeVersions(docs.pme),
      cortes: readCortes(docs.monitoring),
      signedActas: readSignedActas(docs.evaluation),
    });
    const states = effectiveDeliverableStates(view.deliverables, evidence);
    // PFE-1: the portfolio row counts late deliverables on the checklist's states too.
    expect(row.programme).toEqual(portfolioRow(engagement, view.sessions, states, today, '10:00'));
    expect(row.programme?.minutesUsed).toBe(hoursSummary(view.sessions, 80, { today }).usedMinutes);
    const items = deliverableItems(view.plan, states, today);
    expect(row.deliverables.delivered).toBeGreaterThan(0);
    expect(row.deliverables).toEqual({
      delivered: items.filter((d) => d.state.status === 'entregado').length,
      late: items.filter((d) => d.late).length,
      total: items.length,
    });
    expect(row.asesor).toBe('Ana');
    await ws.close();
  });

  it('SD-3, SD-5, SD-6: PME versión final with its date, evaluation en curso, acta pending until both sign', async () => {
    const docs = seededDocs();
    const ws = await workspaceWith(docs);
    const row = await rowAt(ws, `${YEAR}-11-25`);
    expect(row.pme).toEqual({ state: 'final', date: `${YEAR}-07-30T12:00:00Z` });
    expect(row.evaluation).toBe('en-curso');
    expect(row.acta).toBe('pendiente');

    const evaluation = await ws.openDoc(docName(SCHOOL, 'evaluation'));
    signActa(evaluation, 'acta1', { role: 'asesor', name: 'Ana', signature: SIG('e'), signedAt: 'x' }, 'l');
    await vi.waitFor(async () => expect((await rowAt(ws, `${YEAR}-11-25`)).acta).toBe('firmada'));
    await ws.close();
  });

  it('SD-3: a PME with an action still being drafted (no subdimensión, no dates yet) keeps its row and state', async () => {
    const docs = seededDocs();
    const [first] = readPme(docs.pme, SCHOOL, YEAR).plan.actions;
    const draft = { ...first!, id: 'a-draft', nombre: 'Acción en borrador', subdimensiones: [], fechaInicio: '' };
    createEntry(docs.pme, 'action', 'a-draft', { ...draft, fechaTermino: '' }, 'l', 99);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const ws = await workspaceWith(docs);
      const digests = (await readDashboardDigests(ws.db)).get(SCHOOL)!;
      expect(digests.pme?.plan.actions.map((a) => a.id)).toContain('a-draft');
      expect((await rowAt(ws, `${YEAR}-11-25`)).pme).toEqual({ state: 'final', date: `${YEAR}-07-30T12:00:00Z` });
      expect(errors).not.toHaveBeenCalled();
      await ws.close();
    } finally {
      errors.mockRestore();
    }
  });
});
