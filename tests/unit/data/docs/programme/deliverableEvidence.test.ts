import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  deliverableChecklist,
  deliverableEvidence,
  effectiveDeliverableStates,
  layoutProgramme,
  type DeliverableFacts,
} from '../../../../../src/domain/programme/index.ts';
import { readProgramme } from '../../../../../src/data/docs/programme/read.ts';
import { recordProduced } from '../../../../../src/data/docs/programme/deliverables.ts';

const NONE: DeliverableFacts = { produced: {}, pmeVersions: [], cortes: [], signedActas: [] };

describe('deliverableEvidence: what the app produced, and when', () => {
  it('gives nothing when the app produced nothing', () => {
    expect(deliverableEvidence(NONE)).toEqual({});
  });

  it('takes the first frozen version of each kind, the first closed corte, the first fully signed acta and recorded PDFs', () => {
    const evidence = deliverableEvidence({
      produced: {
        'informe-diagnostico': '2026-04-02',
        'informe-evaluacion': '2026-11-20',
        'informe-monitoreo-1': '2026-07-10',
      },
      pmeVersions: [
        { kind: 'borrador', on: '2026-06-01' },
        { kind: 'borrador', on: '2026-05-30' },
        { kind: 'final', on: '2026-07-30' },
      ],
      cortes: [
        { year: 2026, closedOn: '2026-06-30' },
        { year: 2026, closedOn: null },
      ],
      signedActas: [{ completedOn: '2026-12-03' }, { completedOn: '2026-12-01' }],
    });
    expect(Object.fromEntries(Object.entries(evidence).map(([k, v]) => [k, v.on]))).toEqual({
      'informe-diagnostico': '2026-04-02',
      'borrador-pme': '2026-05-30',
      'pme-version-final': '2026-07-30',
      'informe-monitoreo-1': '2026-06-30',
      'informe-evaluacion': '2026-11-20',
      'acta-verificacion': '2026-12-01',
    });
    expect(evidence['informe-monitoreo-1']?.what).toBe('primer corte cerrado en la app');
  });

  it('final monitoring reports: every corte of the latest year closed (two at least), on the last closing', () => {
    const closedBoth = deliverableEvidence({
      ...NONE,
      cortes: [
        { year: 2026, closedOn: '2026-11-30' },
        { year: 2026, closedOn: '2026-06-30' },
        { year: 2025, closedOn: null },
      ],
    });
    expect(closedBoth['informes-monitoreo-finales']?.on).toBe('2026-11-30');
    expect(
      deliverableEvidence({ ...NONE, cortes: [{ year: 2026, closedOn: '2026-06-30' }] })['informes-monitoreo-finales'],
    ).toBeUndefined();
    expect(
      deliverableEvidence({
        ...NONE,
        cortes: [
          { year: 2026, closedOn: '2026-06-30' },
          { year: 2026, closedOn: null },
        ],
      })['informes-monitoreo-finales'],
    ).toBeUndefined();
  });

  it('the monitoring report PDF counts when it came before any corte closed', () => {
    const e = deliverableEvidence({
      ...NONE,
      produced: { 'informe-monitoreo-1': '2026-06-20' },
      cortes: [{ year: 2026, closedOn: '2026-06-30' }],
    });
    expect(e['informe-monitoreo-1']).toEqual({ on: '2026-06-20', what: 'PDF generado en la app' });
  });
});

describe('effectiveDeliverableStates: a state set by hand wins', () => {
  const evidence = deliverableEvidence({
    ...NONE,
    pmeVersions: [{ kind: 'final', on: '2026-07-30' }],
    produced: { 'informe-diagnostico': '2026-04-02' },
  });

  it("shows the app's deliveries as entregado with their date, and lateness follows them", () => {
    const plan = layoutProgramme('2026-03-02', 8, 80);
    const states = effectiveDeliverableStates({}, evidence);
    expect(states['pme-version-final']).toEqual({ status: 'entregado', deliveredOn: '2026-07-30' });
    const items = deliverableChecklist(plan, states, '2026-12-31').flatMap((m) => m.items);
    expect(items.find((i) => i.code === 'informe-diagnostico')).toMatchObject({ late: false, deliveredLate: true });
    expect(items.find((i) => i.code === 'pme-version-final')).toMatchObject({ late: false, deliveredLate: false });
    expect(items.find((i) => i.code === 'borrador-pme')).toMatchObject({ late: true });
  });

  it("keeps a state recorded by hand over the app's", () => {
    const states = effectiveDeliverableStates(
      {
        'pme-version-final': { status: 'en-elaboracion' },
        'informe-diagnostico': { status: 'entregado', deliveredOn: '2026-03-28' },
      },
      evidence,
    );
    expect(states['pme-version-final']).toEqual({ status: 'en-elaboracion' });
    expect(states['informe-diagnostico']).toEqual({ status: 'entregado', deliveredOn: '2026-03-28' });
  });
});

describe('recordProduced', () => {
  it('keeps the earliest date the app produced a document', () => {
    const doc = new Y.Doc();
    recordProduced(doc, 'informe-diagnostico', '2026-04-10', 't');
    recordProduced(doc, 'informe-diagnostico', '2026-04-12', 't');
    expect(readProgramme(doc).produced).toEqual({ 'informe-diagnostico': '2026-04-10' });
    recordProduced(doc, 'informe-diagnostico', '2026-04-02', 't');
    expect(readProgramme(doc).produced).toEqual({ 'informe-diagnostico': '2026-04-02' });
    expect(() => recordProduced(doc, 'informe-evaluacion', '02-04-2026', 't')).toThrow();
  });
});
