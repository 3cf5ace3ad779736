// Comparing two cortes action by action (issue 7, item 5): level, % de avance, amounts executed and
// evidence, from each cycle's effective record (records.ts). Works on live records or on the
// records of a closed cycle's snapshot alike.
import type { PmeAction } from '../pme/model.ts';
import { pesos, type Pesos } from '../shared/money.ts';
import { IMPLEMENTATION_LEVEL_CODES, type ImplementationLevel } from './levels.ts';
import type { MonitoringRecord } from './records.ts';
import { effectiveRecords, evidenceCount, executedTotal } from './records.ts';

export type LevelChange = 'sube' | 'baja' | 'igual' | 'nuevo' | 'sin-registro' | 'sin-cambio-registro';

export interface SideFigures {
  recordId: string;
  level: ImplementationLevel;
  progress: number;
  executed: Pesos;
  mediosCount: number;
  evidenceCount: number;
}

export interface ActionComparison {
  actionId: string;
  nombre: string;
  before: SideFigures | null;
  after: SideFigures | null;
  /**
   * 'sube'/'baja'/'igual': both cycles recorded, by level order (no efectuada < … < completa);
   * 'nuevo': only the later cycle; 'sin-registro': only the earlier one; 'sin-cambio-registro': neither.
   */
  levelChange: LevelChange;
  /** after − before, null unless both recorded. */
  progressDelta: number | null;
  executedDelta: Pesos | null;
  evidenceDelta: number | null;
  mediosDelta: number | null;
}

const rank = (l: ImplementationLevel) => IMPLEMENTATION_LEVEL_CODES.length - IMPLEMENTATION_LEVEL_CODES.indexOf(l);

function figures(r: MonitoringRecord | undefined): SideFigures | null {
  if (!r) return null;
  return {
    recordId: r.id,
    level: r.level,
    progress: r.progress,
    executed: executedTotal(r),
    mediosCount: r.medios.length,
    evidenceCount: evidenceCount(r),
  };
}

function levelChange(b: SideFigures | null, a: SideFigures | null): LevelChange {
  if (b && a) return rank(a.level) > rank(b.level) ? 'sube' : rank(a.level) < rank(b.level) ? 'baja' : 'igual';
  if (a) return 'nuevo';
  return b ? 'sin-registro' : 'sin-cambio-registro';
}

/** One row per action (in `actions` order) comparing cycle `beforeId` with cycle `afterId`. */
export function compareCycles(
  actions: readonly Pick<PmeAction, 'id' | 'nombre'>[],
  records: readonly MonitoringRecord[],
  beforeId: string,
  afterId: string,
): ActionComparison[] {
  const before = effectiveRecords(records, beforeId);
  const after = effectiveRecords(records, afterId);
  return actions.map((a) => {
    const b = figures(before.get(a.id));
    const f = figures(after.get(a.id));
    const both = b !== null && f !== null;
    return {
      actionId: a.id,
      nombre: a.nombre,
      before: b,
      after: f,
      levelChange: levelChange(b, f),
      progressDelta: both ? f.progress - b.progress : null,
      executedDelta: both ? pesos(f.executed - b.executed) : null,
      evidenceDelta: both ? f.evidenceCount - b.evidenceCount : null,
      mediosDelta: both ? f.mediosCount - b.mediosCount : null,
    };
  });
}
