// The photo decisions (docs/spec/records.md PH-1…PH-5): EXIF orientation read from the bytes, the
// canvas transform that turns a photo upright, the target size, which bytes are stored, what is
// refused, and what must be redrawn before jspdf can print it.
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../../src/domain/wire/attachments.ts';
import {
  MAX_PHOTO_INPUT_BYTES,
  PHOTO_ACCEPT,
  checkPhotoInput,
  chooseStored,
  jpegOrientation,
  needsPrintConversion,
  needsRework,
  orientationMatrix,
  orientedSize,
  photoName,
  scaledSize,
  withJpegOrientation,
  type Orientation,
} from '../../../../src/domain/photos/index.ts';

const SOI = [0xff, 0xd8];
const APP0 = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]; // JFIF
const SOS_AND_DATA = [0xff, 0xda, 0, 2, 1, 2, 3, 0xff, 0xd9];
const EXIF = [0x45, 0x78, 0x69, 0x66, 0, 0];

/** An APP1 EXIF segment written by hand: IFD0 with `entries` (tag, value) as SHORTs, in either byte order. */
function app1(little: boolean, entries: [number, number][]): number[] {
  const u16 = (v: number) => (little ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) => (little ? [...u16(v & 0xffff), ...u16(v >>> 16)] : [...u16(v >>> 16), ...u16(v & 0xffff)]);
  const tiff = [...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8), ...u16(entries.length)];
  for (const [tag, value] of entries) tiff.push(...u16(tag), ...u16(3), ...u32(1), ...u16(value), 0, 0);
  tiff.push(...u32(0));
  const length = 2 + EXIF.length + tiff.length;
  return [0xff, 0xe1, length >> 8, length & 0xff, ...EXIF, ...tiff];
}

const jpeg = (...segments: number[][]) => new Uint8Array([...SOI, ...segments.flat(), ...SOS_AND_DATA]);

