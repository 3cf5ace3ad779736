// MX-6: a herramienta de monitoreo printed as a blank form: the PDF (jspdf in Node, read back with
// pdftotext) carries exactly the content the domain builds — school, corte, the actions the monitoring
// plan checks with it and their medios de verificación with a box each, every field with its answer
// boxes, and the signature line — and nothing of the actions it does not cover.
import { describe, expect, it } from 'vitest';
import { monitoringPlanSchema } from '../../../../src/domain/monitoring/plan.ts';
import {
  BOX,
  SIGNATURE_LABELS,
  actionsOfInstrument,
  blankFormContent,
} from '../../../../src/domain/monitoring/report/blankForm.ts';
import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../../../src/domain/monitoring/templates.ts';
import { renderBlankFormPdf } from '../../../../src/features/monitoring/report/renderBlankForm.ts';
import { buildPlan, SCHOOL } from '../../domain/pme/planFixture.ts';
import { CYCLES } from '../../domain/monitoring/fixtures.ts';
import { pdfFlatText } from '../../../support/pdfText.ts';

const pme = buildPlan();
const instrument = instrumentFromTemplate(INSTRUMENT_TEMPLATES[0]!, 'inst-1');
const entry = (actionId: string, instrumentId: string | null) => ({
  id: `e-${actionId}`,
  target: { kind: 'action' as const, actionId },
  cargo: 'Jefe/a de UTP',
  frequency: 'trimestral' as const,
  instrumentId,
  dataSource: '',
});
const plan = monitoringPlanSchema.parse({
  year: 2026,
  yearStart: '2026-03-01',
  yearEnd: '2026-12-20',
  entries: [entry('a1', 'inst-1'), entry('a3', 'inst-1'), entry('a2', null)],
});
const input = { school: SCHOOL, instrument, pme, plan, corte: CYCLES[1]!, year: 2026, date: '2026-06-03' };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('MX-6 blank monitoring form', () => {
  it('covers the actions the monitoring plan checks with the instrument, in the PME document order', () => {
    const covered = actionsOfInstrument(pme, plan, 'inst-1', 2026).map((a) => a.id);
    expect(covered.sort()).toEqual(['a1', 'a3']);
    expect(actionsOfInstrument(pme, null, 'inst-1', 2026)).toEqual([]);
  });

  it('prints what the domain builds: identity, corte, actions with their medios, fields and signature', async () => {
    const content = blankFormContent(input);
    expect(content.corte).toBe('Corte 2 2026 (01-06-2026 a 31-08-2026)');
    expect(content.fields).toHaveLength(instrument.fields.length);
    const text = squash(await pdfFlatText(renderBlankFormPdf(content)));
    for (const s of [content.title, content.school, content.rbd, content.corte, content.printed]) {
      expect(text).toContain(squash(s));
    }
    for (const a of content.actions) {
      expect(text).toContain(squash(a.name));
      for (const m of a.means) expect(text).toContain(squash(`${BOX} ${m}`));
    }
    const uncovered = pme.actions.find((a) => a.id === 'a2')!;
    expect(text).not.toContain(uncovered.nombre);
    for (const f of content.fields) {
      expect(text).toContain(squash(f.label));
      if (f.answer) expect(text).toContain(squash(f.answer));
    }
    for (const s of SIGNATURE_LABELS) expect(text).toContain(`${s}: ____`);
  });

  it('leaves the corte to write by hand when none is chosen, and shapes the answers by field kind', () => {
    const content = blankFormContent({ ...input, corte: null });
    expect(content.corte).toMatch(/^_+ 2026$/);
    const byLabel = new Map(instrument.fields.map((f, i) => [f.kind, content.fields[i]!]));
    expect(byLabel.get('yesNo')?.answer).toBe(`${BOX} Sí    ${BOX} No`);
    expect(byLabel.get('percentage')?.answer).toContain('% (0 a 100)');
    const text = byLabel.get('longText');
    if (text) expect([text.answer, text.lines]).toEqual(['', 6]);
  });
});
