// Seguimiento figures as bars: each a <details> whose summary shows the label, a bar and the figure's
// text, and which opens to the actions behind it.
import { ActionsBehind, type DrillDown } from './ActionsBehind.tsx';

export interface BarRow {
  key: string;
  /** The percentage drawn (clamped to 0–100); null draws an empty bar. */
  value: number | null;
  text: string;
  label: string;
  actionIds: readonly string[];
}

/** `testIdPrefix` names each bar `${prefix}${key}`; bars without it carry no test id. */
export function FigureBars({ rows, drill, testIdPrefix }: { rows: BarRow[]; drill: DrillDown; testIdPrefix?: string }) {
  return rows.map((row) => (
    <details
      key={row.key}
      className="dash-row"
      data-testid={testIdPrefix === undefined ? undefined : `${testIdPrefix}${row.key}`}
    >
      <summary>
        <span className="dash-label">{row.label}</span>
        <span className="bar" aria-hidden="true">
          <span className="bar-fill" style={{ width: `${Math.max(0, Math.min(100, row.value ?? 0))}%` }} />
        </span>
        <span className="dash-value">{row.text}</span>
      </summary>
      <ActionsBehind actionIds={row.actionIds} drill={drill} />
    </details>
  ));
}
