// The attachment wire vocabulary (docs/spec/sync.md S-13, S-15): magic-byte sniffing, the ref
// schema documents store, and the path grammar the relay parses.
import { describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES,
  attachmentPath,
  attachmentRefSchema,
  attachmentStatusPath,
  parseAttachmentPath,
  sniffImageType,
} from '../../../../src/domain/wire/attachments.ts';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
const HASH = 'a'.repeat(64);

describe('S-15 sniffImageType', () => {
  it.each([
    ['PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'image/png'],
    ['JPEG (JFIF)', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF'), 'image/jpeg'],
    ['JPEG (Exif)', bytes(0xff, 0xd8, 0xff, 0xe1), 'image/jpeg'],
    ['WebP', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
    ['RIFF that is not WebP (WAV)', bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '), null],
    ['GIF', bytes('GIF89a'), null],
    ['text claiming to be an image', bytes('<svg xmlns="http://www.w3.org/2000/svg">'), null],
    ['a truncated PNG signature', bytes(0x89, 'PNG', 0x0d, 0x0a), null],
    ['nothing', bytes(), null],
  ])('%s', (_name, input, expected) => {
    expect(sniffImageType(input)).toBe(expected);
  });
});

describe('S-13 attachmentRefSchema', () => {
  it('accepts what a document stores and refuses the rest', () => {
    expect(attachmentRefSchema.parse({ hash: HASH, type: 'image/jpeg', size: 1, name: 'pizarra.jpg' })).toEqual({
      hash: HASH,
      type: 'image/jpeg',
      size: 1,
      name: 'pizarra.jpg',
    });
    expect(attachmentRefSchema.safeParse({ hash: HASH, type: 'image/png', size: MAX_ATTACHMENT_BYTES }).success).toBe(
      true,
    );
    for (const bad of [
      { hash: HASH.toUpperCase(), type: 'image/png', size: 1 },
      { hash: HASH.slice(1), type: 'image/png', size: 1 },
      { hash: HASH, type: 'image/gif', size: 1 },
      { hash: HASH, type: 'image/png', size: 0 },
      { hash: HASH, type: 'image/png', size: MAX_ATTACHMENT_BYTES + 1 },
      { hash: HASH, type: 'image/png', size: 1.5 },
      { hash: HASH, type: 'image/png', size: 1, name: 'x'.repeat(201) },
    ]) {
      expect(attachmentRefSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});

describe('S-14 attachment paths', () => {
  it('round-trips the paths it builds and refuses anything else', () => {
    expect(parseAttachmentPath(attachmentPath('7423', HASH))).toEqual({ schoolId: '7423', hash: HASH, status: false });
    expect(parseAttachmentPath(attachmentStatusPath('7423', HASH))).toEqual({
      schoolId: '7423',
      hash: HASH,
      status: true,
    });
    for (const path of [
      '/api/attachments',
      '/api/attachments/7423',
      `/api/attachments/07423/${HASH}`,
      `/api/attachments/74a3/${HASH}`,
      `/api/attachments/7423/${HASH}/other`,
      `/api/attachments/7423/${HASH}/status/x`,
      `/api/attachments/7423/${HASH.slice(2)}`,
      `/api/attachments/7423/../${HASH}`,
      `/api/other/7423/${HASH}`,
    ]) {
      expect(parseAttachmentPath(path), path).toBeNull();
    }
  });
});
