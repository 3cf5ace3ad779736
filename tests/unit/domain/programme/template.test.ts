import { describe, expect, it } from 'vitest';
import {
  DELIVERABLES,
  DELIVERABLE_CODES,
  MONTH_GROUPS,
  PROGRAMME_LENGTHS,
  PROGRAMME_TEMPLATE,
  TEMPLATE_MONTH_COUNT,
  deliverableCodeSchema,
  deliverableLabel,
  templateMonth,
} from '../../../../src/domain/programme/index.ts';

describe('the standard 8-month template (docs/domain.md §7)', () => {
  it('has months 1..8 in order, each with a theme and suggested workshops', () => {
    expect(PROGRAMME_TEMPLATE.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const m of PROGRAMME_TEMPLATE) {
      expect(m.theme.trim()).not.toBe('');
      expect(m.workshops.length).toBeGreaterThan(0);
    }
    expect(templateMonth(1).theme).toBe(
      'Diagnóstico Institucional Participativo (articulación PEI–planes, priorización)',
    );
    expect(templateMonth(8).theme).toContain('cierre');
    expect(() => templateMonth(9)).toThrow(RangeError);
  });

  it('places each deliverable in the month of the table, with stable codes', () => {
    const byMonth = Object.fromEntries(PROGRAMME_TEMPLATE.map((m) => [m.month, [...m.deliverables]]));
    expect(byMonth).toEqual({
      1: ['informe-diagnostico'],
      2: [],
      3: ['borrador-pme', 'herramientas-monitoreo'],
      4: [],
      5: ['pme-version-final', 'informe-monitoreo-1'],
      6: [],
      7: [],
      8: ['informes-monitoreo-finales', 'informe-evaluacion', 'acta-verificacion'],
    });
    expect(new Set(DELIVERABLE_CODES).size).toBe(DELIVERABLES.length);
    expect(deliverableLabel('pme-version-final')).toBe('PME Versión Final');
    expect(deliverableLabel('informe-diagnostico')).toBe('Informe Diagnóstico Participativo');
    expect(deliverableCodeSchema.safeParse('borrador-pme').success).toBe(true);
    expect(deliverableCodeSchema.safeParse('borrador').success).toBe(false);
  });

  it.each(PROGRAMME_LENGTHS)('the %i-month grouping keeps order and covers every template month once', (n) => {
    const groups = MONTH_GROUPS[n];
    expect(groups).toHaveLength(n);
    expect(groups.flat()).toEqual(Array.from({ length: TEMPLATE_MONTH_COUNT }, (_, i) => i + 1));
    for (const g of groups) for (let i = 1; i < g.length; i++) expect(g[i]).toBe((g[i - 1] ?? 0) + 1);
  });

  it('merges 6+7 for 7 months and additionally 3+4 for 6 months', () => {
    expect(MONTH_GROUPS[7].filter((g) => g.length > 1)).toEqual([[6, 7]]);
    expect(MONTH_GROUPS[6].filter((g) => g.length > 1)).toEqual([
      [3, 4],
      [6, 7],
    ]);
  });
});
