import { describe, expect, it } from 'vitest';
import { closeSummary, sistematizacionSchema } from '../../../../src/domain/evaluation/close.ts';
import {
  SATISFACTION_SURVEY,
  satisfactionSummary,
  type SatisfactionResponse,
} from '../../../../src/domain/evaluation/satisfaction.ts';
import { DELIVERABLE_CODES } from '../../../../src/domain/programme/template.ts';
import type { DeliverableStates } from '../../../../src/domain/programme/deliverables.ts';
import { timed } from '../programme/fixtures.ts';

// 8 months from March 2026, one per template month.
const plan = Array.from({ length: 8 }, (_, i) => ({
  startDate: `2026-${String(i + 3).padStart(2, '0')}-01`,
  templateMonths: [i + 1],
}));
const allDelivered: DeliverableStates = Object.fromEntries(
  DELIVERABLE_CODES.map((c) => [c, { status: 'entregado', deliveredOn: '2026-10-30' }]),
);

describe('CL-1…CL-3: close summary', () => {
  it('80 h used of 80 contracted, every deliverable delivered → ready', () => {
    const sessions = Array.from({ length: 20 }, (_, i) =>
      timed(`s${i}`, `2026-${String(3 + (i % 8)).padStart(2, '0')}-10`, 240),
    );
    const s = closeSummary({ sessions, hoursContracted: 80, plan, deliverables: allDelivered, today: '2026-10-31' });
    expect([
      s.contractedMinutes,
      s.usedMinutes,
      s.leftMinutes,
      s.overrun,
      s.allDelivered,
      s.missing,
      s.readyToClose,
    ]).toEqual([4800, 4800, 0, false, true, [], true]);
    expect(s.deliverables).toHaveLength(8);
  });

  it('an overrun and missing deliverables are reported; sessions after today are not used', () => {
    // 8 sessions of 10 h and one of 30 min up to today (80 h 30 min); one more in December, after today.
    const sessions = [
      ...Array.from({ length: 8 }, (_, i) => timed(`s${i}`, `2026-${String(3 + i).padStart(2, '0')}-10`, 600)),
      timed('x', '2026-10-20', 30),
      timed('later', '2026-12-01', 60),
    ];
    const deliverables: DeliverableStates = { ...allDelivered, 'informe-evaluacion': { status: 'en-elaboracion' } };
    delete deliverables['acta-verificacion'];
    const s = closeSummary({ sessions, hoursContracted: 80, plan, deliverables, today: '2026-10-31' });
    expect([s.usedMinutes, s.overrun, s.overrunMinutes, s.allDelivered, s.missing, s.readyToClose]).toEqual([
      4830,
      true,
      30,
      false,
      ['informe-evaluacion', 'acta-verificacion'],
      false,
    ]);
  });
});

describe('sistematización schema', () => {
  it('accepts lists of lessons, practices and recommendations; rejects blank entries', () => {
    const ok = sistematizacionSchema.safeParse({
      id: 'si-1',
      schoolId: '7423',
      year: 2026,
      leccionesAprendidas: [{ id: 'l1', text: 'Monitorear cada mes evita sorpresas en diciembre.', dimension: 'LID' }],
      buenasPracticas: [{ id: 'b1', text: 'Lectura compartida semanal en 1° y 2° básico.', dimension: 'GP' }],
      recomendaciones: [
        { id: 'r1', text: 'Asegurar las horas de coordinación de la UTP.', dimension: null, addressedTo: 'Sostenedor' },
      ],
      participantes: ['Directora', 'Jefa de UTP'],
      date: '2026-11-30',
    });
    expect(ok.success).toBe(true);
    const bad = sistematizacionSchema.safeParse({
      ...(ok.success ? ok.data : {}),
      leccionesAprendidas: [{ id: 'l1', text: ' ', dimension: 'XX' }],
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'leccionesAprendidas.0.text',
      'leccionesAprendidas.0.dimension',
    ]);
  });
});

describe('satisfaction survey (optional)', () => {
  it('a ready template of ratings and open questions', () => {
    expect(SATISFACTION_SURVEY.items.map((i) => i.id)).toEqual([
      'sat-1',
      'sat-2',
      'sat-3',
      'sat-4',
      'sat-5',
      'sat-6',
      'sat-7',
      'sat-ab-1',
      'sat-ab-2',
    ]);
  });
  it('mean per rating item, ns apart, other versions ignored', () => {
    const r = (id: string, answers: SatisfactionResponse['answers'], surveyVersion = 1): SatisfactionResponse => ({
      id,
      surveyId: 'tpl-satisfaccion',
      surveyVersion,
      answers,
      openAnswers: {},
      completedAt: null,
    });
    const s = satisfactionSummary(SATISFACTION_SURVEY, [
      r('1', { 'sat-1': 4, 'sat-2': 'ns' }),
      r('2', { 'sat-1': 3 }),
      r('3', { 'sat-1': 1 }, 2),
    ]);
    expect(s.slice(0, 3).map((x) => [x.itemId, x.mean, x.n, x.notKnown])).toEqual([
      ['sat-1', 3.5, 2, 0],
      ['sat-2', null, 0, 1],
      ['sat-3', null, 0, 0],
    ]);
    expect(s).toHaveLength(7);
  });
});
