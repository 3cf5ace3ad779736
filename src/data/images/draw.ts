// Decodes an image in the browser and draws it upright and scaled on a canvas, then encodes the
// canvas. EXIF orientation: Chromium and Firefox apply it when asked with
// `imageOrientation: 'from-image'`; Safari before 17 knows only 'none' | 'flipY' (an unknown value
// throws a TypeError) and, depending on the version, applies EXIF or not. So the decoder is tried
// with the option, then without, then through <img>, and a one-time probe (a 2×1 JPEG that says
// "turned a quarter") tells whether the decoder in use turned it; if not, the canvas turns it.
import {
  orientationMatrix,
  orientedSize,
  scaledSize,
  withJpegOrientation,
  type Orientation,
  type PixelSize,
} from '../../domain/photos/index.ts';

interface Decoded extends PixelSize {
  source: CanvasImageSource;
  close(): void;
}

async function decodeWithImg(blob: Blob): Promise<Decoded> {
  const url = URL.createObjectURL(blob);
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => undefined };
}

const fromBitmap = (b: ImageBitmap): Decoded => ({
  source: b,
  width: b.width,
  height: b.height,
  close: () => b.close(),
});

/** Decodes the blob; rejects when the browser cannot (corrupt or unsupported bytes). */
export async function decodeImage(blob: Blob): Promise<Decoded> {
  if (typeof createImageBitmap !== 'function') return decodeWithImg(blob);
  try {
    return fromBitmap(await createImageBitmap(blob, { imageOrientation: 'from-image' }));
  } catch (e) {
    if (!(e instanceof TypeError)) throw e; // TypeError: an engine that does not know 'from-image'
  }
  return fromBitmap(await createImageBitmap(blob));
}

function newCanvas(size: PixelSize): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = size.width;
  c.height = size.height;
  return c;
}

export function encodeCanvas(
  canvas: HTMLCanvasElement,
  type: 'image/jpeg' | 'image/png',
  quality: number,
): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b && b.size > 0 ? resolve(b) : reject(new Error('canvas encode failed'))), type, quality),
  );
}

let probe: Promise<boolean> | null = null;

/** Whether decodeImage already applies EXIF orientation in this browser (asked once). */
export function decoderOrients(): Promise<boolean> {
  probe ??= (async () => {
    const jpeg = new Uint8Array(
      await (await encodeCanvas(newCanvas({ width: 2, height: 1 }), 'image/jpeg', 0.9)).arrayBuffer(),
    );
    const turned = await decodeImage(new Blob([withJpegOrientation(jpeg, 6) as BlobPart], { type: 'image/jpeg' }));
    turned.close();
    return turned.width === 1 && turned.height === 2;
  })().catch(() => false);
  return probe;
}

/**
 * Draws `blob` upright (EXIF `orientation`) with its long side at most `maxLongSide` on a white
 * background (a transparent PNG becomes white, not black, in a JPEG). Rejects when it cannot be decoded.
 */
export async function drawUpright(
  blob: Blob,
  orientation: Orientation,
  maxLongSide: number,
): Promise<{ canvas: HTMLCanvasElement; oriented: PixelSize }> {
  const turnedByDecoder = orientation === 1 || (await decoderOrients());
  const decoded = await decodeImage(blob);
  try {
    const oriented = turnedByDecoder
      ? { width: decoded.width, height: decoded.height }
      : orientedSize(decoded, orientation);
    const size = scaledSize(oriented, maxLongSide);
    const canvas = newCanvas(size);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d context');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, size.width, size.height);
    g.imageSmoothingEnabled = true;
    g.imageSmoothingQuality = 'high';
    g.scale(size.width / oriented.width, size.height / oriented.height);
    if (!turnedByDecoder) g.transform(...orientationMatrix(orientation, decoded.width, decoded.height));
    g.drawImage(decoded.source, 0, 0);
    return { canvas, oriented };
  } finally {
    decoded.close();
  }
}
