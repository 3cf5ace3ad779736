// MX-4, MX-5: each month of the asesoría shows the standard programme's contents, also when it is
// compressed, and a new session's agenda starts from them.
import { describe, expect, it } from 'vitest';
import {
  agendaFromMonth,
  CROSS_CUTTING_CONTENTS,
  layoutProgramme,
  monthContents,
  PROGRAMME_TEMPLATE,
  SESSION_AGENDA_MAX,
} from '../../../../src/domain/programme/index.ts';

describe('MX-4 monthContents', () => {
  it('gives every month of the 8-month programme its template workshops and deliverables', () => {
    const plan = layoutProgramme('2026-03-16', 8, 80);
    plan.forEach((m, i) => {
      const t = PROGRAMME_TEMPLATE[i]!;
      const c = monthContents(m);
      expect(c.theme).toBe(t.theme);
      expect(c.workshops).toEqual(t.workshops);
      expect(c.deliverables).toHaveLength(t.deliverables.length);
      expect(c.crossCutting).toEqual(CROSS_CUTTING_CONTENTS);
    });
    expect(monthContents(plan[0]!).workshops).toEqual(
      expect.arrayContaining(['Contextualización SAC y modelo de procesos', 'Articulación PEI–planes']),
    );
    expect(monthContents(plan[0]!).deliverables).toEqual(['Informe Diagnóstico Participativo']);
    expect(monthContents(plan[1]!).deliverables).toEqual([]);
  });

  it('keeps the merged months’ workshops and deliverables when the programme is compressed to 6', () => {
    const plan = layoutProgramme('2026-03-16', 6, 80);
    const third = monthContents(plan[2]!);
    expect(third.workshops).toEqual([...PROGRAMME_TEMPLATE[2]!.workshops, ...PROGRAMME_TEMPLATE[3]!.workshops]);
    expect(third.deliverables).toEqual(['Borrador PME', 'Herramientas de monitoreo']);
    const all = plan.flatMap((m) => monthContents(m).deliverables);
    expect(all).toHaveLength(8);
  });
});

describe('MX-5 agendaFromMonth', () => {
  it('lists the month, its theme, its numbered workshops, deliverables and the cross-cutting contents', () => {
    const m = layoutProgramme('2026-03-16', 8, 80)[2]!;
    expect(agendaFromMonth(m).split('\n')).toEqual([
      `Mes 3 del programa: ${m.theme}`,
      ...m.workshops.map((w, i) => `${i + 1}. ${w}`),
      'Entregables del mes: Borrador PME; Herramientas de monitoreo',
      `Contenidos transversales: ${CROSS_CUTTING_CONTENTS.join('; ')}`,
    ]);
  });

  it('stays within the agenda’s limit even for a month with very many workshops', () => {
    const m = layoutProgramme('2026-03-16', 8, 80)[0]!;
    const long = { ...m, workshops: Array.from({ length: 40 }, (_, i) => `Taller ${i} ${'x'.repeat(200)}`) };
    expect(agendaFromMonth(long).length).toBe(SESSION_AGENDA_MAX);
  });
});
