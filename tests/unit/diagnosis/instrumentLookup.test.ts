import { describe, expect, it } from 'vitest';
import { applyEdit, updateItem } from '../../../src/domain/diagnosis/instrumentEditing.ts';
import { buildItemIndex } from '../../../src/domain/diagnosis/instrumentLookup.ts';
import type { Instrument } from '../../../src/domain/diagnosis/model.ts';

const v1: Instrument = {
  id: 'diag-docentes',
  group: 'docentes',
  title: 'Docentes',
  version: 1,
  items: [
    { id: 'doc-LID2-1', kind: 'scale', subdimension: 'LID-2', text: 'El director comunica las metas.' },
    { id: 'doc-ab-1', kind: 'open', text: '¿Qué mejoraría?' },
  ],
};
// v2 rewords doc-LID2-1 and moves it to LID-3 (a frozen v1 had responses).
const v2 = applyEdit(
  v1,
  (i) => updateItem(i, 'doc-LID2-1', { text: 'El director comunica las metas del PME.', subdimension: 'LID-3' }),
  true,
);
const other: Instrument = {
  id: 'diag-apoderados',
  group: 'apoderados',
  title: 'Apoderados',
  version: 1,
  items: [{ id: 'doc-LID2-1', kind: 'scale', subdimension: 'FC-2', text: 'Otra pregunta con el mismo id.' }],
};

describe('buildItemIndex', () => {
  const lookup = buildItemIndex([v2, other, v1]);

  it('finds each version with its own wording', () => {
    expect(v2.version).toBe(2);
    expect(lookup('diag-docentes', 1, 'doc-LID2-1')).toEqual({
      id: 'doc-LID2-1',
      kind: 'scale',
      subdimension: 'LID-2',
      text: 'El director comunica las metas.',
    });
    expect(lookup('diag-docentes', 2, 'doc-LID2-1')).toEqual({
      id: 'doc-LID2-1',
      kind: 'scale',
      subdimension: 'LID-3',
      text: 'El director comunica las metas del PME.',
    });
    expect(lookup('diag-docentes', 2, 'doc-ab-1')).toEqual({ id: 'doc-ab-1', kind: 'open', text: '¿Qué mejoraría?' });
  });

  it('keeps instruments apart and returns undefined for anything unknown', () => {
    expect(lookup('diag-apoderados', 1, 'doc-LID2-1')?.text).toBe('Otra pregunta con el mismo id.');
    expect(lookup('diag-docentes', 3, 'doc-LID2-1')).toBeUndefined();
    expect(lookup('diag-docentes', 1, 'nope')).toBeUndefined();
    expect(lookup('nope', 1, 'doc-LID2-1')).toBeUndefined();
  });

  it('first occurrence wins for a repeated version and a repeated item id', () => {
    const dup: Instrument = {
      ...v1,
      items: [
        { id: 'x', kind: 'open', text: 'primero' },
        { id: 'x', kind: 'open', text: 'segundo' },
      ],
    };
    const l = buildItemIndex([dup, v1]);
    expect(l('diag-docentes', 1, 'x')?.text).toBe('primero');
    expect(l('diag-docentes', 1, 'doc-LID2-1')).toBeUndefined();
  });

  it('is not affected by later changes to the input array', () => {
    const list = [v1];
    const l = buildItemIndex(list);
    list.push(v2);
    expect(l('diag-docentes', 2, 'doc-LID2-1')).toBeUndefined();
  });
});
