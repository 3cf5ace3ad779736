// Reads a generated PDF back with poppler's pdftotext (-raw: content-stream order, so a table row's
// cells come one after another) and collapses whitespace: the text the figure comparisons parse.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function pdfFlatText(bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'figures-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdftotext', ['-raw', file, '-']);
    return stdout.replace(/\s+/g, ' ').trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text between `from` and `to` (exclusive), failing loudly when a marker is missing. */
export function between(text: string, from: string, to: string | null): string {
  const i = text.indexOf(from);
  if (i < 0) throw new Error(`marker not found: ${from}`);
  const j = to === null ? text.length : text.indexOf(to, i + from.length);
  if (j < 0) throw new Error(`marker not found: ${to}`);
  return text.slice(i + from.length, j).trim();
}
