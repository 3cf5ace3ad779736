import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextChange } from '../../../src/data/textDiff.ts';

function textDoc(initial: string): { doc: Y.Doc; text: Y.Text } {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  return { doc, text };
}

describe('applyTextChange', () => {
  it.each([
    ['insert in the middle', 'Liceo Carrera', 'Liceo José Carrera'],
    ['delete in the middle', 'Liceo José Carrera', 'Liceo Carrera'],
    ['replace a word', 'Escuela Básica 12', 'Escuela Rural 12'],
    ['same text', 'Colegio', 'Colegio'],
    ['empty → text', '', 'Colegio Santa Fe'],
    ['text → empty', 'Colegio Santa Fe', ''],
    ['accents and ñ', 'Vicuna', 'Vicuña'],
    ['repeated letters', 'aaa', 'aaaa'],
    ['astral characters', 'Nota 📚 fin', 'Nota 📚📝 fin'],
  ])('%s', (_case, before, after) => {
    const { text } = textDoc(before);
    applyTextChange(text, after);
    expect(text.toString()).toBe(after);
  });

  // Emoji are two UTF-16 units; a splice between them would leave each half as U+FFFD.
  it.each([
    ['same high half, other low half', 'a😀b', 'a😁b'],
    ['emoji alone', '😀', '😁'],
    ['emoji at the start', '😀 fin', '😁 fin'],
    ['same low half, other high half', 'x😀', 'x🈀'],
    ['emoji added after an emoji', 'x😀', 'x😀😁'],
  ])('does not split an emoji: %s', (_case, before, after) => {
    const { doc, text } = textDoc(before);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    applyTextChange(text, after);
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(replica)));
    expect(text.toString()).toBe(after);
    expect(replica.getText('t').toString()).toBe(after);
  });

  it('makes no change (no update) when the text is the same', () => {
    const { doc, text } = textDoc('Colegio');
    let updates = 0;
    doc.on('update', () => updates++);
    applyTextChange(text, 'Colegio');
    expect(updates).toBe(0);
  });

  it('keeps the common prefix and suffix: one splice, not a rewrite', () => {
    const { text } = textDoc('Liceo Carrera');
    const deltas: unknown[] = [];
    text.observe((e) => deltas.push(e.delta));
    applyTextChange(text, 'Liceo José Carrera');
    expect(deltas).toEqual([[{ retain: 6 }, { insert: 'José ' }]]);
  });
});

describe('applyTextChange merge property', () => {
  it('two replicas editing the start and the end of the same text both keep both edits', () => {
    const a = textDoc('');
    a.text.insert(0, 'Escuela de Lenguaje');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    const bText = b.getText('t');

    applyTextChange(a.text, 'Nueva Escuela de Lenguaje');
    applyTextChange(bText, 'Escuela de Lenguaje Rayito de Sol');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b)));
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a.doc)));

    expect(a.text.toString()).toBe('Nueva Escuela de Lenguaje Rayito de Sol');
    expect(bText.toString()).toBe('Nueva Escuela de Lenguaje Rayito de Sol');
  });
});
