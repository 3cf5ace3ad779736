// Reading the figures a screen and a PDF print, for the R-8 comparisons: the PDF's text in drawing
// order (pdftotext -raw) without page furniture, the screen's tables as rows of cell texts, and a
// row-by-row scan that takes, between one row's label and the next, exactly the figures the PDF
// prints there — so a figure missing, added or different on either side fails, not only "contains".
import { expect } from 'vitest';
import { pdfText as readPdfText } from '../../support/pdfText.ts';

/** Whitespace (the no-break space of "16,7 %" included) as single spaces. */
export const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Dates, "Meta 2027: 40,0 %", signed numbers with decimal comma and thousands points, with their %. */
const FIGURE = /\d{2}-\d{2}-\d{4}|Meta \d{4}: [-+]?\d[\d.]*(?:,\d+)?(?: %)?|[-+]?\d[\d.]*(?:,\d+)?(?: %)?/g;
export const figures = (s: string): string[] => norm(s).match(FIGURE) ?? [];

/** Where the PDF turns a page (its footer lines were there). */
export const PAGE_BREAK = '¶';

/** The PDF's text in drawing order, footers ("Página N de M", the footer line, the hash line) replaced
 * by PAGE_BREAK. */
export async function pdfText(bytes: Uint8Array, furniture: readonly string[]): Promise<string> {
  const stdout = await readPdfText(bytes, { mode: 'raw', encoding: 'UTF-8' });
  const lines = stdout
    .split('\n')
    .map((l) =>
      /^Página \d+ de \d+$/.test(l.trim()) || furniture.some((f) => norm(l).startsWith(norm(f))) ? PAGE_BREAK : l,
    );
  return norm(lines.join('\n'));
}

/** A screen table as rows of cell texts (an input's value for an input cell), body then foot. */
export function tableRows(root: ParentNode, testId: string): string[][] {
  const table = root.querySelector(`[data-testid="${testId}"]`);
  if (!table) throw new Error(`no table ${testId} on the screen`);
  return [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) =>
    [...tr.children].map((td) => td.querySelector('input')?.value ?? td.textContent ?? ''),
  );
}

/** Label–value pairs of a <dl> on the screen. */
export function factRows(root: ParentNode, testId: string): string[][] {
  const dl = root.querySelector(`[data-testid="${testId}"]`);
  if (!dl) throw new Error(`no facts ${testId} on the screen`);
  return [...dl.querySelectorAll('div')].map((d) => [
    d.querySelector('dt')?.textContent ?? '',
    d.querySelector('dd')?.textContent ?? '',
  ]);
}

function find(pdf: string, what: string, from: number, context: string): number {
  const at = pdf.indexOf(norm(what), from);
  if (at < 0) throw new Error(`${context}: «${norm(what)}» not found in the PDF after position ${from}`);
  return at;
}

/**
 * Compares a screen table with the PDF, row by row, after the first occurrence of `anchor` (the
 * table's title or header) at or after `from`: the figures between row i's label (cell `labelCol`)
 * and row i+1's label must be exactly row i's figures after the label and row i+1's before it. The
 * table's header repeated on a new page (`header`, by default the anchor) is page furniture and is
 * dropped. Returns where the table starts, to look for the next one from there.
 */
export function expectSameTable(
  pdf: string,
  rows: readonly string[][],
  opts: { anchor: string; header?: string; from?: number; labelCol?: number; name: string },
): number {
  const col = opts.labelCol ?? 0;
  const start = find(pdf, opts.anchor, opts.from ?? 0, opts.name) + norm(opts.anchor).length;
  const text = norm(
    pdf
      .slice(start)
      .split(norm(opts.header ?? opts.anchor))
      .join(' '),
  );
  expect(rows.length, `${opts.name}: rows on the screen`).toBeGreaterThan(0);
  // A row split across pages prints the rest of its label after its figures, past the page break:
  // then the label is found by its first words (the rest has no digits, so it never counts as a
  // figure). Otherwise the whole label.
  const keys: string[] = [];
  const starts: number[] = [];
  let cursor = 0;
  for (const r of rows) {
    const whole = norm(r[col]!);
    const prefix = whole.split(' ').slice(0, 3).join(' ');
    const p = text.indexOf(prefix, cursor);
    const q = text.indexOf(whole, cursor);
    const split = p >= 0 && (q < 0 || (p < q && text.slice(p, q).includes(PAGE_BREAK)));
    const key = split ? prefix : whole;
    const at = find(text, key, cursor, opts.name);
    keys.push(key);
    starts.push(at);
    cursor = at + key.length;
  }
  rows.forEach((r, i) => {
    const after = r.slice(col + 1).flatMap(figures);
    const next = rows[i + 1];
    const expected = [...after, ...(next ? next.slice(0, col).flatMap(figures) : [])];
    const labelEnd = starts[i]! + keys[i]!.length;
    const segment = next ? text.slice(labelEnd, starts[i + 1]) : text.slice(labelEnd);
    const got = next ? figures(segment) : figures(segment).slice(0, expected.length);
    expect(got, `${opts.name}, row «${norm(r[col]!)}»`).toEqual(expected);
  });
  return start;
}
