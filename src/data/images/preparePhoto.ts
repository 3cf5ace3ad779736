// The one step every screen that adds a photo goes through, before the photo is kept and hashed
// (docs/spec/records.md PH-1…PH-4): sniff the type, decode, turn upright, scale to a long side of
// 2,048 px and re-encode as JPEG; or keep the original bytes untouched when the user asks. A file
// the browser cannot decode is refused and nothing is stored.
import { SNIFF_BYTES, sniffImageType, type AttachmentType } from '../../domain/wire/attachments.ts';
import {
  PHOTO_JPEG_QUALITY,
  PHOTO_MAX_LONG_SIDE,
  checkPhotoInput,
  chooseStored,
  jpegOrientation,
  needsRework,
  orientedSize,
  type Orientation,
  type PhotoRejection,
  type PixelSize,
} from '../../domain/photos/index.ts';
import { decodeImage, decoderOrients, drawUpright, encodeCanvas } from './draw.ts';

export interface PreparedPhoto {
  ok: true;
  blob: Blob;
  type: AttachmentType;
  /** Upright size of what is stored. */
  size: PixelSize;
  /** The stored bytes are the file's own (asked for, or re-encoding would not help). */
  original: boolean;
}
export type PreparePhotoResult = PreparedPhoto | { ok: false; error: PhotoRejection };

export interface PreparePhotoOptions {
  keepOriginal?: boolean;
  maxLongSide?: number;
  quality?: number;
}

export async function preparePhoto(file: Blob, options: PreparePhotoOptions = {}): Promise<PreparePhotoResult> {
  const keepOriginal = options.keepOriginal ?? false;
  const maxLongSide = options.maxLongSide ?? PHOTO_MAX_LONG_SIDE;
  const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
  const type = sniffImageType(head.subarray(0, SNIFF_BYTES));
  const refused = checkPhotoInput({ bytes: file.size, type, keepOriginal });
  if (refused || !type) return { ok: false, error: refused ?? 'unsupported-type' };
  const orientation = type === 'image/jpeg' ? jpegOrientation(head) : 1;
  const original = (size: PixelSize): PreparedPhoto => ({
    ok: true,
    blob: new Blob([file], { type }),
    type,
    size,
    original: true,
  });
  try {
    if (keepOriginal) return original(await decodedSize(file, orientation));
    const { canvas, oriented } = await drawUpright(file, orientation, maxLongSide);
    const size = { width: canvas.width, height: canvas.height };
    const encoded = await encodeCanvas(canvas, 'image/jpeg', options.quality ?? PHOTO_JPEG_QUALITY);
    canvas.width = 0; // frees the pixels now rather than at the next collection (iPad memory)
    const choice = chooseStored({
      keepOriginal,
      rework: needsRework(orientation, oriented, maxLongSide),
      originalBytes: file.size,
      encodedBytes: encoded.size,
    });
    return choice === 'original'
      ? original(oriented)
      : { ok: true, blob: encoded, type: 'image/jpeg', size, original: false };
  } catch (e) {
    console.warn('photo could not be decoded or encoded', e);
    return { ok: false, error: 'undecodable' };
  }
}

/** Decodes only to prove the browser can (an original kept as it came must still be a picture). */
async function decodedSize(file: Blob, orientation: Orientation): Promise<PixelSize> {
  const decoded = await decodeImage(file);
  decoded.close();
  const turned = orientation === 1 || (await decoderOrients());
  return turned ? { width: decoded.width, height: decoded.height } : orientedSize(decoded, orientation);
}
