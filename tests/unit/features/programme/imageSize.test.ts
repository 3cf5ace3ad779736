// imageSize reads a PNG's IHDR and a JPEG's start-of-frame from hand-built headers: the segments a
// camera puts before the frame (APP0/APP1, DQT, DHT), fill bytes, progressive frames, and the
// malformed or truncated inputs that must give null rather than a wrong size.
import { describe, expect, it } from 'vitest';
import { fitInside, imageSize } from '../../../../src/features/programme/report/imageSize.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Signature and IHDR chunk (CRC left as zeros: only the header is read). */
const pngHeader = (w: number, h: number, type = 'IHDR') =>
  new Uint8Array([...PNG_SIGNATURE, ...be32(13), ...ascii(type), ...be32(w), ...be32(h), 8, 2, 0, 0, 0, 0, 0, 0, 0]);

/** A marker segment with a body of `body` bytes (content irrelevant). */
const seg = (marker: number, body: number[]) => [0xff, marker, ...be16(body.length + 2), ...body];
const sof = (marker: number, w: number, h: number) =>
  seg(marker, [8, ...be16(h), ...be16(w), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
const jpeg = (...parts: number[][]) => new Uint8Array([0xff, 0xd8, ...parts.flat(), 0xff, 0xd9]);

describe('imageSize', () => {
  it('reads a PNG size from IHDR, including sizes over 65535', () => {
    expect(imageSize(pngHeader(1200, 800))).toEqual({ format: 'png', width: 1200, height: 800 });
    expect(imageSize(pngHeader(70000, 3))).toEqual({ format: 'png', width: 70000, height: 3 });
  });

  it('rejects a PNG with a wrong signature, no IHDR first, a zero size or a truncated header', () => {
    const bad = pngHeader(10, 10);
    bad[1] = 0x51;
    expect(imageSize(bad)).toBeNull();
    expect(imageSize(pngHeader(10, 10, 'IDAT'))).toBeNull();
    expect(imageSize(pngHeader(0, 10))).toBeNull();
    expect(imageSize(pngHeader(10, 10).slice(0, 23))).toBeNull();
  });

  it('reads a baseline JPEG size after APP0, APP1 (EXIF), DQT and DHT segments', () => {
    const app0 = seg(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
    const exif = seg(0xe1, [...ascii('Exif'), 0, 0, ...new Array<number>(300).fill(0xff)]);
    const dqt = seg(0xdb, [0, ...new Array<number>(64).fill(1)]);
    const dht = seg(0xc4, [0, ...new Array<number>(16).fill(0)]);
    expect(imageSize(jpeg(app0, exif, dqt, dht, sof(0xc0, 4032, 3024)))).toEqual({
      format: 'jpeg',
      width: 4032,
      height: 3024,
    });
  });

  it('reads progressive (SOF2) and extended (SOF1) frames, skipping fill bytes and standalone markers', () => {
    expect(imageSize(jpeg([0xff, 0xff], sof(0xc2, 640, 480)))).toEqual({ format: 'jpeg', width: 640, height: 480 });
    expect(imageSize(jpeg([0xff, 0xd0], sof(0xc1, 31, 17)))).toEqual({ format: 'jpeg', width: 31, height: 17 });
  });

  it('does not take DHT (C4), JPG (C8) or DAC (CC) for a frame', () => {
    const tricky = [
      seg(0xc4, [0, ...be16(99), ...be16(99)]),
      seg(0xc8, [8, ...be16(77), ...be16(77)]),
      seg(0xcc, [0, 0, 0, 0, 0]),
    ];
    expect(imageSize(jpeg(...tricky, sof(0xc0, 300, 200)))).toEqual({ format: 'jpeg', width: 300, height: 200 });
  });

  it('gives null for a JPEG with no frame before the scan, a broken marker, a truncated frame or other formats', () => {
    expect(imageSize(jpeg(seg(0xda, [1, 1, 0, 0, 63, 0]), sof(0xc0, 10, 10)))).toBeNull();
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0x12, 0x34, ...sof(0xc0, 10, 10)]))).toBeNull();
    expect(imageSize(new Uint8Array([0xff, 0xd8, ...sof(0xc0, 10, 10).slice(0, 6)]))).toBeNull();
    expect(imageSize(jpeg(sof(0xc0, 0, 10)))).toBeNull();
    expect(imageSize(new Uint8Array([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 ')]))).toBeNull();
    expect(imageSize(new Uint8Array())).toBeNull();
  });
});

describe('fitInside', () => {
  it('scales to the limiting side and keeps the ratio', () => {
    expect(fitInside({ width: 300, height: 100 }, 40, 15)).toEqual({ w: 40, h: 40 / 3 });
    expect(fitInside({ width: 100, height: 100 }, 40, 15)).toEqual({ w: 15, h: 15 });
    expect(fitInside({ width: 10, height: 5 }, 80, 70)).toEqual({ w: 80, h: 40 });
  });
});
