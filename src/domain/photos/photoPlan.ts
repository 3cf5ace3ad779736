// What happens to a photo before it is stored (docs/spec/records.md PH-1…PH-5): the decisions
// only; the data layer (src/data/images/) decodes and encodes. A camera photo (12 MP, 3–6 MB) is
// turned upright and scaled to a long side of 2,048 px, then re-encoded as JPEG, so that it uploads
// in seconds on a rural 3G link and still shows a whiteboard's handwriting in the acta.
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentType } from '../wire/attachments.ts';
import type { Orientation } from './exif.ts';

export interface PixelSize {
  width: number;
  height: number;
}

/** Long side of a stored photo: 2,048 px is twice what an A4 acta cell or a tablet screen shows. */
export const PHOTO_MAX_LONG_SIDE = 2048;
/**
 * JPEG quality of a stored photo. At 2,048 px a whiteboard letter is 15–40 px tall and survives
 * any quality from 0.7 up; what degrades first is the marker stroke's edge (ringing). Measured in
 * Chromium on the bench's 12 MP whiteboard photo scaled to 2,048 px: samples of the board off by
 * more than 40/255 were 0.18 % at 0.75, 0.13 % at 0.8, 0.07 % at 0.85, 0.02 % at 0.9, for
 * 0.18 / 0.23 / 0.31 / 0.45 MB. 0.85 is the knee: edges clean enough to read thin marker, while
 * 0.9 costs half as many bytes again on a 3G link.
 */
export const PHOTO_JPEG_QUALITY = 0.85;
/** A photo converted only to be printed (WebP, or a sideways JPEG stored earlier) is not stored: keep more. */
export const PRINT_JPEG_QUALITY = 0.92;
/** Largest file accepted as input (a 48 MP camera JPEG is ~20 MB); what is stored stays ≤ MAX_ATTACHMENT_BYTES. */
export const MAX_PHOTO_INPUT_BYTES = 40 * 1024 * 1024;
/** Types accepted as input (sniffed from the bytes): the ones the relay stores, so that "keep the original" works. */
export const PHOTO_INPUT_TYPES: readonly AttachmentType[] = ATTACHMENT_TYPES;
/** The `accept` attribute of every photo input. */
export const PHOTO_ACCEPT = PHOTO_INPUT_TYPES.join(',');

export type PhotoRejection = 'empty' | 'too-large' | 'too-large-original' | 'unsupported-type' | 'undecodable';

/** Why a file cannot become a photo before decoding it, or null. */
export function checkPhotoInput(input: {
  bytes: number;
  type: AttachmentType | null;
  keepOriginal: boolean;
}): PhotoRejection | null {
  if (input.bytes === 0) return 'empty';
  if (input.type === null || !PHOTO_INPUT_TYPES.includes(input.type)) return 'unsupported-type';
  if (input.bytes > MAX_PHOTO_INPUT_BYTES) return 'too-large';
  if (input.keepOriginal && input.bytes > MAX_ATTACHMENT_BYTES) return 'too-large-original';
  return null;
}

/** The size once turned upright. */
export function orientedSize(stored: PixelSize, o: Orientation): PixelSize {
  return o >= 5 ? { width: stored.height, height: stored.width } : stored;
}

/** Fits the long side in `maxLongSide`, keeping the aspect ratio; never enlarges; at least 1 px. */
export function scaledSize(size: PixelSize, maxLongSide = PHOTO_MAX_LONG_SIDE): PixelSize {
  const scale = Math.min(1, maxLongSide / Math.max(size.width, size.height));
  if (scale === 1) return size;
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** True when the pixels must change: the photo is sideways or mirrored, or larger than the target. */
export function needsRework(o: Orientation, oriented: PixelSize, maxLongSide = PHOTO_MAX_LONG_SIDE): boolean {
  return o !== 1 || Math.max(oriented.width, oriented.height) > maxLongSide;
}

/**
 * Which bytes to store: the re-encoded ones unless the user asked for the original, or the original
 * needs no turn or scaling and re-encoding would not make it smaller (a small, already compressed
 * photo stays as it came).
 */
export function chooseStored(input: {
  keepOriginal: boolean;
  rework: boolean;
  originalBytes: number;
  encodedBytes: number | null;
}): 'original' | 'encoded' {
  if (input.keepOriginal || input.encodedBytes === null) return 'original';
  if (!input.rework && input.encodedBytes >= input.originalBytes) return 'original';
  return 'encoded';
}

/** True when jspdf cannot draw the stored bytes upright as they are: WebP, or a JPEG with an EXIF turn. */
export function needsPrintConversion(type: AttachmentType, o: Orientation): boolean {
  return type === 'image/webp' || (type === 'image/jpeg' && o !== 1);
}

const EXTENSIONS: Record<AttachmentType, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp' };

/** The file name to keep with the photo: its extension follows the stored type ("pizarra.png" → "pizarra.jpg"). */
export function photoName(name: string | undefined, type: AttachmentType): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed) return undefined;
  const dot = trimmed.lastIndexOf('.');
  const stem = dot > 0 ? trimmed.slice(0, dot) : trimmed;
  const ext = dot > 0 ? trimmed.slice(dot).toLowerCase() : '';
  if (ext === EXTENSIONS[type] || (type === 'image/jpeg' && ext === '.jpeg')) return trimmed;
  return `${stem}${EXTENSIONS[type]}`;
}
