// Actions by nivel de implementación in each school's last corte, as one stacked bar per school
// (HTML, like the Seguimiento's bars): each segment is that level's % and opens the school's Monitoreo.
import { IMPLEMENTATION_LEVELS } from '../../domain/monitoring/levels.ts';
import type { SchoolDashboardRow } from '../../domain/dashboard/row.ts';
import { formatPercent } from '../../domain/shared/numbers.ts';
import { levelCss } from '../../reports/levelPalette.ts';
import { schoolLinks } from './links.ts';

export function LevelsChart({ rows }: { rows: readonly SchoolDashboardRow[] }) {
  const shown = rows.filter((r) => r.monitoring !== null);
  if (shown.length === 0) return <p className="muted">Ningún establecimiento tiene un corte iniciado.</p>;
  return (
    <div className="levels-chart" data-testid="dash-levels-chart">
      <ul className="legend">
        {[...IMPLEMENTATION_LEVELS.map((l) => [l.code, l.short] as const), ['none', 'Sin registro'] as const].map(
          ([code, label]) => (
            <li key={code}>
              <span className="swatch" style={{ background: levelCss(code) }} /> {label}
            </li>
          ),
        )}
      </ul>
      {shown.map((r) => {
        const d = r.monitoring!.dashboard;
        const parts = [
          ...d.levels.map((l) => ({ key: l.level, label: l.label, percent: l.percent })),
          { key: 'none' as const, label: 'Sin registro en el corte', percent: d.sinRegistro.percent },
        ].filter((p) => p.percent > 0);
        return (
          <div className="levels-row" key={r.schoolId} data-testid={`dash-levels-${r.schoolId}`}>
            <span className="levels-label">{r.name}</span>
            <a className="levels-bar" href={schoolLinks(r.schoolId).monitoring} aria-label={`Monitoreo de ${r.name}`}>
              {parts.map((p) => (
                <span
                  key={p.key}
                  title={`${p.label}: ${formatPercent(p.percent)}`}
                  style={{ width: `${p.percent}%`, background: levelCss(p.key) }}
                />
              ))}
            </a>
          </div>
        );
      })}
    </div>
  );
}