describe('EXIF orientation (PH-1, PH-5)', () => {
  it('PH-1: reads the orientation tag in big- and little-endian EXIF, after a JFIF segment, among other tags', () => {
    expect(jpegOrientation(jpeg(app1(false, [[0x0112, 6]])))).toBe(6);
    expect(
      jpegOrientation(
        jpeg(
          APP0,
          app1(true, [
            [0x010f, 7],
            [0x0112, 8],
          ]),
        ),
      ),
    ).toBe(8);
    expect(jpegOrientation(jpeg(APP0, app1(true, [[0x0112, 3]])))).toBe(3);
  });

  it('PH-1: is 1 without EXIF, for a value out of 1–8, for a non-JPEG, and for EXIF after the scan starts', () => {
    expect(jpegOrientation(jpeg(APP0))).toBe(1);
    expect(jpegOrientation(jpeg(app1(false, [[0x0112, 9]])))).toBe(1);
    expect(jpegOrientation(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(1);
    expect(jpegOrientation(new Uint8Array([...SOI, ...SOS_AND_DATA, ...app1(false, [[0x0112, 6]])]))).toBe(1);
  });

  it('PH-1: a truncated or malformed EXIF block reads as 1, never throws', () => {
    const full = jpeg(app1(false, [[0x0112, 6]]));
    for (let cut = 0; cut < full.length - SOS_AND_DATA.length; cut++) {
      const o = jpegOrientation(full.subarray(0, cut));
      expect([1, 6]).toContain(o);
    }
    expect(jpegOrientation(new Uint8Array([...SOI, 0xff, 0xe1, 0, 1]))).toBe(1);
  });

  it('withJpegOrientation writes a segment that jpegOrientation reads back, for every orientation', () => {
    for (let o = 1; o <= 8; o++) expect(jpegOrientation(withJpegOrientation(jpeg(APP0), o as Orientation))).toBe(o);
  });
});

describe('turning a photo upright on a canvas (PH-1)', () => {
  const apply = (m: number[], x: number, y: number) => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
  // Stored 4 × 2: where the stored top-left corner lands on the upright canvas (EXIF 2.32 table).
  const topLeftGoesTo: Record<Orientation, [number, number]> = {
    1: [0, 0],
    2: [4, 0],
    3: [4, 2],
    4: [0, 2],
    5: [0, 0],
    6: [2, 0],
    7: [2, 4],
    8: [0, 4],
  };

  it.each(Object.entries(topLeftGoesTo))(
    'orientation %s puts the stored top-left corner where EXIF says, and fills the canvas',
    (key, corner) => {
      const o = Number(key) as Orientation;
      const m = orientationMatrix(o, 4, 2);
      expect(apply(m, 0, 0)).toEqual(corner);
      const canvas = orientedSize({ width: 4, height: 2 }, o);
      const corners = [apply(m, 0, 0), apply(m, 4, 0), apply(m, 0, 2), apply(m, 4, 2)];
      expect(Math.min(...corners.map((c) => c[0]!))).toBe(0);
      expect(Math.max(...corners.map((c) => c[0]!))).toBe(canvas.width);
      expect(Math.min(...corners.map((c) => c[1]!))).toBe(0);
      expect(Math.max(...corners.map((c) => c[1]!))).toBe(canvas.height);
    },
  );
});

describe('target size (PH-1)', () => {
  it.each([
    [
      { width: 4000, height: 3000 },
      { width: 2048, height: 1536 },
    ],
    [
      { width: 3000, height: 4000 },
      { width: 1536, height: 2048 },
    ],
    [
      { width: 8000, height: 6000 },
      { width: 2048, height: 1536 },
    ],
    [
      { width: 2049, height: 100 },
      { width: 2048, height: 100 },
    ],
    [
      { width: 10000, height: 2 },
      { width: 2048, height: 1 },
    ],
  ])('PH-1: %o is scaled to %o', (input, expected) => expect(scaledSize(input)).toEqual(expected));

  it('PH-1: never enlarges', () => {
    expect(scaledSize({ width: 2048, height: 2048 })).toEqual({ width: 2048, height: 2048 });
    expect(scaledSize({ width: 320, height: 240 })).toEqual({ width: 320, height: 240 });
  });

  it('PH-1: a sideways or larger photo needs rework; an upright one within the size does not', () => {
    expect(needsRework(6, { width: 100, height: 200 })).toBe(true);
    expect(needsRework(2, { width: 100, height: 200 })).toBe(true);
    expect(needsRework(1, { width: 4000, height: 3000 })).toBe(true);
    expect(needsRework(1, { width: 2048, height: 1536 })).toBe(false);
  });
});

describe('which bytes are stored (PH-2, PH-3)', () => {
  it.each([
    [{ keepOriginal: true, rework: true, originalBytes: 5e6, encodedBytes: 5e5 }, 'original'],
    [{ keepOriginal: false, rework: true, originalBytes: 5e6, encodedBytes: 5e5 }, 'encoded'],
    [{ keepOriginal: false, rework: true, originalBytes: 1e5, encodedBytes: 2e5 }, 'encoded'],
    [{ keepOriginal: false, rework: false, originalBytes: 1e5, encodedBytes: 2e5 }, 'original'],
    [{ keepOriginal: false, rework: false, originalBytes: 1e5, encodedBytes: 1e5 }, 'original'],
    [{ keepOriginal: false, rework: false, originalBytes: 3e5, encodedBytes: 1e5 }, 'encoded'],
    [{ keepOriginal: false, rework: false, originalBytes: 3e5, encodedBytes: null }, 'original'],
  ] as const)('PH-2/PH-3: %o → %s', (input, expected) => expect(chooseStored(input)).toBe(expected));
});

describe('what is refused before decoding (PH-4)', () => {
  it('PH-4: empty, unknown type, too large as input, too large to keep as original', () => {
    expect(checkPhotoInput({ bytes: 0, type: 'image/jpeg', keepOriginal: false })).toBe('empty');
    expect(checkPhotoInput({ bytes: 10, type: null, keepOriginal: false })).toBe('unsupported-type');
    expect(checkPhotoInput({ bytes: MAX_PHOTO_INPUT_BYTES + 1, type: 'image/jpeg', keepOriginal: false })).toBe(
      'too-large',
    );
    expect(checkPhotoInput({ bytes: MAX_ATTACHMENT_BYTES + 1, type: 'image/jpeg', keepOriginal: false })).toBeNull();
    expect(checkPhotoInput({ bytes: MAX_ATTACHMENT_BYTES + 1, type: 'image/jpeg', keepOriginal: true })).toBe(
      'too-large-original',
    );
    expect(checkPhotoInput({ bytes: MAX_ATTACHMENT_BYTES, type: 'image/webp', keepOriginal: true })).toBeNull();
  });

  it('PH-4: the inputs accept the three types the relay stores', () => {
    expect(PHOTO_ACCEPT.split(',').sort()).toEqual(['image/jpeg', 'image/png', 'image/webp']);
  });

  it('the kept name follows the stored type', () => {
    expect(photoName('pizarra.PNG', 'image/jpeg')).toBe('pizarra.jpg');
    expect(photoName('IMG_0001.JPG', 'image/jpeg')).toBe('IMG_0001.JPG');
    expect(photoName('foto.jpeg', 'image/jpeg')).toBe('foto.jpeg');
    expect(photoName('sin extension', 'image/jpeg')).toBe('sin extension.jpg');
    expect(photoName('a.b.webp', 'image/webp')).toBe('a.b.webp');
    expect(photoName('  ', 'image/jpeg')).toBeUndefined();
    expect(photoName(undefined, 'image/png')).toBeUndefined();
  });
});

describe('what must be redrawn to print (PH-5)', () => {
  it('PH-5: WebP and turned JPEGs; upright JPEG and PNG print as stored', () => {
    expect(needsPrintConversion('image/webp', 1)).toBe(true);
    expect(needsPrintConversion('image/jpeg', 6)).toBe(true);
    expect(needsPrintConversion('image/jpeg', 3)).toBe(true);
    expect(needsPrintConversion('image/jpeg', 1)).toBe(false);
    expect(needsPrintConversion('image/png', 1)).toBe(false);
  });
});
