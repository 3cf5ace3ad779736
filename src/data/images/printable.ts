// Bytes a PDF can embed upright (docs/spec/records.md PH-5). jspdf draws JPEG and PNG pixels as
// stored: it cannot read WebP and ignores EXIF orientation. Photos stored before PH-1 (or kept as
// original) may be either, so at print time they are drawn upright on a canvas and re-encoded as
// JPEG; everything else passes through untouched. Without a canvas (Node) or when decoding fails,
// the bytes pass through and the PDF prints its "formato no admitido" or "imagen no legible" line.
import { SNIFF_BYTES, sniffImageType, type AttachmentType } from '../../domain/wire/attachments.ts';
import { PRINT_JPEG_QUALITY, jpegOrientation, needsPrintConversion } from '../../domain/photos/index.ts';
import { drawUpright, encodeCanvas } from './draw.ts';

export interface PrintableImage {
  bytes: Uint8Array;
  type: AttachmentType;
}

/** Largest long side drawn into a PDF when a conversion happens anyway (an A4 page at 300 dpi is ~3,500 px). */
const PRINT_MAX_LONG_SIDE = 3000;

/** The image as a PDF can embed it; null when the bytes are no image type we know. */
export async function printableImage(bytes: Uint8Array): Promise<PrintableImage | null> {
  const type = sniffImageType(bytes.subarray(0, SNIFF_BYTES));
  if (!type) return null;
  const orientation = type === 'image/jpeg' ? jpegOrientation(bytes) : 1;
  if (!needsPrintConversion(type, orientation) || typeof document === 'undefined') return { bytes, type };
  try {
    const { canvas } = await drawUpright(new Blob([bytes as BlobPart], { type }), orientation, PRINT_MAX_LONG_SIDE);
    const jpeg = new Uint8Array(await (await encodeCanvas(canvas, 'image/jpeg', PRINT_JPEG_QUALITY)).arrayBuffer());
    canvas.width = 0;
    return { bytes: jpeg, type: 'image/jpeg' };
  } catch (e) {
    console.warn('image could not be converted for printing', e);
    return { bytes, type };
  }
}
