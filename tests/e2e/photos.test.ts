// Photos made for a rural link (docs/spec/records.md PH-1…PH-5), in real Chromium through the
// session screen: a sideways camera JPEG (EXIF Orientation 6, written by hand) is stored turned,
// ≤ 2,048 px, as JPEG; a 12 MP photo comes out ≤ 2,048 px and much smaller; a corrupt file is refused
// in Spanish with nothing stored; "Conservar la foto original" keeps WebP and EXIF-turned JPEG bytes
// identical; and the acta PDF prints every one of them upright (pdfimages, then pixels read back).
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import { cameraJpeg, testCard, withExifOrientation } from '../support/cameraPhotos.ts';
import {
  SCHOOL_5834,
  SCHOOL_7423,
  type NewSchool,
  createSchool,
  openLoggedPage,
  signIn,
  waitForSync,
} from '../support/browser.ts';
import { pdfImageList, pdfText } from '../support/pdfText.ts';

const run = promisify(execFile);
const OUT_DIR = join(process.cwd(), 'test-artifacts', 'photos');
const PASSWORD = 'clave-ana-2026';
const ctx = useRelayAndBrowser([
  { username: 'ana', role: 'asesor', password: PASSWORD },
  { username: 'bea', role: 'asesor', password: PASSWORD },
]);
const PROCESS_TIMEOUT = 60_000;

interface Stored {
  sha256: string;
  bytes: number;
  magic: string;
  width: number;
  height: number;
  /** Colour names at the middle of each edge of the decoded picture. */
  edges: { top: string; bottom: string; left: string; right: string };
}

/** Reads back what the page shows for `photo-i` (the stored blob) and the colours at its edges. */
const storedPhoto = (page: Page, i: number): Promise<Stored> =>
  page.getByTestId(`photo-${i}`).evaluate(async (img) => {
    const blob = await (await fetch((img as HTMLImageElement).src)).blob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const sha = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const bmp = await createImageBitmap(blob);
    const c = document.createElement('canvas');
    c.width = bmp.width;
    c.height = bmp.height;
    const g = c.getContext('2d')!;
    g.drawImage(bmp, 0, 0);
    const at = (x: number, y: number) => {
      const [r, , b] = g.getImageData(Math.floor(x), Math.floor(y), 1, 1).data;
      return r! > 150 && b! < 100 ? 'red' : b! > 150 && r! < 100 ? 'blue' : `rgb(${r},?,${b})`;
    };
    const w = bmp.width;
    const h = bmp.height;
    return {
      sha256: [...sha].map((x) => x.toString(16).padStart(2, '0')).join(''),
      bytes: bytes.length,
      magic: [...bytes.subarray(0, 3)].map((x) => x.toString(16)).join(' '),
      width: w,
      height: h,
      edges: { top: at(w / 2, 2), bottom: at(w / 2, h - 3), left: at(2, h / 2), right: at(w - 3, h / 2) },
    };
  });

const imageLoaded = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)
    .catch(() => false);

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function addPhoto(page: Page, index: number, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('photo-input').setInputFiles({ name, mimeType, buffer });
  await expect.poll(() => imageLoaded(page, `photo-${index}`), { timeout: PROCESS_TIMEOUT }).toBe(true);
}

/** Edge colours of a JPEG as Chromium decodes it (no EXIF in what the PDF embeds). */
const decodedEdges = (page: Page, jpeg: Buffer) =>
  page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    const c = document.createElement('canvas');
    c.width = bmp.width;
    c.height = bmp.height;
    const g = c.getContext('2d')!;
    g.drawImage(bmp, 0, 0);
    const at = (x: number, y: number) => {
      const [r, , b] = g.getImageData(Math.floor(x), Math.floor(y), 1, 1).data;
      return r! > 150 && b! < 100 ? 'red' : b! > 150 && r! < 100 ? 'blue' : 'other';
    };
    return {
      top: at(bmp.width / 2, 2),
      bottom: at(bmp.width / 2, bmp.height - 3),
      left: at(2, bmp.height / 2),
      right: at(bmp.width - 3, bmp.height / 2),
    };
  }, jpeg.toString('base64'));

