// Test images made by Chromium itself: a camera-like photo (gradients, soft shapes, a whiteboard
// with handwriting-sized text, sensor noise from a seeded PRNG, JPEG q 0.92 as phones encode) and a
// two-colour test card (top red, bottom blue) whose orientation can be read back from its pixels.
// `withExifOrientation` writes an EXIF APP1 segment by hand, as a camera that does not turn pixels does.
import type { Page } from 'playwright-core';

export interface CameraPhotoOptions {
  width: number;
  height: number;
  seed: number;
  /** Amplitude of the per-pixel noise (0–255 scale); ~10 gives the 3–6 MB of a 12 MP phone photo. */
  noise?: number;
  quality?: number;
}

/** tsx (the bench runner) compiles with keepNames: named functions inside evaluate() call `__name`. */
const defineKeepNames = (page: Page) => page.evaluate('self.__name = self.__name || ((f) => f)');

/** A photographic JPEG of `width` × `height`, drawn and encoded in the page. */
export async function cameraJpeg(page: Page, o: CameraPhotoOptions): Promise<Buffer> {
  await defineKeepNames(page);
  const b64 = await page.evaluate(
    async ({ width, height, seed, noise, quality }) => {
      let s = seed >>> 0;
      const rand = () => {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const c = document.createElement('canvas');
      c.width = width;
      c.height = height;
      const g = c.getContext('2d')!;
      const sky = g.createLinearGradient(0, 0, width * 0.3, height);
      sky.addColorStop(0, `hsl(${200 + rand() * 30}, 45%, 70%)`);
      sky.addColorStop(1, `hsl(${30 + rand() * 30}, 35%, 35%)`);
      g.fillStyle = sky;
      g.fillRect(0, 0, width, height);
      for (let i = 0; i < 40; i++) {
        const x = rand() * width;
        const y = rand() * height;
        const r = (0.03 + rand() * 0.15) * width;
        const blob = g.createRadialGradient(x, y, r * 0.1, x, y, r);
        blob.addColorStop(0, `hsla(${rand() * 360}, 50%, ${30 + rand() * 40}%, 0.8)`);
        blob.addColorStop(1, 'hsla(0, 0%, 50%, 0)');
        g.fillStyle = blob;
        g.fillRect(x - r, y - r, 2 * r, 2 * r);
      }
      // A whiteboard with text at handwriting size (~1/60 of the height).
      const bw = width * 0.5;
      const bh = height * 0.4;
      const bx = width * 0.25;
      const by = height * 0.2;
      g.fillStyle = '#f4f4ef';
      g.fillRect(bx, by, bw, bh);
      g.fillStyle = '#1b3a8a';
      const px = Math.round(height / 60);
      g.font = `${px}px sans-serif`;
      for (let line = 0; line < 8; line++)
        g.fillText(`Acuerdo ${line + 1}: revisar la meta de lectura de 2° básico`, bx + px, by + px * (2 + line * 1.6));
      const img = g.getImageData(0, 0, width, height);
      const d = img.data;
      for (let i = 0; i < d.length; i += 4) {
        const n = (rand() - 0.5) * 2 * noise;
        d[i] = d[i]! + n;
        d[i + 1] = d[i + 1]! + n * 0.8;
        d[i + 2] = d[i + 2]! + n * 1.2;
      }
      g.putImageData(img, 0, 0);
      const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', quality));
      c.width = 0;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let out = '';
      for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(out);
    },
    { noise: 10, quality: 0.92, ...o },
  );
  return Buffer.from(b64, 'base64');
}

/** A test card: top half red, bottom half blue, encoded as `type` by the page. */
export async function testCard(
  page: Page,
  width: number,
  height: number,
  type: 'image/jpeg' | 'image/webp' | 'image/png',
): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ width, height, type }) => {
      const c = document.createElement('canvas');
      c.width = width;
      c.height = height;
      const g = c.getContext('2d')!;
      g.fillStyle = '#e00000';
      g.fillRect(0, 0, width, height / 2);
      g.fillStyle = '#0000e0';
      g.fillRect(0, height / 2, width, height / 2);
      const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), type, 0.9));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let out = '';
      for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(out);
    },
    { width, height, type },
  );
  return Buffer.from(b64, 'base64');
}

/** The JPEG with an EXIF APP1 segment (big-endian TIFF, IFD0 with one entry: Orientation) right after SOI. */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0,
    0,
    0,
    8,
    0,
    1,
    0x01,
    0x12,
    0,
    3,
    0,
    0,
    0,
    1,
    0,
    orientation,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}
