/* eslint-disable max-lines -- one rendered acta read back as text, images and proportions */
// Renders the acta de sesión with jspdf in Node and reads it back with poppler: pdftotext for the
// words (participants, attendance, agreements, placeholders, footer on every page) and
// `pdfimages -list` for the images (a real PNG signature with alpha, a PNG and a JPEG photo, built
// here byte by byte) and their drawn proportions (equal x and y resolution = aspect ratio kept).
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../../src/domain/wire/attachments.ts';
import { buildActa } from '../../../../src/domain/programme/report/acta.ts';
import { imageSize } from '../../../../src/features/programme/report/imageSize.ts';
import { renderActaDocument, renderActaPdf } from '../../../../src/features/programme/report/renderActa.ts';
import type { ActaImages } from '../../../../src/features/programme/report/renderActa.ts';
import { agreement, participant, session } from '../../domain/programme/fixtures.ts';
import { pdfImageList, pdfPages, pdfText } from '../../../support/pdfText.ts';

// ——— a minimal PNG encoder: signature, IHDR, one zlib IDAT, IEND, each chunk with its CRC-32 ———

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), 8 + data.length);
  return out;
}

/** An 8-bit RGB (or RGBA) PNG whose pixel (x, y) is `pixel(x, y)`. */
function encodePng(
  width: number,
  height: number,
  alpha: boolean,
  pixel: (x: number, y: number) => number[],
): Uint8Array {
  const channels = alpha ? 4 : 3;
  const raw = Buffer.alloc(height * (1 + width * channels));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * channels); // filter byte 0 (None) then the samples
    for (let x = 0; x < width; x++) pixel(x, y).forEach((v, k) => (raw[row + 1 + x * channels + k] = v));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, alpha ? 6 : 2, 0, 0, 0], 8); // bit depth, colour type, compression, filter, interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]),
  );
}

// ——— a minimal baseline JPEG encoder: greyscale, each 8×8 block one flat grey level, so only DC
// coefficients are coded (quantisation 1, the standard luminance DC table, an AC table holding
// only end-of-block) ———

const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** Canonical Huffman codes from a DHT's counts per length: symbol → [code, length]. */
function huffmanCodes(bits: readonly number[], values: readonly number[]): Map<number, [number, number]> {
  const codes = new Map<number, [number, number]>();
  let code = 0;
  let k = 0;
  bits.forEach((count, i) => {
    for (let j = 0; j < count; j++) codes.set(values[k++] ?? -1, [code++, i + 1]);
    code <<= 1;
  });
  return codes;
}

function segment(marker: number, body: number[]): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

function encodeJpeg(width: number, height: number, grey: (bx: number, by: number) => number): Uint8Array {
  const dc = huffmanCodes(DC_BITS, DC_VALUES);
  const out: number[] = [];
  let acc = 0;
  let n = 0;
  const put = (code: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) {
      acc = (acc << 1) | ((code >> i) & 1);
      if (++n === 8) {
        out.push(acc);
        if (acc === 0xff) out.push(0x00); // byte stuffing
        acc = 0;
        n = 0;
      }
    }
  };
  let previous = 0;
  for (let by = 0; by < height / 8; by++) {
    for (let bx = 0; bx < width / 8; bx++) {
      const value = 8 * (grey(bx, by) - 128); // DC of a flat block after the level shift
      const diff = value - previous;
      previous = value;
      const category = diff === 0 ? 0 : Math.floor(Math.log2(Math.abs(diff))) + 1;
      const [code, length] = dc.get(category) ?? [0, 0];
      put(code, length);
      if (category > 0) put(diff > 0 ? diff : diff + (1 << category) - 1, category);
      put(0, 1); // end of block
    }
  }
  if (n > 0) put((1 << (8 - n)) - 1, 8 - n); // pad with ones
  return new Uint8Array([
    0xff,
    0xd8,
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES]),
    ...segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...out,
    0xff,
    0xd9,
  ]);
}

// ——— reading the PDF back ———

interface PdfImage {
  page: number;
  type: string;
  width: number;
  height: number;
  enc: string;
  object: number;
  xppi: number;
  yppi: number;
}

async function readPdf(bytes: Uint8Array): Promise<{ pages: string[]; flat: string; images: PdfImage[] }> {
  const pages = await pdfPages(bytes);
  const raw = await pdfText(bytes, { mode: 'raw' });
  const images = (await pdfImageList(bytes))
    .map((l) => l.trim().split(/\s+/))
    .filter((cols) => cols.length >= 14)
    .map((c) => ({
      page: Number(c[0]),
      type: c[2] ?? '',
      width: Number(c[3]),
      height: Number(c[4]),
      enc: c[8] ?? '',
      object: Number(c[10]),
      xppi: Number(c[12]),
      yppi: Number(c[13]),
    }));
  return { pages, flat: raw.replace(/\s+/g, ' '), images };
}

