import { describe, expect, it } from 'vitest';
import { instrumentSchema, STAKEHOLDER_GROUPS } from '../../../../src/domain/diagnosis/model.ts';
import { READY_MADE_INSTRUMENTS } from '../../../../src/domain/diagnosis/templates.ts';
import { EVALUATION_INSTRUMENTS, evaluationTemplateFor } from '../../../../src/domain/evaluation/templates.ts';

describe('evaluation instruments in the diagnosis model', () => {
  it('one per stakeholder group, in order, each valid for the diagnosis schema', () => {
    expect(EVALUATION_INSTRUMENTS.map((i) => i.group)).toEqual(STAKEHOLDER_GROUPS.map((g) => g.code));
    for (const ins of EVALUATION_INSTRUMENTS) expect(instrumentSchema.safeParse(ins).success).toBe(true);
  });

  it("ids never clash with the diagnosis' instruments or items", () => {
    const diag = new Set(READY_MADE_INSTRUMENTS.flatMap((i) => [i.id, ...i.items.map((x) => x.id)]));
    const ev = EVALUATION_INSTRUMENTS.flatMap((i) => [i.id, ...i.items.map((x) => x.id)]);
    expect(ev.filter((id) => diag.has(id))).toEqual([]);
    expect(new Set(ev).size).toBe(ev.length);
  });

  it('per subdimension an implementation and an effect statement; three open questions', () => {
    for (const ins of EVALUATION_INSTRUMENTS) {
      const scale = ins.items.filter((i) => i.kind === 'scale');
      const subs = [...new Set(scale.map((i) => (i.kind === 'scale' ? i.subdimension : '')))];
      expect(scale).toHaveLength(subs.length * 2);
      for (const sub of subs) {
        const aspects = scale
          .filter((i) => i.kind === 'scale' && i.subdimension === sub)
          .map((i) => /^ev[a-z]+-[A-Z]+[0-9]-([ie])1$/.exec(i.id)?.[1]);
        expect(aspects).toEqual(['i', 'e']); // implementation, then effect
      }
      expect(ins.items.filter((i) => i.kind === 'open')).toHaveLength(3);
    }
    expect(evaluationTemplateFor('docentes').items.find((i) => i.id === 'evdoc-GP2-i1')?.text).toBe(
      'Las acciones del PME de este año sobre la enseñanza y el aprendizaje en el aula se realizaron según lo planificado.',
    );
    expect(EVALUATION_INSTRUMENTS.map((i) => i.items.filter((x) => x.kind === 'scale').length)).toEqual([
      24, 24, 18, 14, 14,
    ]);
  });

  it('templates are frozen; evaluationTemplateFor gives a fresh copy', () => {
    expect(Object.isFrozen(EVALUATION_INSTRUMENTS[0])).toBe(true);
    const copy = evaluationTemplateFor('apoderados');
    copy.items[0]!.text = 'cambiado';
    expect(evaluationTemplateFor('apoderados').items[0]!.text).not.toBe('cambiado');
    expect(copy.id).toBe('eval-apoderados');
  });
});
