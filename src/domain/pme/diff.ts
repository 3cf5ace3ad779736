// Comparing two versions of the PME (issue 4, item 5): what was added, removed and changed, entry by
// entry (objectives, metas, estrategias, acciones), with the fields that changed shown as text.
// Entries are matched by id, so renaming an action is a change, not a removal plus an addition.
import { DIMENSIONS } from '../mge/modelo.ts';
import { NORMATIVE_PLANS } from '../diagnosis/peiPlanes.ts';
import { FUNDING_SOURCES, PME_AREAS } from './model.ts';
import type { PmeAction, PmePlan, StrategicGoal, StrategicObjective, Strategy } from './model.ts';
import { formatIsoDate } from '../shared/localDates.ts';
import { formatPesos } from '../shared/money.ts';
import { actionTotal } from './budget.ts';

export type DiffEntryKind = 'objective' | 'goal' | 'strategy' | 'action';

export const DIFF_KIND_LABELS: Record<DiffEntryKind, string> = {
  objective: 'Objetivo estratégico',
  goal: 'Meta estratégica',
  strategy: 'Estrategia',
  action: 'Acción',
};

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface EntryDiff {
  kind: DiffEntryKind;
  id: string;
  /** The entry's name in the newer version (or the older one when removed). */
  title: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface PlanDiff {
  vision: FieldChange | null;
  sellos: FieldChange | null;
  entries: EntryDiff[];
  counts: Record<'added' | 'removed' | 'changed', number>;
}

type Field<T> = { key: string; label: string; show: (e: T) => string };

const yesNo = (b: boolean) => (b ? 'Sí' : 'No');
const list = (xs: readonly string[]) => xs.join('; ');
const areaLabel = (code: string) => PME_AREAS.find((a) => a.code === code)?.label ?? code;
const dimensionLabel = (code: string) => DIMENSIONS.find((d) => d.code === code)?.label ?? code;
const planLabel = (code: string) => NORMATIVE_PLANS.find((p) => p.code === code)?.label ?? code;
const number = (n: number | null) => (n === null ? '—' : String(n).replace('.', ','));
const date = (s: string) => (s === '' ? '—' : formatIsoDate(s));

const OBJECTIVE_FIELDS: Field<StrategicObjective>[] = [
  { key: 'text', label: 'Objetivo', show: (o) => o.text },
  { key: 'dimension', label: 'Dimensión', show: (o) => areaLabel(o.dimension) },
  { key: 'priorityIds', label: 'Prioridades del diagnóstico', show: (o) => String(o.priorityIds.length) },
];

const GOAL_FIELDS: Field<StrategicGoal>[] = [
  { key: 'text', label: 'Meta', show: (g) => g.text },
  { key: 'indicator', label: 'Indicador', show: (g) => `${g.indicator.name} (${g.indicator.unit})` },
  {
    key: 'baseline',
    label: 'Línea base',
    show: (g) => `${number(g.baseline.value)}${g.baseline.year ? ` (${g.baseline.year})` : ''}`,
  },
  {
    key: 'targets',
    label: 'Metas por año',
    show: (g) =>
      [...g.targets]
        .sort((a, b) => a.year - b.year)
        .map((t) => `${t.year}: ${number(t.value)}`)
        .join(', '),
  },
];

const STRATEGY_FIELDS: Field<Strategy>[] = [{ key: 'text', label: 'Estrategia', show: (s) => s.text }];

const ACTION_FIELDS: Field<PmeAction>[] = [
  { key: 'nombre', label: 'Nombre', show: (a) => a.nombre },
  { key: 'descripcion', label: 'Descripción', show: (a) => a.descripcion },
  { key: 'dimension', label: 'Dimensión', show: (a) => dimensionLabel(a.dimension) },
  { key: 'subdimensiones', label: 'Subdimensiones', show: (a) => list([...a.subdimensiones].sort()) },
  { key: 'fechaInicio', label: 'Fecha de inicio', show: (a) => date(a.fechaInicio) },
  { key: 'fechaTermino', label: 'Fecha de término', show: (a) => date(a.fechaTermino) },
  { key: 'responsable', label: 'Responsable', show: (a) => a.responsable },
  { key: 'recursos', label: 'Recursos necesarios', show: (a) => a.recursos },
  { key: 'mediosVerificacion', label: 'Medios de verificación', show: (a) => list(a.mediosVerificacion) },
  { key: 'usoTIC', label: 'Uso de TIC', show: (a) => yesNo(a.usoTIC) },
  { key: 'asesoriaATE', label: 'Asesoría ATE', show: (a) => yesNo(a.asesoriaATE) },
  {
    key: 'planesNormativos',
    label: 'Planes asociados',
    show: (a) => list([...a.planesNormativos].sort().map(planLabel)),
  },
  { key: 'programaAsociado', label: 'Programa asociado', show: (a) => a.programaAsociado },
  ...FUNDING_SOURCES.map((f) => ({
    key: `financiamiento.${f.code}`,
    label: `Monto ${f.label}`,
    show: (a: PmeAction) => formatPesos(a.financiamiento[f.code]),
  })),
  { key: 'total', label: 'Monto total', show: (a) => formatPesos(actionTotal(a)) },
];

function diffEntries<T extends { id: string }>(
  kind: DiffEntryKind,
  before: readonly T[],
  after: readonly T[],
  fields: Field<T>[],
  title: (e: T) => string,
): EntryDiff[] {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const out: EntryDiff[] = [];
  for (const e of after) {
    const prev = old.get(e.id);
    if (!prev) {
      out.push({ kind, id: e.id, title: title(e), change: 'added', fields: [] });
      continue;
    }
    const changed = fields
      .map((f) => ({ field: f.key, label: f.label, before: f.show(prev), after: f.show(e) }))
      .filter((c) => c.before !== c.after);
    if (changed.length > 0) out.push({ kind, id: e.id, title: title(e), change: 'changed', fields: changed });
  }
  for (const e of before)
    if (!now.has(e.id)) out.push({ kind, id: e.id, title: title(e), change: 'removed', fields: [] });
  return out;
}

const untitled = (s: string, fallback: string) => (s.trim() === '' ? fallback : s.trim());

/** From `before` (older) to `after` (newer). */
export function diffPlans(before: PmePlan, after: PmePlan): PlanDiff {
  const entries = [
    ...diffEntries('objective', before.objectives, after.objectives, OBJECTIVE_FIELDS, (o) =>
      untitled(o.text, '(objetivo sin texto)'),
    ),
    ...diffEntries('goal', before.goals, after.goals, GOAL_FIELDS, (g) => untitled(g.text, '(meta sin texto)')),
    ...diffEntries('strategy', before.strategies, after.strategies, STRATEGY_FIELDS, (s) =>
      untitled(s.text, '(estrategia sin texto)'),
    ),
    ...diffEntries('action', before.actions, after.actions, ACTION_FIELDS, (a) =>
      untitled(a.nombre, '(acción sin nombre)'),
    ),
  ];
  const sellosOf = (p: PmePlan) => p.sellos.map((s) => s.text).join('; ');
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const e of entries) counts[e.change]++;
  return {
    vision:
      before.vision === after.vision
        ? null
        : { field: 'vision', label: 'Visión', before: before.vision, after: after.vision },
    sellos:
      sellosOf(before) === sellosOf(after)
        ? null
        : { field: 'sellos', label: 'Sellos', before: sellosOf(before), after: sellosOf(after) },
    entries,
    counts,
  };
}
