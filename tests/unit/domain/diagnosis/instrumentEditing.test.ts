import { describe, expect, it } from 'vitest';
import {
  INSTRUMENT_ERROR_MESSAGES,
  addItem,
  adaptForSchool,
  applyEdit,
  moveItem,
  removeItem,
  updateItem,
  validateInstrument,
} from '../../../../src/domain/diagnosis/instrumentEditing.ts';
import type { Instrument } from '../../../../src/domain/diagnosis/model.ts';
import { templateFor } from '../../../../src/domain/diagnosis/templates.ts';

function base(): Instrument {
  return {
    id: 'q',
    group: 'docentes',
    title: 'Cuestionario',
    version: 1,
    items: [
      { id: 'a', kind: 'scale', subdimension: 'LID-2', text: 'A' },
      { id: 'b', kind: 'scale', subdimension: 'GP-1', text: 'B' },
      { id: 'c', kind: 'open', text: 'C' },
    ],
  };
}
const ids = (i: Instrument) => i.items.map((x) => x.id);

describe('addItem', () => {
  it('appends by default and inserts at an index, without touching the input', () => {
    const before = base();
    const snapshot = structuredClone(before);
    const end = addItem(before, { id: 'n', kind: 'open', text: 'N' });
    const at1 = addItem(before, { id: 'n', kind: 'open', text: 'N' }, 1);
    expect(ids(end)).toEqual(['a', 'b', 'c', 'n']);
    expect(ids(at1)).toEqual(['a', 'n', 'b', 'c']);
    expect(before).toEqual(snapshot);
    expect(end).not.toBe(before);
    expect(end.items).not.toBe(before.items);
  });
  it('clamps the index', () => {
    expect(ids(addItem(base(), { id: 'n', kind: 'open', text: 'N' }, -5))).toEqual(['n', 'a', 'b', 'c']);
    expect(ids(addItem(base(), { id: 'n', kind: 'open', text: 'N' }, 99))).toEqual(['a', 'b', 'c', 'n']);
  });
});

describe('updateItem', () => {
  it('changes text and subdimension, keeps id, kind and position', () => {
    const before = base();
    const after = updateItem(before, 'b', { text: 'B2', subdimension: 'GP-2' });
    expect(after.items[1]).toEqual({ id: 'b', kind: 'scale', subdimension: 'GP-2', text: 'B2' });
    expect(before.items[1]).toEqual({ id: 'b', kind: 'scale', subdimension: 'GP-1', text: 'B' });
    expect(after.items[0]).not.toBe(before.items[0]);
  });
  it('ignores a subdimension for an open item and an unknown id', () => {
    expect(updateItem(base(), 'c', { text: 'C2', subdimension: 'FC-2' }).items[2]).toEqual({
      id: 'c',
      kind: 'open',
      text: 'C2',
    });
    expect(updateItem(base(), 'zz', { text: 'x' })).toEqual(base());
  });
});

describe('removeItem and moveItem', () => {
  it('removes without touching the input', () => {
    const before = base();
    expect(ids(removeItem(before, 'a'))).toEqual(['b', 'c']);
    expect(ids(before)).toEqual(['a', 'b', 'c']);
    expect(ids(removeItem(before, 'zz'))).toEqual(['a', 'b', 'c']);
  });
  it('moves an item to its final position', () => {
    const before = base();
    expect(ids(moveItem(before, 'a', 2))).toEqual(['b', 'c', 'a']);
    expect(ids(moveItem(before, 'c', 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveItem(before, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveItem(before, 'b', 50))).toEqual(['a', 'c', 'b']);
    expect(ids(moveItem(before, 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveItem(before, 'zz', 0))).toEqual(['a', 'b', 'c']);
    expect(ids(before)).toEqual(['a', 'b', 'c']);
  });
});

describe('applyEdit', () => {
  it('keeps the version when the current version has no responses', () => {
    const cur = base();
    const next = applyEdit(cur, (i) => updateItem(i, 'a', { text: 'A nuevo' }), false);
    expect(next.version).toBe(1);
    expect(next.items[0]?.text).toBe('A nuevo');
    expect(cur.items[0]?.text).toBe('A');
  });
  it('makes version + 1 when it has responses, and the frozen version is unchanged', () => {
    const cur = { ...base(), version: 3 };
    const snapshot = structuredClone(cur);
    const next = applyEdit(
      cur,
      (i) => removeItem(addItem(i, { id: 'd', kind: 'scale', subdimension: 'FC-2', text: 'D' }, 0), 'c'),
      true,
    );
    expect(next.version).toBe(4);
    expect(next.id).toBe('q');
    expect(ids(next)).toEqual(['d', 'a', 'b']);
    expect(cur).toEqual(snapshot);
  });
  it('protects the current version even from an edit that mutates its argument', () => {
    const cur = base();
    const next = applyEdit(
      cur,
      (i) => {
        i.items.pop();
        i.title = 'X';
        i.id = 'otro';
        return i;
      },
      true,
    );
    expect(ids(cur)).toEqual(['a', 'b', 'c']);
    expect(cur.title).toBe('Cuestionario');
    expect(next).toMatchObject({ id: 'q', title: 'X', version: 2 });
    expect(ids(next)).toEqual(['a', 'b']);
  });
});

describe('adaptForSchool', () => {
  it('copies a template with a new id and version 1', () => {
    const tpl = { ...templateFor('docentes'), version: 2 };
    const own = adaptForSchool(tpl, 'diag-docentes');
    expect(own.id).toBe('diag-docentes');
    expect(own.version).toBe(1);
    expect(own.group).toBe('docentes');
    expect(own.items).toEqual(tpl.items);
    expect(own.items).not.toBe(tpl.items);
    expect(tpl.id).toBe('tpl-docentes');
  });
});

describe('validateInstrument', () => {
  it('accepts a good instrument', () => {
    expect(validateInstrument(base())).toEqual([]);
  });
  it('reports each problem once, in a fixed order', () => {
    expect(validateInstrument({ ...base(), items: [] })).toEqual(['no-items']);
    expect(validateInstrument({ ...base(), items: [{ id: 'c', kind: 'open', text: 'C' }] })).toEqual([
      'no-scale-items',
    ]);
    const bad = addItem(addItem(updateItem(base(), 'a', { text: '   ' }), { id: 'b', kind: 'open', text: 'otra' }), {
      id: 'b',
      kind: 'open',
      text: '',
    });
    expect(validateInstrument(bad)).toEqual(['duplicate-item-id', 'empty-text']);
    expect(validateInstrument({ ...base(), title: ' ' })).toEqual(['empty-text']);
    expect(
      validateInstrument({
        ...base(),
        title: '',
        items: [
          { id: 'x', kind: 'open', text: 'x' },
          { id: 'x', kind: 'open', text: 'y' },
        ],
      }),
    ).toEqual(['no-scale-items', 'duplicate-item-id', 'empty-text']);
  });
  it('has a Spanish message for each code', () => {
    expect(Object.keys(INSTRUMENT_ERROR_MESSAGES).sort()).toEqual([
      'duplicate-item-id',
      'empty-text',
      'no-items',
      'no-scale-items',
    ]);
    expect(INSTRUMENT_ERROR_MESSAGES['no-items']).toBe('El cuestionario no tiene preguntas. Agregue al menos una.');
  });
});
