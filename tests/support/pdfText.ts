// The one place tests read a generated PDF back with poppler (pdftotext, pdfinfo): no test spawns them itself.
// A caller passes the PDF's bytes or the path of a file already on disk.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

type PdfSource = Uint8Array | string;

export interface PdfTextOptions {
  /** layout: columns kept in place; raw: content-stream order (a table row's cells one after another);
   * plain: poppler's default reading order. */
  mode?: 'layout' | 'raw' | 'plain';
  /** Output encoding (`-enc`); poppler's default when absent. */
  encoding?: string;
  /** 1-based page range, both ends included. */
  firstPage?: number;
  lastPage?: number;
}

async function withFile<T>(source: PdfSource, use: (file: string) => Promise<T>): Promise<T> {
  if (typeof source === 'string') return use(source);
  const dir = await mkdtemp(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, source);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function pageRange(firstPage?: number, lastPage?: number): string[] {
  return [
    ...(firstPage === undefined ? [] : ['-f', String(firstPage)]),
    ...(lastPage === undefined ? [] : ['-l', String(lastPage)]),
  ];
}

/** pdftotext's output for the PDF, whitespace as poppler writes it (pages separated by form feeds). */
export async function pdfText(source: PdfSource, options: PdfTextOptions = {}): Promise<string> {
  const { mode = 'plain', encoding, firstPage, lastPage } = options;
  const args = [
    ...(mode === 'plain' ? [] : [`-${mode}`]),
    ...(encoding === undefined ? [] : ['-enc', encoding]),
    ...pageRange(firstPage, lastPage),
  ];
  return withFile(source, async (file) => (await run('pdftotext', [...args, file, '-'])).stdout);
}

/** pdfinfo's report; with a page range it also lists each page's size ("Page    1 size: 595 x 842 pts"). */
export async function pdfInfo(source: PdfSource, firstPage?: number, lastPage?: number): Promise<string> {
  return withFile(source, async (file) => (await run('pdfinfo', [...pageRange(firstPage, lastPage), file])).stdout);
}

/** The number of pages pdfinfo reports, failing loudly when it reports none. */
export async function pdfPageCount(source: PdfSource): Promise<number> {
  const pages = /Pages:\s+(\d+)/.exec(await pdfInfo(source))?.[1];
  if (pages === undefined) throw new Error('pdfinfo reported no page count');
  return Number(pages);
}

/** The raw-order text with whitespace collapsed: the text the figure comparisons parse. */
export async function pdfFlatText(bytes: PdfSource): Promise<string> {
  return (await pdfText(bytes, { mode: 'raw' })).replace(/\s+/g, ' ').trim();
}

/** The text between `from` and `to` (exclusive), failing loudly when a marker is missing. */
export function between(text: string, from: string, to: string | null): string {
  const i = text.indexOf(from);
  if (i < 0) throw new Error(`marker not found: ${from}`);
  const j = to === null ? text.length : text.indexOf(to, i + from.length);
  if (j < 0) throw new Error(`marker not found: ${to}`);
  return text.slice(i + from.length, j).trim();
}

/** pdfimages' list of the images drawn in the PDF, one line per image, its two header lines dropped. */
export async function pdfImageList(source: PdfSource): Promise<string[]> {
  const { stdout } = await withFile(source, (file) => run('pdfimages', ['-list', file]));
  return stdout.trim().split('\n').slice(2);
}

/** The layout text page by page (split at form feeds, the empty tail dropped), runs of spaces as one. */
export async function pdfPages(source: PdfSource): Promise<string[]> {
  const layout = await pdfText(source, { mode: 'layout' });
  const pages = layout.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  return pages.map((p) => p.replace(/[ \t]+/g, ' '));
}
