// The transfer file's format (docs/spec/transfer.md): a round trip, and every way a file can be
// wrong — corrupted, truncated, foreign, a newer version, bytes that do not match their hashes.
import { describe, expect, it } from 'vitest';
import {
  decodeTransferFile,
  encodeTransferFile,
  refusedSchools,
  type TransferInput,
} from '../../../../src/domain/transfer/index.ts';
import { TRANSFER_VERSION } from '../../../../src/domain/transfer/format.ts';
import { sha256Hex } from '../../../../src/domain/evaluation/sha256.ts';
import type { DocName, SchoolId } from '../../../../src/domain/wire/documentNames.ts';

const S7423 = '7423' as SchoolId;
const S5834 = '5834' as SchoolId;
const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);

function input(): TransferInput {
  return {
    user: { id: 'u1', username: 'ana', displayName: 'Ana Rojas', role: 'asesor' },
    device: { id: 'dev-1', description: 'Chromium on a tablet' },
    now: new Date('2026-11-30T21:30:00Z'),
    schoolNames: new Map([[S7423, 'Escuela Rural Los Aromos']]),
    docs: [
      { name: 'school:7423:profile' as DocName, update: new Uint8Array([1, 2, 3, 200, 0]) },
      { name: 'school:5834:programme' as DocName, update: new Uint8Array([9, 9, 9]) },
    ],
    attachments: [{ hash: sha256Hex(photo), type: 'image/jpeg', size: photo.length, schools: [S7423], bytes: photo }],
  };
}

const { text, manifest } = await encodeTransferFile(input(), sha256Hex);
/** Reads with the domain's own SHA-256 (the device passes WebCrypto's). */
const decode = (t: string) => decodeTransferFile(t, sha256Hex);

describe('EX-10: the transfer file round trip', () => {
  it('gives back every document, attachment and the manifest (who, device, when, schools, hashes, version)', async () => {
    const read = await decode(text);
    if (!read.ok) throw new Error(read.detail);
    expect(read.contents.manifest).toEqual(manifest);
    expect(read.contents.docs.map((d) => [d.name, [...d.update]])).toEqual([
      ['school:7423:profile', [1, 2, 3, 200, 0]],
      ['school:5834:programme', [9, 9, 9]],
    ]);
    expect(read.contents.attachments.map((a) => [...a.bytes])).toEqual([[...photo]]);
    expect(manifest.user.username).toBe('ana');
    expect(manifest.device.id).toBe('dev-1');
    expect(manifest.createdAt).toBe('2026-11-30T21:30:00.000Z');
    expect(manifest.schools).toEqual([
      { schoolId: S5834, name: '' },
      { schoolId: S7423, name: 'Escuela Rural Los Aromos' },
    ]);
    expect(manifest.docs[0]).toMatchObject({
      kind: 'profile',
      bytes: 5,
      sha256: sha256Hex(new Uint8Array([1, 2, 3, 200, 0])),
    });
    expect(JSON.parse(text).version).toBe(TRANSFER_VERSION);
  });
});

describe('EX-11: a file that is not whole and ours is refused, with its own code', () => {
  it('a truncated file (cut anywhere) is "truncated"', async () => {
    for (const cut of [40, Math.floor(text.length / 2), text.length - 3]) {
      const read = await decode(text.slice(0, cut));
      expect(read).toMatchObject({ ok: false, error: 'truncated' });
      if (!read.ok) expect(read.detail).toMatch(/cut short/);
    }
  });

  it('a foreign file (another JSON, a PDF, an empty file) is "foreign"', async () => {
    for (const other of ['{"name":"x"}', '%PDF-1.7\n…', '', '[1,2,3]']) {
      expect(await decode(other)).toMatchObject({
        ok: false,
        error: 'foreign',
        detail: expect.stringMatching(/not a/),
      });
    }
  });

  it('a document whose bytes were altered is "hash-mismatch" naming it; a photo too', async () => {
    const file = JSON.parse(text);
    file.docs[1].update = btoa(String.fromCharCode(9, 9, 8));
    expect(await decode(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: 'hash-mismatch',
      detail: expect.stringContaining('school:5834:programme'),
    });
    const photoAltered = JSON.parse(text);
    photoAltered.attachments[0].data = btoa(String.fromCharCode(...photo.slice(0, -1), 0));
    expect(await decode(JSON.stringify(photoAltered))).toMatchObject({ ok: false, error: 'hash-mismatch' });
  });

  it('a corrupted file (broken JSON, missing entries, a school not in the manifest) is "corrupted"', async () => {
    const broken = text.replace('"manifest":{', '"manifest":{{');
    expect(await decode(broken)).toMatchObject({ ok: false, error: 'corrupted' });
    const dropped = JSON.parse(text);
    dropped.docs.pop();
    expect(await decode(JSON.stringify(dropped))).toMatchObject({ ok: false, error: 'corrupted' });
    const unlisted = JSON.parse(text);
    unlisted.manifest.schools = unlisted.manifest.schools.slice(1);
    expect(await decode(JSON.stringify(unlisted))).toMatchObject({
      ok: false,
      error: 'corrupted',
      detail: expect.stringContaining('5834'),
    });
    const renamed = JSON.parse(text);
    renamed.docs[0].name = 'school:9999:profile';
    expect(await decode(JSON.stringify(renamed))).toMatchObject({ ok: false, error: 'corrupted' });
  });

  it('a newer format version is "unsupported-version"', async () => {
    const newer = text.replace(`"version":${TRANSFER_VERSION}`, '"version":99');
    expect(await decode(newer)).toMatchObject({ ok: false, error: 'unsupported-version' });
  });
});

describe('EX-13: who may import which schools', () => {
  const schools = [S7423, S5834];
  it('admin and coordinador every school; others only what the relay listed, an asesor also a claimable one', () => {
    const none = new Set<SchoolId>();
    expect(refusedSchools(schools, { role: 'coordinador', granted: null, claimable: none })).toEqual([]);
    expect(refusedSchools(schools, { role: 'admin', granted: none, claimable: none })).toEqual([]);
    expect(refusedSchools(schools, { role: 'asesor', granted: new Set([S7423]), claimable: none })).toEqual([S5834]);
    expect(refusedSchools(schools, { role: 'asesor', granted: new Set([S7423]), claimable: new Set([S5834]) })).toEqual(
      [],
    );
    expect(
      refusedSchools(schools, { role: 'escuela', granted: new Set([S7423]), claimable: new Set([S5834]) }),
    ).toEqual([S5834]);
    expect(refusedSchools(schools, { role: 'asesor', granted: null, claimable: none })).toEqual(schools);
  });
});
