// Reads back the first sheet of an XLSX the app wrote (src/reports/xlsx.ts: inline strings, numbers,
// date serials; empty cells left out) as a grid of texts, placed by each cell's reference so an empty
// cell never shifts the ones after it. Node-only: no DOM parser needed.
import { strFromU8, unzipSync } from 'fflate';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);

/** "A" → 0, "AB" → 27. */
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** Row r, column c of the first sheet ('' where the sheet has no cell); rows and columns from 0. */
export function sheetGrid(bytes: Uint8Array): string[][] {
  const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
  const grid: string[][] = [];
  for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const inner = m[3] ?? '';
    const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '';
    const row = (grid[Number(m[2]) - 1] ??= []);
    row[columnIndex(m[1]!)] = unescapeXml(text);
  }
  const width = Math.max(0, ...grid.map((r) => r?.length ?? 0));
  return Array.from(grid, (r) => Array.from({ length: width }, (_, i) => r?.[i] ?? ''));
}
