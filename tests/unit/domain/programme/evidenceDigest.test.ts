import { describe, expect, it } from 'vitest';
import {
  deliverableChecklist,
  deliverableEvidence,
  effectiveDeliverableStates,
  layoutProgramme,
} from '../../../../src/domain/programme/index.ts';
import { digestRow, makeDigest } from '../../../../src/domain/programme/digest.ts';
import {
  checklistCounts,
  checklistStates,
  deliverableFactsOf,
  mergeEvidence,
  NO_EVIDENCE,
  type EvidenceDigest,
} from '../../../../src/domain/programme/evidenceDigest.ts';
import { evidenceOf, type EvaluationDigest } from '../../../../src/domain/dashboard/digests.ts';

const plan = layoutProgramme('2026-03-16', 8, 80);
const digest = makeDigest({ hoursContracted: 80, plan, sessions: [], deliverables: {} });
const FROZEN: EvidenceDigest = { pmeVersions: [{ kind: 'borrador', createdAt: '2026-05-20T15:00:00Z' }] };

describe('the portfolio row against the checklist (PFE-1)', () => {
  it('PFE-1: a Borrador frozen with no state set by hand is not late in the portfolio, as on the checklist', () => {
    const today = '2026-06-20';
    const late = (e: EvidenceDigest) => digestRow(digest, e, today)!.lateDeliverables;
    const states = effectiveDeliverableStates({}, deliverableEvidence(deliverableFactsOf(undefined, FROZEN)));
    const checklist = deliverableChecklist(plan, states, today).flatMap((m) => m.items);
    expect(checklist.find((d) => d.code === 'borrador-pme')).toMatchObject({ late: false });
    expect(late(FROZEN)).toBe(checklist.filter((d) => d.late).length);
    expect(late(NO_EVIDENCE)).toBe(late(FROZEN) + 1);
  });

  it('PFE-1: every kind of evidence counts, and a state set by hand wins over it', () => {
    const today = '2026-12-20';
    const evidence = mergeEvidence([
      FROZEN,
      { pmeVersions: [{ kind: 'final', createdAt: '2026-07-20T15:00:00Z' }] },
      { cortes: [{ year: 2026, closedAt: '2026-07-01T12:00:00Z' }] },
      { signedActas: [{ completedAt: '2026-11-20T15:00:00Z' }] },
    ]);
    const produced = { 'informe-diagnostico': '2026-04-01' } as const;
    const withProduced = { ...digest, produced };
    expect(checklistCounts(plan, checklistStates({}, produced, evidence), today)).toEqual({
      delivered: 5,
      late: 3,
      total: 8,
    });
    // Herramientas, Informe de Evaluación and the final cortes (only one corte, closed) stay late.
    expect(digestRow(withProduced, evidence, today)!.lateDeliverables).toBe(3);
    const byHand = { ...withProduced, deliverables: { 'borrador-pme': { status: 'en-elaboracion' as const } } };
    expect(digestRow(byHand, evidence, today)!.lateDeliverables).toBe(4);
  });
});

describe('evidence projected from the dashboard digests (PFE-2)', () => {
  const acta = (signatures: EvaluationDigest['actas'][number]['signatures']) => ({
    id: 'a',
    year: 2026,
    correctsActaId: null,
    signatures,
  });
  const evaluation = (actas: EvaluationDigest['actas']): EvaluationDigest => ({ started: true, closedAt: null, actas });

  it('PFE-2: an acta counts once director and asesor signed, on its last signature', () => {
    const director = { role: 'director' as const, signedAt: '2026-11-20T15:00:00Z' };
    const asesor = { role: 'asesor' as const, signedAt: '2026-11-22T15:00:00Z' };
    expect(evidenceOf({ kind: 'evaluation', digest: evaluation([acta([director])]) })).toEqual({ signedActas: [] });
    expect(evidenceOf({ kind: 'evaluation', digest: evaluation([acta([asesor, director])]) })).toEqual({
      signedActas: [{ completedAt: asesor.signedAt }],
    });
    const undated = acta([director, { role: 'asesor' }]);
    expect(evidenceOf({ kind: 'evaluation', digest: evaluation([undated]) })).toEqual({ signedActas: [] });
  });

  it('PFE-2: versions and cortes keep their kind, year and instants', () => {
    const versions = [{ id: 'v', kind: 'final' as const, createdAt: '2026-07-20T15:00:00Z' }];
    const plan = { objectives: [], goals: [], strategies: [], actions: [] } as never;
    expect(evidenceOf({ kind: 'pme', digest: { plan, versions } })).toEqual({
      pmeVersions: [{ kind: 'final', createdAt: '2026-07-20T15:00:00Z' }],
    });
    const cycle = { id: 'c', year: 2026, name: 'C', start: '2026-03-01', end: '2026-06-30' };
    const monitoring = { cycles: [cycle, { ...cycle, id: 'd', closedAt: '2026-07-01T12:00:00Z' }] } as never;
    expect(evidenceOf({ kind: 'monitoring', digest: monitoring })).toEqual({
      cortes: [
        { year: 2026, closedAt: null },
        { year: 2026, closedAt: '2026-07-01T12:00:00Z' },
      ],
    });
  });
});
