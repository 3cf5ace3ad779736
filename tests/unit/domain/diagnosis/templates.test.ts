import { describe, expect, it } from 'vitest';
import { validateInstrument } from '../../../../src/domain/diagnosis/instrumentEditing.ts';
import { instrumentSchema, type Instrument, type StakeholderGroup } from '../../../../src/domain/diagnosis/model.ts';
import { READY_MADE_INSTRUMENTS, templateFor } from '../../../../src/domain/diagnosis/templates.ts';

const ALL_12 = ['LID-1', 'LID-2', 'LID-3', 'GP-1', 'GP-2', 'GP-3', 'FC-1', 'FC-2', 'FC-3', 'GR-1', 'GR-2', 'GR-3'];

function subsOf(t: Instrument): string[] {
  return [...new Set(t.items.flatMap((i) => (i.kind === 'scale' ? [i.subdimension] : [])))].sort();
}
function countPerSub(t: Instrument): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of t.items) if (i.kind === 'scale') m.set(i.subdimension, (m.get(i.subdimension) ?? 0) + 1);
  return m;
}

describe('ready-made instruments', () => {
  it('has exactly one template per stakeholder group, in this order, with the ids tpl-<group>', () => {
    expect(READY_MADE_INSTRUMENTS.map((t) => [t.group, t.id, t.version])).toEqual([
      ['directivos', 'tpl-directivos', 1],
      ['docentes', 'tpl-docentes', 1],
      ['asistentes', 'tpl-asistentes', 1],
      ['estudiantes', 'tpl-estudiantes', 1],
      ['apoderados', 'tpl-apoderados', 1],
    ]);
  });

  it.each(READY_MADE_INSTRUMENTS.map((t) => [t.id, t] as const))(
    '%s passes instrumentSchema and validateInstrument',
    (_id, t) => {
      expect(instrumentSchema.safeParse(t).success).toBe(true);
      expect(validateInstrument(t)).toEqual([]);
    },
  );

  it('has item ids unique across all templates', () => {
    const ids = READY_MADE_INSTRUMENTS.flatMap((t) => t.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(100);
  });

  it('uses the stable item id pattern', () => {
    const doc = templateFor('docentes');
    expect(doc.items[0]).toMatchObject({ id: 'doc-LID1-1', kind: 'scale', subdimension: 'LID-1' });
    expect(doc.items.find((i) => i.id === 'doc-LID2-1')).toMatchObject({ kind: 'scale', subdimension: 'LID-2' });
    expect(doc.items.find((i) => i.id === 'doc-ab-1')).toEqual({
      id: 'doc-ab-1',
      kind: 'open',
      text: '¿Qué es lo que mejor hace nuestro establecimiento?',
    });
    for (const t of READY_MADE_INSTRUMENTS) {
      for (const i of t.items) {
        if (i.kind === 'scale') expect(i.id).toMatch(new RegExp(`^[a-z]{3}-${i.subdimension.replace('-', '')}-[1-3]$`));
        else expect(i.id).toMatch(/^[a-z]{3}-ab-[1-3]$/);
      }
    }
  });

  it('covers the promised subdimensions', () => {
    const bySubs = Object.fromEntries(READY_MADE_INSTRUMENTS.map((t) => [t.group, subsOf(t)]));
    expect(bySubs.directivos).toEqual([...ALL_12].sort());
    expect(bySubs.docentes).toEqual([...ALL_12].sort());
    expect(bySubs.asistentes).toEqual(['FC-1', 'FC-2', 'FC-3', 'GP-3', 'GR-1', 'GR-3', 'LID-1', 'LID-2', 'LID-3']);
    expect(bySubs.estudiantes).toEqual(['FC-1', 'FC-2', 'FC-3', 'GP-2', 'GP-3', 'GR-3', 'LID-2']);
    expect(bySubs.apoderados).toEqual(['FC-1', 'FC-2', 'FC-3', 'GP-2', 'GP-3', 'GR-3', 'LID-2']);
  });

  it('has 2–3 scale items per covered subdimension and 2–3 open questions, scale items first', () => {
    for (const t of READY_MADE_INSTRUMENTS) {
      for (const [sub, n] of countPerSub(t)) expect([sub, n >= 2 && n <= 3]).toEqual([sub, true]);
      const open = t.items.filter((i) => i.kind === 'open');
      expect(open.length).toBeGreaterThanOrEqual(2);
      expect(open.length).toBeLessThanOrEqual(3);
      const firstOpen = t.items.findIndex((i) => i.kind === 'open');
      expect(t.items.slice(firstOpen).every((i) => i.kind === 'open')).toBe(true);
    }
  });

  it('has the expected item counts per template', () => {
    expect(READY_MADE_INSTRUMENTS.map((t) => t.items.length)).toEqual([39, 34, 24, 19, 19]);
  });

  it('speaks to estudiantes with "tú" and to adults with "usted"', () => {
    const text = (g: StakeholderGroup) =>
      templateFor(g)
        .items.map((i) => i.text)
        .join(' ');
    expect(text('estudiantes')).toMatch(/\btu colegio\b/);
    expect(text('estudiantes')).not.toMatch(/\busted\b/);
    expect(text('docentes')).toMatch(/\busted\b/);
    expect(text('apoderados')).toMatch(/\busted\b/);
  });

  it('templateFor returns a copy: changing it does not change the template', () => {
    const a = templateFor('apoderados');
    a.items[0] = { id: 'x', kind: 'open', text: 'cambiado' };
    a.title = 'otro';
    const b = templateFor('apoderados');
    expect(b.items[0]?.id).toBe('apo-LID2-1');
    expect(b.title).toBe('Cuestionario para apoderados');
    expect(Object.isFrozen(READY_MADE_INSTRUMENTS[4])).toBe(true);
  });
});
