// Pixel size of a PNG or JPEG from its first bytes, so that the PDF keeps a photo's or a
// signature's aspect ratio without decoding it. The format is sniffed from the bytes, not taken
// from the declared type. JPEG EXIF orientation is ignored on purpose: jspdf draws the stored
// pixels unrotated, so the stored size is the one that matches the drawing (a turned JPEG is
// redrawn upright before it gets here: printableImage, PH-5).

export interface ImageSize {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number) => u16(b, i) * 0x10000 + u16(b, i + 2);

function pngSize(b: Uint8Array): ImageSize | null {
  // Signature, then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
  if (b.length < 24 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null;
  if (String.fromCharCode(b[12] ?? 0, b[13] ?? 0, b[14] ?? 0, b[15] ?? 0) !== 'IHDR') return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  return width > 0 && height > 0 ? { format: 'png', width, height } : null;
}

/** Start-of-frame markers carry the size: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
/** Markers with no length field: TEM (01) and RST0–7 (D0–D7). */
const standalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);

function jpegSize(b: Uint8Array): ImageSize | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte before a marker
      continue;
    }
    if (standalone(marker)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = u16(b, i + 2);
    if (length < 2) return null;
    if (isSof(marker)) {
      // length (2), precision (1), height (2), width (2)
      if (i + 9 > b.length) return null;
      const height = u16(b, i + 5);
      const width = u16(b, i + 7);
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : null;
    }
    i += 2 + length;
  }
  return null;
}

/** The format and pixel size of a PNG or JPEG; null for anything else or a truncated header. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  return pngSize(bytes) ?? jpegSize(bytes);
}

/** The largest w × h that fits in maxW × maxH with the image's aspect ratio. */
export function fitInside(
  size: Pick<ImageSize, 'width' | 'height'>,
  maxW: number,
  maxH: number,
): { w: number; h: number } {
  const scale = Math.min(maxW / size.width, maxH / size.height);
  return { w: size.width * scale, h: size.height * scale };
}