const hash = (c: string) => c.repeat(64);
const ref = (h: string, type: AttachmentRef['type'], name?: string): AttachmentRef => ({
  hash: h,
  type,
  size: 1000,
  ...(name ? { name } : {}),
});

// A dark stroke on a transparent background, 3:1, like a signature drawn on a tablet.
const SIGNATURE = encodePng(60, 20, true, (x, y) =>
  Math.abs(y - 10 - Math.round(6 * Math.sin(x / 6))) < 2 ? [20, 20, 90, 255] : [255, 255, 255, 0],
);
const PHOTO_PNG = encodePng(40, 30, false, (x, y) => [x * 6, y * 8, 120]);
const PHOTO_JPEG = encodeJpeg(32, 16, (bx, by) => 60 + 40 * bx + 30 * by);

const H = { sigAna: hash('1'), sigLost: hash('2'), png: hash('3'), jpeg: hash('4'), lost: hash('5'), webp: hash('6') };

function fixture() {
  const s = session({
    id: 's1',
    date: '2026-04-14',
    startTime: '09:00',
    endTime: '12:30',
    type: 'taller',
    programmeMonth: 2,
    agenda: 'Visión y objetivos estratégicos',
    notes: 'Se revisó la visión con el equipo.',
    participants: [
      participant({
        id: 'p1',
        name: 'Ana Pérez Núñez',
        role: 'equipo-directivo',
        present: true,
        signature: ref(H.sigAna, 'image/png'),
      }),
      participant({
        id: 'p2',
        name: 'Bruno Díaz',
        role: 'jefe-utp',
        present: true,
        signature: ref(H.sigLost, 'image/png'),
      }),
      participant({ id: 'p3', name: 'Carla Muñoz', role: 'docente', present: false, signature: null }),
      participant({
        id: 'p4',
        name: 'Diego Rojas',
        role: 'encargado-convivencia',
        present: true,
        signature: ref(H.sigAna, 'image/png'),
      }),
    ],
    agreements: [
      agreement({
        id: 'a1',
        sessionId: 's1',
        text: 'Redactar la visión final',
        responsible: 'Ana Pérez',
        dueDate: '2026-04-30',
      }),
      agreement({
        id: 'a2',
        sessionId: 's1',
        text: 'Compartir metas con docentes',
        responsible: 'Bruno Díaz',
        dueDate: '2026-04-20',
        done: true,
        doneAt: '2026-04-18',
      }),
    ],
    photos: [
      ref(H.png, 'image/png', 'Trabajo en grupos'),
      ref(H.jpeg, 'image/jpeg'),
      ref(H.lost, 'image/jpeg'),
      ref(H.webp, 'image/webp'),
    ],
  });
  const acta = buildActa({
    school: { name: 'Escuela Rural Los Aromos', rbd: 7423, dv: '3', comuna: 'Paine' },
    advisor: 'Rosa Fuentes',
    session: s,
    monthTheme: 'Taller: construcción de la estrategia PME',
    reviewed: [{ text: 'Enviar la nómina de docentes', responsible: 'Jefa UTP', dueDate: '2026-03-20', done: false }],
  });
  const images: ActaImages = new Map([
    [H.sigAna, { bytes: SIGNATURE, type: 'image/png' }],
    [H.png, { bytes: PHOTO_PNG, type: 'image/png' }],
    [H.jpeg, { bytes: PHOTO_JPEG, type: 'image/jpeg' }],
    [
      H.webp,
      { bytes: new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]), type: 'image/webp' },
    ],
  ]);
  return { acta, images };
}

