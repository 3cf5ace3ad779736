// The dashboard's figures as text, parsed where tests compare them with other renderings of the same
// row: the school screens' hours, the XLSX's cells (numbers where the sheet has numbers), and the PDF
// summary's table row (src/features/dashboard/report/summaryRows.ts's columns after name and comuna).
import { expect } from 'vitest';
import { EXPORT_HEADERS } from '../../../src/domain/dashboard/table.ts';
import type { RowFigures } from './DashboardPage.ts';

/** "12,0 de 80 h" → 12; "33,3 %" → 33.3. */
export const number = (s: string) =>
  Number(/-?\d+(?:\.\d{3})*(?:,\d+)?/.exec(s)![0].replace(/\./g, '').replace(',', '.'));
/** The asesoría's "12 h 30 min" in hours. */
export const hoursOf = (s: string) => {
  const m = /^(?:(\d+) h)?\s*(?:(\d+) min)?$/.exec(s)!;
  return Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60;
};

/** An XLSX row against the screen's row (SD-8): the same figures, as numbers where the sheet has numbers. */
export function expectXlsxRow(cells: string[], f: RowFigures): void {
  const cell = (h: (typeof EXPORT_HEADERS)[number]) => cells[EXPORT_HEADERS.indexOf(h)]!;
  const id = cells[0];
  expect(cell('Establecimiento'), id).toBe(f['dash-name']);
  expect(cell('Mes de la asesoría'), id).toBe(f['dash-month']);
  expect(Number(cell('Horas usadas')), id).toBe(number(f['dash-hours']!));
  expect(Number(cell('Entregables entregados')), id).toBe(number(f['dash-deliverables']!));
  expect(Number(cell('Entregables atrasados')), id).toBe(lateOf(f));
  expect(f['dash-pme']!.startsWith(cell('Estado PME')), `${id}: ${cell('Estado PME')}`).toBe(true);
  const corte = f['dash-corte'];
  expect(cell('Último corte'), id).toBe(corte?.split(':')[0] ?? '');
  expect(cell('% Completa'), id).toBe(corte === undefined ? '' : String(number(corte.split(':')[1]!)));
  expect(cell('% ejecutado total'), id).toBe(corte === undefined ? '' : String(number(f['dash-budget']!)));
  expect(cell('Alertas'), id).toBe(f['dash-alerts'] ?? '');
  const indicators = [cell('Indicadores en camino'), cell('Indicadores en riesgo'), cell('Indicadores desviados')];
  expect(indicators.join(' / '), id).toBe(f['dash-indicators']);
  expect(cell('Evaluación'), id).toBe(f['dash-evaluation']);
  expect(cell('Acta de Verificación'), id).toBe(f['dash-acta']);
}

const lateOf = (f: RowFigures) => Number(/(\d+) atrasados/.exec(f['dash-deliverables']!)?.[1] ?? 0);

/** The PDF summary's row of a school, from the screen's figures (the summary's columns after name and comuna). */
export function summaryLine(f: RowFigures): string {
  const corte = f['dash-corte'];
  return [
    f['dash-month'],
    f['dash-hours']!.replace(/ h$/, ''),
    `${number(f['dash-deliverables']!)} / ${lateOf(f)}`,
    f['dash-pme'],
    corte?.split(':')[0] ?? '—',
    corte === undefined ? '—' : corte.split(': ')[1]!.replace(/ completa$/, ''),
    f['dash-budget'] ?? '—',
    f['dash-alerts'] ?? '—',
    f['dash-indicators'],
    f['dash-evaluation'],
    f['dash-acta'],
  ].join(' ');
}