/** Signs in, creates the school and opens a new session record, ready for photos. */
async function openSession(page: Page, user: string, school: NewSchool): Promise<void> {
  await signIn(page, ctx.relay.url, user, PASSWORD);
  await createSchool(page, school);
  await waitForSync(page, 'al-dia');
  await page.goto(`${ctx.relay.url}/#/escuelas/${school.rbd}/asesoria`);
  await page.getByTestId('open-engagement').getByRole('button', { name: 'Abrir asesoría' }).click();
  await page.getByTestId('new-session').getByRole('button', { name: 'Registrar sesión' }).click();
  await page.getByTestId('session').waitFor();
}

describe('photos made for a rural link', () => {
  it('PH-1…PH-5: stores photos upright, ≤ 2,048 px, JPEG; keeps originals on request; refuses a corrupt file; prints all upright', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    await mkdir(OUT_DIR, { recursive: true });
    const ana = await openLoggedPage(ctx.browser, 'ana', ctx.logs);
    await openSession(ana, 'ana', SCHOOL_7423);

    // PH-1: a camera that writes "turn 90° clockwise" instead of turning the pixels (3000 × 2000 stored).
    const sideways = withExifOrientation(await testCard(ana, 3000, 2000, 'image/jpeg'), 6);
    await addPhoto(ana, 0, 'pizarra.jpg', 'image/jpeg', sideways);
    const turned = await storedPhoto(ana, 0);
    expect(turned.magic).toBe('ff d8 ff');
    expect({ width: turned.width, height: turned.height }).toEqual({ width: 1365, height: 2048 });
    expect(turned.edges).toMatchObject({ left: 'blue', right: 'red' });

    // PH-1: a 12 MP phone photo (JPEG q 0.92, 3–6 MB) comes out ≤ 2,048 px and much smaller.
    const camera = await cameraJpeg(ana, { width: 4000, height: 3000, seed: 7 });
    expect(camera.length).toBeGreaterThan(3_000_000);
    await addPhoto(ana, 1, 'taller.jpg', 'image/jpeg', camera);
    const reduced = await storedPhoto(ana, 1);
    expect(reduced.magic).toBe('ff d8 ff');
    expect({ width: reduced.width, height: reduced.height }).toEqual({ width: 2048, height: 1536 });
    expect(reduced.bytes).toBeLessThan(camera.length / 3);

    // PH-4: a file that says JPEG but is not one is refused in Spanish, and nothing is stored.
    await ana.getByTestId('photo-input').setInputFiles({
      name: 'dañada.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4000)]),
    });
    await expect
      .poll(() => ana.getByTestId('session').getByRole('alert').textContent(), { timeout: PROCESS_TIMEOUT })
      .toContain('dañada.jpg: No se pudo leer la imagen');
    expect(await ana.getByTestId('photos').locator('figure').count()).toBe(2);

    // PH-3: with "Conservar la foto original", a WebP and a sideways JPEG keep their bytes.
    await ana.getByLabel('Conservar la foto original (más pesada)').check();
    const webp = await testCard(ana, 800, 600, 'image/webp');
    expect(webp.subarray(8, 12).toString('latin1')).toBe('WEBP');
    await addPhoto(ana, 2, 'grupo.webp', 'image/webp', webp);
    expect((await storedPhoto(ana, 2)).sha256).toBe(sha256(webp));
    const sidewaysSmall = withExifOrientation(await testCard(ana, 600, 400, 'image/jpeg'), 6);
    await addPhoto(ana, 3, 'original.jpg', 'image/jpeg', sidewaysSmall);
    expect((await storedPhoto(ana, 3)).sha256).toBe(sha256(sidewaysSmall));

    // PH-5: the acta embeds all four, upright: the WebP and the kept sideways JPEG redrawn as JPEG.
    const [download] = await Promise.all([
      ana.waitForEvent('download', { timeout: PROCESS_TIMEOUT }),
      ana.getByTestId('acta-pdf').click(),
    ]);
    const pdf = join(OUT_DIR, 'acta.pdf');
    await download.saveAs(pdf);
    const text = await pdfText(pdf, { mode: 'layout' });
    expect(text).not.toContain('formato no admitido');
    const rows = (await pdfImageList(pdf)).map((l) => l.trim().split(/\s+/));
    const listed = rows.map((r) => ({ size: `${r[3]}x${r[4]}`, enc: r[8] }));
    expect(listed.map((r) => r.size).sort()).toEqual(['1365x2048', '2048x1536', '400x600', '800x600'].sort());
    expect(listed.every((r) => r.enc === 'jpeg')).toBe(true);
    const prefix = join(OUT_DIR, 'img');
    await run('pdfimages', ['-j', pdf, prefix]);
    const files = (await readdir(OUT_DIR)).filter((f) => f.startsWith('img-') && f.endsWith('.jpg')).sort();
    const kept = files[listed.findIndex((r) => r.size === '400x600')]!;
    expect(await decodedEdges(ana, await readFile(join(OUT_DIR, kept)))).toMatchObject({ left: 'blue', right: 'red' });
    const printedWebp = files[listed.findIndex((r) => r.size === '800x600')]!;
    expect(await decodedEdges(ana, await readFile(join(OUT_DIR, printedWebp)))).toMatchObject({
      top: 'red',
      bottom: 'blue',
    });
  });

  it('PH-1: a decoder that ignores EXIF orientation (Safari before 17) still gives an upright photo: the canvas turns it', async () => {
    onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}`));
    const bea = await openLoggedPage(ctx.browser, 'bea', ctx.logs);
    // Every createImageBitmap in the page decodes a JPEG's pixels as stored, as such an engine does
    // (Chromium's imageOrientation 'none' still applies EXIF, so the EXIF segments are cut out first).
    await bea.addInitScript(() => {
      const original = self.createImageBitmap.bind(self);
      const withoutExif = async (blob: Blob) => {
        const b = new Uint8Array(await blob.arrayBuffer());
        if (b[0] !== 0xff || b[1] !== 0xd8) return blob;
        const parts: Uint8Array[] = [b.subarray(0, 2)];
        let i = 2;
        while (i + 4 <= b.length && b[i] === 0xff && b[i + 1] !== 0xda) {
          const end = i + 2 + ((b[i + 2]! << 8) | b[i + 3]!);
          if (b[i + 1] !== 0xe1) parts.push(b.subarray(i, end));
          i = end;
        }
        parts.push(b.subarray(i));
        return new Blob(parts as BlobPart[], { type: blob.type });
      };
      (self as { createImageBitmap: unknown }).createImageBitmap = async (
        src: ImageBitmapSource,
        options?: ImageBitmapOptions,
      ) => original(src instanceof Blob ? await withoutExif(src) : src, options);
    });
    await openSession(bea, 'bea', SCHOOL_5834);
    const sideways = withExifOrientation(await testCard(bea, 3000, 2000, 'image/jpeg'), 6);
    const raw = await bea.evaluate(async (b64) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))]), {
        imageOrientation: 'from-image',
      });
      return `${bmp.width}x${bmp.height}`;
    }, sideways.toString('base64'));
    expect(raw).toBe('3000x2000');
    await addPhoto(bea, 0, 'pizarra.jpg', 'image/jpeg', sideways);
    const turned = await storedPhoto(bea, 0);
    expect({ width: turned.width, height: turned.height }).toEqual({ width: 1365, height: 2048 });
    expect(turned.edges).toMatchObject({ left: 'blue', right: 'red' });
  });
});
