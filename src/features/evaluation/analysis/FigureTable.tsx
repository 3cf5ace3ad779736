// The report's formatted cells as screen tables and fact lists: the Análisis shows exactly what the
// Informe de Evaluación prints.
import type { GoalCategory } from '../../../domain/evaluation/goals.ts';
import type { CategorisedRow } from '../../../domain/evaluation/report/evaluationReport.ts';
import { TableHead } from '../../forms/index.ts';

interface TableProps {
  testId: string;
  headers: readonly string[];
  rows: readonly (string[] | CategorisedRow)[];
  foot?: string[];
  /** Marks each row (e.g. the goal id) for the screen's tests and links. */
  rowKeys?: readonly string[];
}

const cellsOf = (r: string[] | CategorisedRow) => (Array.isArray(r) ? r : r.cells);
const categoryOf = (r: string[] | CategorisedRow): GoalCategory | null => (Array.isArray(r) ? null : r.category);

/** The last cell of a categorised row is its category; the one before, the goal's coverage. */
function cellClass(category: GoalCategory | null, j: number, length: number): string | undefined {
  if (!category) return undefined;
  if (j === length - 1) return `status goal-${category}`;
  return j === length - 2 ? 'goal-covered' : undefined;
}

function FigureRow({ row, rowKey }: { row: string[] | CategorisedRow; rowKey: string | undefined }) {
  const cells = cellsOf(row);
  const category = categoryOf(row);
  return (
    <tr data-row-key={rowKey}>
      {cells.map((c, j) => (
        <td key={j} className={cellClass(category, j, cells.length)}>
          {c}
        </td>
      ))}
    </tr>
  );
}

/** A table of the report's formatted cells. */
export function FigureTable({ testId, headers, rows, foot, rowKeys }: TableProps) {
  return (
    <table className="programme-table" data-testid={testId}>
      <TableHead headers={headers} />
      <tbody>
        {rows.map((r, i) => (
          <FigureRow key={rowKeys?.[i] ?? i} row={r} rowKey={rowKeys?.[i]} />
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr>
            {foot.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}

export function Facts({ testId, rows }: { testId: string; rows: readonly [string, string][] }) {
  return (
    <dl className="facts" data-testid={testId}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
