// The filters and the order of the dashboard (SD-7): comuna, dependencia, rural/urbano, asesor, PME state.
import type { SchoolDashboardRow } from '../../domain/dashboard/row.ts';
import {
  PME_STATE_LABELS,
  SORT_KEYS,
  dependenciaText,
  type DashboardFilters,
  type SortKey,
} from '../../domain/dashboard/table.ts';

interface Props {
  rows: readonly SchoolDashboardRow[];
  filters: DashboardFilters;
  onFilters: (f: DashboardFilters) => void;
  sort: { key: SortKey; descending: boolean };
  onSort: (s: { key: SortKey; descending: boolean }) => void;
}

function options(rows: readonly SchoolDashboardRow[], key: (r: SchoolDashboardRow) => [string, string]) {
  const seen = new Map(rows.map((r) => key(r)).filter(([v]) => v !== ''));
  return [...seen].sort((a, b) => a[1].localeCompare(b[1], 'es'));
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  choices: [string, string][];
  onChange: (v: string) => void;
}) {
  return (
    <label htmlFor={props.id}>
      {props.label}
      <select id={props.id} data-testid={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Todos</option>
        {props.choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DashboardFilterBar({ rows, filters, onFilters, sort, onSort }: Props) {
  const set = (k: keyof DashboardFilters) => (v: string) => onFilters({ ...filters, [k]: v });
  return (
    <div className="inline-form dashboard-filters">
      <Select
        id="dash-comuna"
        label="Comuna"
        value={filters.comuna}
        choices={options(rows, (r) => [r.comunaCode, r.comunaName || r.comunaCode])}
        onChange={set('comuna')}
      />
      <Select
        id="dash-dependencia"
        label="Dependencia"
        value={filters.dependencia}
        choices={options(rows, (r) => [r.dependencia, dependenciaText(r)])}
        onChange={set('dependencia')}
      />
      <Select
        id="dash-rural"
        label="Ruralidad"
        value={filters.rural}
        choices={[
          ['rural', 'Rural'],
          ['urbano', 'Urbano'],
        ]}
        onChange={set('rural')}
      />
      <Select
        id="dash-asesor"
        label="Asesor(a)"
        value={filters.asesor}
        choices={options(rows, (r) => [r.asesor, r.asesor])}
        onChange={set('asesor')}
      />
      <Select
        id="dash-pme"
        label="Estado PME"
        value={filters.pmeState}
        choices={Object.entries(PME_STATE_LABELS)}
        onChange={set('pmeState')}
      />
      <SortControls sort={sort} onSort={onSort} />
    </div>
  );
}

function SortControls({ sort, onSort }: Pick<Props, 'sort' | 'onSort'>) {
  return (
    <>
      <label htmlFor="dash-sort">
        Ordenar por
        <select
          id="dash-sort"
          data-testid="dash-sort"
          value={sort.key}
          onChange={(e) => onSort({ ...sort, key: e.target.value as SortKey })}
        >
          {Object.entries(SORT_KEYS).map(([k, v]) => (
            <option key={k} value={k}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor="dash-desc" className="checkbox">
        <input
          id="dash-desc"
          data-testid="dash-desc"
          type="checkbox"
          checked={sort.descending}
          onChange={(e) => onSort({ ...sort, descending: e.target.checked })}
        />
        Descendente
      </label>
    </>
  );
}
