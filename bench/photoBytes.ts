// attachments.photoBytes.ratio: bytes stored ÷ bytes taken for a set of real-size camera photos
// (12 MP, 4000 × 3000 and 4032 × 3024, two of them portrait by EXIF Orientation 6 as phones write
// them; gradients, soft shapes, a whiteboard with text and sensor noise, JPEG q 0.92: 3–5 MB each),
// each run in Debian's Chromium through preparePhoto, the function every photo input of the app
// uses (bundled from src/ by vite for the page). Before issue 13 photos were stored as taken: 1.0.
// attachments.photoProcess.ms: median time of one photo through preparePhoto (decode, turn, scale,
// encode) on this machine.
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { launchBrowser, newContext } from '../tests/support/browser.ts';
import { cameraJpeg, withExifOrientation } from '../tests/support/cameraPhotos.ts';
import type { BenchResult } from './types.ts';

const PHOTOS = [
  { width: 4000, height: 3000, seed: 11, noise: 8, orientation: 1 },
  { width: 4000, height: 3000, seed: 12, noise: 10, orientation: 1 },
  { width: 4000, height: 3000, seed: 13, noise: 13, orientation: 6 },
  { width: 4032, height: 3024, seed: 14, noise: 10, orientation: 1 },
  { width: 4032, height: 3024, seed: 15, noise: 12, orientation: 6 },
  { width: 4000, height: 3000, seed: 16, noise: 9, orientation: 1 },
];

/** preparePhoto and what it imports, as one script that defines `benchPhotos` in the page. */
async function bundlePreparePhoto(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: path.resolve('src/data/images/preparePhoto.ts'),
        formats: ['iife'],
        name: 'benchPhotos',
        fileName: 'benchPhotos',
      },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput;
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle for preparePhoto');
  return chunk.code;
}

export async function benchPhotoBytes(): Promise<BenchResult[]> {
  const code = await bundlePreparePhoto();
  const browser = await launchBrowser();
  try {
    const page = await (await newContext(browser)).newPage();
    await page.addScriptTag({ content: code });
    let original = 0;
    let stored = 0;
    const times: number[] = [];
    for (const p of PHOTOS) {
      const taken = await cameraJpeg(page, p);
      const bytes = p.orientation === 1 ? taken : withExifOrientation(taken, p.orientation);
      const r = await page.evaluate(async (b64) => {
        const blob = new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/jpeg' });
        const api = (self as unknown as { benchPhotos: typeof import('../src/data/images/preparePhoto.ts') })
          .benchPhotos;
        const t0 = performance.now();
        const prepared = await api.preparePhoto(blob);
        const ms = performance.now() - t0;
        return prepared.ok
          ? { ms, bytes: prepared.blob.size, size: `${prepared.size.width}×${prepared.size.height}` }
          : { ms, bytes: -1, size: prepared.error };
      }, bytes.toString('base64'));
      if (r.bytes < 0) throw new Error(`preparePhoto refused a camera photo: ${r.size}`);
      process.stderr.write(
        `  ${p.width}×${p.height} o${p.orientation}: ${(bytes.length / 1e6).toFixed(2)} MB → ${r.size} ${(r.bytes / 1e6).toFixed(2)} MB in ${Math.round(r.ms)} ms\n`,
      );
      original += bytes.length;
      stored += r.bytes;
      times.push(r.ms);
    }
    times.sort((a, b) => a - b);
    const median = (times[Math.floor((times.length - 1) / 2)]! + times[Math.ceil((times.length - 1) / 2)]!) / 2;
    return [
      {
        id: 'attachments.photoBytes.ratio',
        value: Math.round((stored / original) * 1000) / 1000,
        unit: 'stored ÷ taken',
      },
      { id: 'attachments.photoProcess.ms', value: Math.round(median), unit: 'ms (median per photo)' },
    ];
  } finally {
    await browser.close();
  }
}
