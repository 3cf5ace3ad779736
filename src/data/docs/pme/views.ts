// The PME's views. Each root is read on its own (an edit re-reads only its root); the whole plan is
// composed from those reads; screens subscribe to selections of it (outline, one objective, one
// year) or to one action's entry, so typing in one action re-renders that action's editor only.
import type * as Y from 'yjs';
import type {
  AnnualSettings,
  PmeAction,
  PmeCycle,
  StrategicGoal,
  StrategicObjective,
  Strategy,
} from '../../../domain/pme/model.ts';
import type { PmeVersion } from '../../../domain/pme/versions.ts';
import { entryView, memoViews, rootsView, type View } from '../view.ts';
import { readAnnual } from './annual.ts';
import { combineViews, sameJson, selectView } from './derived.ts';
import { readEntries, readEntry, type DeletedEntry } from './entries.ts';
import { annualOf, entriesOf, metaOf, sellosOf, versionsOf, visionOf } from './layout.ts';
import { composePme, type PmeView } from './read.ts';
import { readStrategic } from './strategic.ts';
import { readVersions } from './versions.ts';

/** What the screen's frame shows: the cycle, the versions, what was deleted, unreadable entries. */
export interface PmeFrame {
  cycle: PmeCycle;
  versions: PmeVersion[];
  deleted: DeletedEntry[];
  invalidCount: number;
}

export interface StrategicOutline {
  cycle: PmeCycle;
  vision: string;
  sellos: { id: string; text: string }[];
  objectives: Pick<StrategicObjective, 'id' | 'dimension'>[];
}

export interface ObjectiveBranch {
  objective: StrategicObjective;
  goals: StrategicGoal[];
  strategies: Strategy[];
  cycle: PmeCycle;
}

/** One year of the fase anual, without the actions' contents (each card reads its own). */
export interface AnnualOutline {
  objectives: Pick<StrategicObjective, 'id' | 'dimension' | 'text'>[];
  strategies: Pick<Strategy, 'id' | 'objectiveId' | 'text'>[];
  actions: Pick<PmeAction, 'id' | 'strategyId'>[];
  settings: AnnualSettings | undefined;
}

export function pmeViews(doc: Y.Doc, schoolId: string, fallbackStartYear: number) {
  const part = <T>(roots: Parameters<typeof rootsView>[0], read: () => T) => rootsView(roots, read);
  const entries = (kind: 'objective' | 'goal' | 'strategy' | 'action') =>
    part([entriesOf(doc, kind)], () => readEntries(doc, kind));
  const whole: View<PmeView> = combineViews(
    [
      part([metaOf(doc), visionOf(doc), sellosOf(doc)], () => readStrategic(doc)),
      entries('objective'),
      entries('goal'),
      entries('strategy'),
      entries('action'),
      part([annualOf(doc)], () => readAnnual(doc)),
      part([versionsOf(doc)], () => readVersions(doc)),
    ],
    (strategic, objective, goal, strategy, action, annual, versions) =>
      composePme(
        { strategic, entries: { objective, goal, strategy, action }, annual, versions },
        schoolId,
        fallbackStartYear,
      ),
  );
  const frame = selectView<PmeView, PmeFrame>(
    whole,
    (v) => ({ cycle: v.plan.cycle, versions: v.versions, deleted: v.deleted, invalidCount: v.invalid.length }),
    (a, b) =>
      a.versions === b.versions &&
      a.invalidCount === b.invalidCount &&
      sameJson([a.cycle, a.deleted], [b.cycle, b.deleted]),
  );
  const strategic = selectView<PmeView, StrategicOutline>(whole, ({ plan }) => ({
    cycle: plan.cycle,
    vision: plan.vision,
    sellos: plan.sellos,
    objectives: plan.objectives.map(({ id, dimension }) => ({ id, dimension })),
  }));
  const objective = memoViews((id: string) =>
    selectView<PmeView, ObjectiveBranch | null>(whole, ({ plan }) => {
      const o = plan.objectives.find((x) => x.id === id);
      if (!o) return null;
      const goals = plan.goals.filter((g) => g.objectiveId === id);
      const strategies = plan.strategies.filter((s) => s.objectiveId === id);
      return { objective: o, goals, strategies, cycle: plan.cycle };
    }),
  );
  const year = memoViews((y: number) =>
    selectView<PmeView, AnnualOutline>(whole, ({ plan }) => ({
      objectives: plan.objectives.map(({ id, dimension, text }) => ({ id, dimension, text })),
      strategies: plan.strategies.map(({ id, objectiveId, text }) => ({ id, objectiveId, text })),
      actions: plan.actions.filter((a) => a.year === y).map(({ id, strategyId }) => ({ id, strategyId })),
      settings: plan.annual.find((a) => a.year === y),
    })),
  );
  const action = memoViews((id: string) =>
    entryView(entriesOf(doc, 'action'), id, () => readEntry(doc, 'action', id) as PmeAction | null),
  );
  return { whole, frame, strategic, objective, year, action };
}

export type PmeViews = ReturnType<typeof pmeViews>;
