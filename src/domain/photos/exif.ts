// EXIF orientation of a JPEG, read from its APP1 segment: the tag a camera writes instead of
// turning the pixels (1 = as stored, 2–8 = mirrored and/or turned). Pure byte reading, shared by
// the photo step (is a turn needed?) and the print step (is the stored JPEG sideways?).

export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const ORIENTATION_TAG = 0x0112;
const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);

/** The orientation in the TIFF block that starts at `tiff`; 1 when it has none or is malformed. */
function tiffOrientation(b: Uint8Array, tiff: number, end: number): Orientation {
  const little = b[tiff] === 0x49 && b[tiff + 1] === 0x49; // "II"; "MM" is big-endian
  if (!little && !(b[tiff] === 0x4d && b[tiff + 1] === 0x4d)) return 1;
  const u16 = (i: number) => (little ? (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) : u16be(b, i));
  const u32 = (i: number) => (little ? u16(i) + u16(i + 2) * 0x10000 : u16(i) * 0x10000 + u16(i + 2));
  if (u16(tiff + 2) !== 42) return 1;
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const entries = u16(ifd);
  for (let k = 0; k < entries; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > end) return 1;
    if (u16(e) !== ORIENTATION_TAG) continue;
    const value = u16(e + 8); // type SHORT, count 1: the value sits in the entry itself
    return value >= 1 && value <= 8 ? (value as Orientation) : 1;
  }
  return 1;
}

/** The EXIF orientation of a JPEG; 1 for anything else, no EXIF, or a malformed header. */
export function jpegOrientation(b: Uint8Array): Orientation {
  if (b[0] !== 0xff || b[1] !== 0xd8) return 1;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return 1;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return 1; // scan data or end: no more metadata
    const length = u16be(b, i + 2);
    if (length < 2) return 1;
    const body = i + 4;
    if (marker === 0xe1 && EXIF_HEADER.every((v, k) => b[body + k] === v))
      return tiffOrientation(b, body + 6, Math.min(b.length, i + 2 + length));
    i += 2 + length;
  }
  return 1;
}

/**
 * The canvas transform (a, b, c, d, e, f) that draws an image stored `w` × `h` upright, for a
 * canvas of the oriented size (h × w when the axes swap).
 */
export function orientationMatrix(
  o: Orientation,
  w: number,
  h: number,
): [number, number, number, number, number, number] {
  switch (o) {
    case 1:
      return [1, 0, 0, 1, 0, 0];
    case 2:
      return [-1, 0, 0, 1, w, 0];
    case 3:
      return [-1, 0, 0, -1, w, h];
    case 4:
      return [1, 0, 0, -1, 0, h];
    case 5:
      return [0, 1, 1, 0, 0, 0];
    case 6:
      return [0, 1, -1, 0, h, 0];
    case 7:
      return [0, -1, -1, 0, h, w];
    case 8:
      return [0, -1, 1, 0, 0, w];
  }
}

/** A JPEG with an APP1 segment that says `o`, inserted after SOI (any earlier EXIF is left in place after it). */
export function withJpegOrientation(jpeg: Uint8Array, o: Orientation): Uint8Array {
  // TIFF, big-endian: header (8) + IFD0 with one entry (2 + 12 + 4).
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, o, 0, 0, 0, 0, 0, 0];
  const payload = [...EXIF_HEADER, ...tiff];
  const length = payload.length + 2;
  const app1 = [0xff, 0xe1, length >> 8, length & 0xff, ...payload];
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, 2), 0);
  out.set(app1, 2);
  out.set(jpeg.subarray(2), 2 + app1.length);
  return out;
}