describe('renderActaPdf', () => {
  it('builds images the size helper reads back (the encoders above are sound)', () => {
    expect(imageSize(SIGNATURE)).toEqual({ format: 'png', width: 60, height: 20 });
    expect(imageSize(PHOTO_PNG)).toEqual({ format: 'png', width: 40, height: 30 });
    expect(imageSize(PHOTO_JPEG)).toEqual({ format: 'jpeg', width: 32, height: 16 });
  });

  it('writes the session, attendance, agreements, placeholders and a footer on every page', async () => {
    const { acta, images } = fixture();
    const bytes = renderActaPdf(acta, images);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { pages, flat } = await readPdf(bytes);
    expect(pages.length).toBe(renderActaDocument(acta, images).getNumberOfPages());

    for (const s of [
      'Acta de sesión',
      'Escuela Rural Los Aromos',
      '7423-3',
      'Paine',
      'Rosa Fuentes',
      'Taller',
      '14-04-2026',
      '09:00 a 12:30',
      '3 h 30 min',
    ]) {
      expect(flat).toContain(s);
    }
    expect(flat).toContain('Mes 2 del programa: Taller: construcción de la estrategia PME');
    expect(flat).toContain('Visión y objetivos estratégicos');
    expect(flat).toContain('Se revisó la visión con el equipo.');
    expect(flat).toContain('3 de 4 participantes presentes');
    for (const name of ['Ana Pérez Núñez', 'Bruno Díaz', 'Carla Muñoz', 'Diego Rojas']) expect(flat).toContain(name);
    expect(flat).toMatch(/Carla Muñoz Docente Ausente Sin firma/);
    expect(flat).toMatch(/Bruno Díaz Jefe\/a UTP Presente \(firma no disponible en este equipo\)/);
    expect(flat.match(/Presente/g)).toHaveLength(3);
    expect(flat).toContain('Redactar la visión final');
    expect(flat).toMatch(/Compartir metas con docentes Bruno Díaz 20-04-2026 Cumplido el 18-04-2026/);
    expect(flat).toMatch(/Redactar la visión final Ana Pérez 30-04-2026 Pendiente/);
    expect(flat).toMatch(
      /Revisión de acuerdos de sesiones anteriores .*Enviar la nómina de docentes Jefa UTP 20-03-2026 Pendiente/,
    );
    expect(flat).toContain('Registro fotográfico');
    expect(flat).toContain('Foto 1: Trabajo en grupos');
    expect(flat).toContain('(foto no disponible en este equipo)');
    expect(flat).toContain('(formato no admitido en el PDF)');

    pages.forEach((page, i) => {
      expect(page).toContain('Acta de sesión · Escuela Rural Los Aromos · 14-04-2026');
      expect(page).toContain(`Página ${i + 1} de ${pages.length}`);
    });
  });

  it('embeds the PNG signature and the PNG and JPEG photos with their proportions', async () => {
    const { acta, images } = fixture();
    const { images: found, pages } = await readPdf(renderActaPdf(acta, images));
    const drawn = found.filter((i) => i.type === 'image');
    const signatures = drawn.filter((i) => i.width === 60 && i.height === 20);
    // Ana and Diego share one signature image: drawn twice, stored once.
    expect(signatures).toHaveLength(2);
    expect(new Set(signatures.map((s) => s.object)).size).toBe(1);
    expect(found.some((i) => i.type === 'smask' && i.width === 60 && i.height === 20)).toBe(true);
    const png = drawn.find((i) => i.width === 40 && i.height === 30);
    const jpeg = drawn.find((i) => i.width === 32 && i.height === 16);
    expect(jpeg?.enc).toBe('jpeg');
    expect(png?.enc).not.toBe('jpeg');
    expect(drawn).toHaveLength(4);
    const photoPage = pages.findIndex((p) => p.includes('Registro fotográfico')) + 1;
    expect(png?.page).toBe(photoPage);
    expect(jpeg?.page).toBe(photoPage);
    // Same resolution across and down: nothing was stretched.
    for (const i of drawn) expect(Math.abs(i.xppi - i.yppi)).toBeLessThanOrEqual(1);
    // The signature fits the 40 × 15 mm box: 60 px over 40 mm is 38 ppi.
    expect(signatures[0]?.xppi).toBe(38);
  });

  it('puts at most six photos on a page and numbers every page', async () => {
    const { acta, images } = fixture();
    const photos = Array.from({ length: 13 }, (_, i) =>
      ref(i % 2 === 0 ? H.png : H.jpeg, i % 2 === 0 ? 'image/png' : 'image/jpeg'),
    );
    const { pages, images: found } = await readPdf(renderActaPdf({ ...acta, photos }, images));
    const perPage = new Map<number, number>();
    for (const i of found.filter((x) => x.type === 'image' && x.width !== 60))
      perPage.set(i.page, (perPage.get(i.page) ?? 0) + 1);
    expect([...perPage.values()]).toEqual([6, 6, 1]);
    expect(pages.filter((p) => p.includes('Registro fotográfico')).length).toBe(3);
    for (let i = 1; i <= 13; i++) expect(pages.join(' ')).toContain(`Foto ${i}`);
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${pages.length}`));
  });

  it('still produces the acta when an image is damaged or nothing is on this device', async () => {
    const { acta } = fixture();
    const damaged: ActaImages = new Map([
      [H.png, { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), type: 'image/png' }],
    ]);
    const { flat, images } = await readPdf(renderActaPdf(acta, damaged));
    expect(images).toHaveLength(0);
    expect(flat).toContain('(imagen no legible)');
    expect(flat.match(/\(firma no disponible en este equipo\)/g)).toHaveLength(3);
    expect(flat.match(/\(foto no disponible en este equipo\)/g)).toHaveLength(3); // the JPEG, the lost one and the WebP
    expect(flat).toContain('Página 1 de');
  });
});
