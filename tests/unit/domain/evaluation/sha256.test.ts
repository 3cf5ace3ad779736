import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8Bytes } from '../../../../src/domain/evaluation/sha256.ts';
import { canonicalJson } from '../../../../src/domain/evaluation/canonicalJson.ts';

describe('SHA-256 in pure TypeScript (acta.ts AV-2)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('FIPS 180-4 vector %#', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it('one million "a"', () => {
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto across block boundaries and on non-ASCII text', () => {
    for (let len = 0; len <= 200; len++) {
      const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 31 + len) & 0xff);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    for (const s of ['Ñuñoa', 'año 2026 — acta «verificada»', '😀 emoji', 'lone \ud800 surrogate']) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      expect([...utf8Bytes(s)]).toEqual([...Buffer.from(s, 'utf8')]);
    }
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, keeps array order, drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: [{ z: true, y: null }, 'ñ'], c: undefined })).toBe(
      '{"a":[{"y":null,"z":true},"ñ"],"b":1}',
    );
  });
  it('is independent of key insertion order', () => {
    expect(canonicalJson({ x: 1, y: { p: 2, q: 3 } })).toBe(canonicalJson({ y: { q: 3, p: 2 }, x: 1 }));
  });
  it.each([[Number.NaN], [Infinity], [undefined], [() => 1], [10n]])('rejects %s', (v) => {
    expect(() => canonicalJson({ v: [v] })).toThrow(TypeError);
  });
});
