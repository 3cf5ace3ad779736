import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendOrderedText, readOrderedTexts } from '../../../../src/data/docs/orderedTexts.ts';

const listOf = (doc: Y.Doc) => doc.getMap<unknown>('list');
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('a stored list of texts (sellos of the PEI and of the PME)', () => {
  it('reads entries in the order they were appended, trimmed', () => {
    const doc = new Y.Doc();
    appendOrderedText(listOf(doc), 'z', '  Inclusión ');
    appendOrderedText(listOf(doc), 'a', 'Vida saludable');
    expect(readOrderedTexts(listOf(doc))).toEqual([
      { id: 'z', text: 'Inclusión' },
      { id: 'a', text: 'Vida saludable' },
    ]);
  });

  it('keeps both of two concurrent appends, in the same order on each device (order, then id)', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    appendOrderedText(listOf(a), 'first', 'Uno');
    sync(a, b);
    appendOrderedText(listOf(b), 'b-new', 'Dos de b');
    appendOrderedText(listOf(a), 'a-new', 'Dos de a');
    sync(a, b);
    const expected = ['first', 'a-new', 'b-new'];
    expect(readOrderedTexts(listOf(a)).map((t) => t.id)).toEqual(expected);
    expect(readOrderedTexts(listOf(b)).map((t) => t.id)).toEqual(expected);
  });

  it('leaves out entries that do not fit the stored shape, and appends after the highest valid order', () => {
    const doc = new Y.Doc();
    listOf(doc).set('blank', { text: '', order: 1 });
    listOf(doc).set('garbage', 'not an object');
    listOf(doc).set('kept', { text: 'Arte', order: 7 });
    appendOrderedText(listOf(doc), 'next', 'Deporte');
    expect(readOrderedTexts(listOf(doc))).toEqual([
      { id: 'kept', text: 'Arte' },
      { id: 'next', text: 'Deporte' },
    ]);
    expect(listOf(doc).get('next')).toEqual({ text: 'Deporte', order: 8 });
  });
});
