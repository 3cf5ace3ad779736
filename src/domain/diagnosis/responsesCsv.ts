// Raw responses as CSV for anyone who wants to analyse them elsewhere: one row per response
// (anonymous: no device, no person), one column per item of every instrument version, with the
// item's wording in a second header line; 'ns' is written "NS". Written by the one CSV writer
// (export/csv.ts: ";", BOM, CRLF, quoting, open answers neutralised against formula injection).
// Start and end stay ISO-8601 instants: exact to the second and unambiguous for analysis tools.
// The school's identification follows the table after a blank line (FT2-2).
import { csvText } from '../export/csv.ts';
import { schoolIdentification, type SchoolIdentity } from '../schools/schoolIdentification.ts';
import { SUBDIMENSIONS } from '../mge/modelo.ts';
import { STAKEHOLDER_GROUPS, instrumentKey, type Instrument, type Response } from './model.ts';

export function responsesToCsv(
  instruments: readonly Instrument[],
  responses: readonly Response[],
  school: SchoolIdentity,
): string {
  const byKey = new Map(instruments.map((i) => [instrumentKey(i.id, i.version), i]));
  const columns: { id: string; header: string; label: string }[] = [];
  const seen = new Set<string>();
  for (const instr of [...instruments].sort((a, b) => a.group.localeCompare(b.group) || a.version - b.version)) {
    for (const item of instr.items) {
      const id = `${instr.id}@${instr.version}:${item.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const sub = item.kind === 'scale' ? SUBDIMENSIONS.find((s) => s.code === item.subdimension)?.code : 'abierta';
      columns.push({ id, header: `${item.id} (v${instr.version}, ${sub})`, label: item.text });
    }
  }
  const fixed = ['respuesta', 'grupo', 'modo', 'cuestionario', 'version', 'inicio', 'termino'];
  const lines: string[][] = [
    [...fixed, ...columns.map((c) => c.header)],
    [...fixed.map(() => ''), ...columns.map((c) => c.label)],
  ];
  const ordered = [...responses].sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
  ordered.forEach((r, index) => {
    const instr = byKey.get(instrumentKey(r.instrumentId, r.instrumentVersion));
    const cells = [
      String(index + 1),
      STAKEHOLDER_GROUPS.find((g) => g.code === r.group)?.label ?? r.group,
      r.mode === 'kiosk' ? 'kiosco' : 'papel',
      r.instrumentId,
      String(r.instrumentVersion),
      r.startedAt,
      r.completedAt ?? '',
    ];
    for (const c of columns) {
      const [key, itemId] = [c.id.slice(0, c.id.lastIndexOf(':')), c.id.slice(c.id.lastIndexOf(':') + 1)];
      if (!instr || key !== instrumentKey(instr.id, instr.version)) {
        cells.push('');
        continue;
      }
      const scale = r.answers[itemId];
      cells.push(scale === undefined ? (r.openAnswers[itemId] ?? '') : scale === 'ns' ? 'NS' : String(scale));
    }
    lines.push(cells);
  });
  return csvText(lines, schoolIdentification(school));
}
