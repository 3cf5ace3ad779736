// The whole PME as the domain sees it, composed from the reads of each root: the handle's views
// compose the same parts, each re-read only when its own root changes.
import type * as Y from 'yjs';
import {
  CYCLE_YEARS,
  type AnnualSettings,
  type PmeAction,
  type PmePlan,
  type StrategicGoal,
  type StrategicObjective,
  type Strategy,
} from '../../../domain/pme/model.ts';
import type { PmeVersion } from '../../../domain/pme/versions.ts';
import { readAnnual } from './annual.ts';
import { readEntries, type DeletedEntry, type EntriesRead } from './entries.ts';
import { ENTRY_KINDS, type EntryKind } from './layout.ts';
import { readStrategic, type StrategicRead } from './strategic.ts';
import { readVersions } from './versions.ts';

export interface PmeView {
  plan: PmePlan;
  /** Entries' creation order, for stable display. */
  order: Record<string, number>;
  deleted: DeletedEntry[];
  versions: PmeVersion[];
  /** Stored entries that could not be read (kept untouched, reported). */
  invalid: string[];
}

/** What each root reads to; `composePme` builds the plan from them. */
export interface PmeParts {
  strategic: StrategicRead;
  entries: Record<EntryKind, EntriesRead>;
  annual: { annual: AnnualSettings[]; invalid: string[] };
  versions: { versions: PmeVersion[]; invalid: string[] };
}

export function composePme(parts: PmeParts, schoolId: string, fallbackStartYear: number): PmeView {
  const { strategic, entries } = parts;
  const kinds = ENTRY_KINDS.map((k) => entries[k]);
  const deleted = kinds.flatMap((e) => e.deleted).sort((a, b) => (a.deletion.at < b.deletion.at ? 1 : -1));
  const plan: PmePlan = {
    id: `pme:${schoolId}`,
    schoolId,
    cycle: { startYear: strategic.startYear ?? fallbackStartYear, years: CYCLE_YEARS },
    vision: strategic.vision,
    sellos: strategic.sellos,
    objectives: entries.objective.live as StrategicObjective[],
    goals: entries.goal.live as StrategicGoal[],
    strategies: entries.strategy.live as Strategy[],
    actions: entries.action.live as PmeAction[],
    annual: parts.annual.annual,
  };
  return {
    plan,
    order: Object.assign({}, ...kinds.map((e) => e.order)) as Record<string, number>,
    deleted,
    versions: parts.versions.versions,
    invalid: [...kinds.flatMap((e) => e.invalid), ...parts.annual.invalid, ...parts.versions.invalid],
  };
}

export function readPme(doc: Y.Doc, schoolId: string, fallbackStartYear: number): PmeView {
  const entries = Object.fromEntries(ENTRY_KINDS.map((k) => [k, readEntries(doc, k)])) as PmeParts['entries'];
  const parts: PmeParts = {
    strategic: readStrategic(doc),
    entries,
    annual: readAnnual(doc),
    versions: readVersions(doc),
  };
  return composePme(parts, schoolId, fallbackStartYear);
}
