// YS-3: a burst typed over a base is merged into what is stored at commit time.
import { describe, expect, it } from 'vitest';
import { rebaseText, spliceBetween } from '../../../../src/domain/shared/textRebase.ts';

describe('rebaseText (YS-3)', () => {
  const cases: [title: string, base: string, local: string, current: string, expected: string][] = [
    ['nothing stored meanwhile: the local text', 'Hola', 'Hola mundo', 'Hola', 'Hola mundo'],
    ['nothing typed: the stored text', 'Hola', 'Hola', 'Hola Ana', 'Hola Ana'],
    ['typed before the other edit: both kept', 'uno dos tres', 'UNO dos tres', 'uno dos tres!', 'UNO dos tres!'],
    [
      'typed after the other edit: shifted past it',
      'uno dos tres',
      'uno dos TRES',
      'el uno dos tres',
      'el uno dos TRES',
    ],
    ['same spot, both inserting: local first', 'ab', 'aXb', 'aYb', 'aXYb'],
    ['adjacent spans merge by character', 'el gato negro', 'el perro negro', 'el gatito negro', 'el perrito negro'],
    [
      'overlapping spans: the local text wins the span',
      'el gato negro',
      'el perro negro',
      'el gorro negro',
      'el perro negro',
    ],
    ['overlap: the union as typed locally', 'abcdef', 'aXYdef', 'abQf', 'aXYdef'],
    ['overlap, other edit longer: what lies past the union is kept', 'abcdefgh', 'aXcdefgh', 'aQQQdefgh', 'aXcdefgh'],
    ['deleted elsewhere, typed elsewhere', 'uno dos tres', 'uno dos tres cuatro', 'uno tres', 'uno tres cuatro'],
    ['everything cleared locally', 'texto', '', 'texto más', ' más'],
  ];
  it.each(cases)('YS-3: %s', (_title, base, local, current, expected) => {
    expect(rebaseText(base, local, current)).toBe(expected);
  });

  it('YS-3: never splits an emoji (a surrogate pair)', () => {
    expect(spliceBetween('a😀b', 'a😃b')).toEqual({ start: 1, end: 3, insert: '😃' });
    expect(rebaseText('a😀b', 'a😃b', 'a😀b!')).toBe('a😃b!');
  });

  it('YS-3: equal texts are no splice', () => {
    expect(spliceBetween('igual', 'igual')).toBeNull();
  });
});
