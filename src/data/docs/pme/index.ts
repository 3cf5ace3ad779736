// The PME document's handle: the fase estratégica (cycle, visión, sellos, objetivos with their metas
// and estrategias), the fase anual (acciones and each year's settings), deletions and versions, as
// domain verbs; views per root, per selection and per action (views.ts). Screens never see Yjs.
import type * as Y from 'yjs';
import type { DimensionCode } from '../../../domain/mge/modelo.ts';
import { localYear } from '../../../domain/shared/localDates.ts';
import {
  cycleYears,
  emptyFunding,
  type AnnualSettings,
  type FundingSourceCode,
  type PmeAction,
  type PmeAreaCode,
  type PmeCycle,
  type StrategicGoal,
} from '../../../domain/pme/model.ts';
import type { VersionKind } from '../../../domain/pme/versions.ts';
import type { Actor } from '../actor.ts';
import { DocHandle } from '../handle.ts';
import type { HandleFactory } from '../open.ts';
import { LOCAL_EDIT } from '../../workspace.ts';
import { setAnnualSettings } from './annual.ts';
import { confirmDeletion, createEntry, deleteEntry, restoreEntry, updateEntry } from './entries.ts';
import type { EntryKind } from './layout.ts';
import { readPme } from './read.ts';
import { addSello, removeSello, setCycleStartYear, setVision } from './strategic.ts';
import { markVersion } from './versions.ts';
import { pmeViews, type PmeViews } from './views.ts';
import { newId } from '../../ids.ts';

/** Fields of an acción a screen may change; amounts are patched per source. */
export type ActionPatch = Partial<Omit<PmeAction, 'id' | 'year' | 'strategyId' | 'financiamiento'>> & {
  financiamiento?: Partial<Record<FundingSourceCode, number>>;
};

/** Fields of a meta a screen may change; nested parts and targets (by year) are patched per key. */
export interface GoalPatch {
  text?: string;
  indicator?: Partial<StrategicGoal['indicator']>;
  baseline?: Partial<StrategicGoal['baseline']>;
  targets?: Record<string, number | null>;
}

export class PmeHandle extends DocHandle {
  readonly views: PmeViews;

  constructor(
    doc: Y.Doc,
    actor: Actor,
    private readonly schoolId: string,
  ) {
    super(doc, actor);
    this.views = pmeViews(doc, schoolId, this.defaultStartYear());
  }

  /** The cycle a new plan starts with: the current year. The team changes it on the strategic tab. */
  private defaultStartYear(): number {
    return localYear(this.actor.now());
  }

  /** The plan as the document holds it now (what a version freezes). */
  read() {
    return readPme(this.doc, this.schoolId, this.defaultStartYear());
  }

  private delete(kind: EntryKind, id: string): void {
    deleteEntry(this.doc, kind, id, this.actor.name, this.stamp(), LOCAL_EDIT);
  }

  readonly strategic = {
    setCycleStartYear: (year: number) => setCycleStartYear(this.doc, year, LOCAL_EDIT),
    setVision: (text: string) => setVision(this.doc, text, LOCAL_EDIT),
    addSello: (text: string) => addSello(this.doc, newId(), text, LOCAL_EDIT),
    removeSello: (id: string) => removeSello(this.doc, id, LOCAL_EDIT),
  };

  readonly objectives = {
    add: (area: PmeAreaCode, text: string): string => {
      const id = newId();
      createEntry(this.doc, 'objective', id, { dimension: area, text: text.trim(), priorityIds: [] }, LOCAL_EDIT);
      return id;
    },
    setText: (id: string, text: string) => updateEntry(this.doc, 'objective', id, { text }, LOCAL_EDIT),
    setPriorities: (id: string, priorityIds: string[]) =>
      updateEntry(this.doc, 'objective', id, { priorityIds }, LOCAL_EDIT),
    /** Deletes it with its metas, estrategias and their acciones (restorable). */
    remove: (id: string) => this.delete('objective', id),
  };

  readonly goals = {
    add: (objectiveId: string, cycle: PmeCycle): string => {
      const id = newId();
      const fields = {
        objectiveId,
        text: '',
        indicator: { name: '', unit: '%', min: 0, max: 100 },
        targets: cycleYears(cycle).map((year) => ({ year, value: null })),
      };
      createEntry(this.doc, 'goal', id, fields, LOCAL_EDIT);
      return id;
    },
    update: (id: string, patch: GoalPatch) => updateEntry(this.doc, 'goal', id, { ...patch }, LOCAL_EDIT),
    remove: (id: string) => this.delete('goal', id),
  };

  readonly strategies = {
    add: (objectiveId: string): string => {
      const id = newId();
      createEntry(this.doc, 'strategy', id, { objectiveId, text: '' }, LOCAL_EDIT);
      return id;
    },
    setText: (id: string, text: string) => updateEntry(this.doc, 'strategy', id, { text }, LOCAL_EDIT),
    /** Deletes it with its acciones (restorable). */
    remove: (id: string) => this.delete('strategy', id),
  };

  /** The fase anual: acciones under estrategias, and each year's settings. */
  readonly plan = {
    addAction: (args: { strategyId: string; year: number; nombre: string; dimension: DimensionCode }): string => {
      const id = newId();
      const fields = {
        ...args,
        descripcion: '',
        subdimensiones: [],
        fechaInicio: '',
        fechaTermino: '',
        responsable: '',
        recursos: '',
        mediosVerificacion: [],
        usoTIC: false,
        asesoriaATE: false,
        planesNormativos: [],
        programaAsociado: '',
        financiamiento: emptyFunding(),
      };
      createEntry(this.doc, 'action', id, fields, LOCAL_EDIT);
      return id;
    },
    setActionFields: (id: string, patch: ActionPatch) => updateEntry(this.doc, 'action', id, { ...patch }, LOCAL_EDIT),
    removeAction: (id: string) => this.delete('action', id),
    /** Throws, writing nothing, on settings that break B-1. */
    setAnnualSettings: (settings: AnnualSettings) => setAnnualSettings(this.doc, settings, LOCAL_EDIT),
  };

  readonly deletions = {
    restore: (kind: EntryKind, id: string) => restoreEntry(this.doc, kind, id, LOCAL_EDIT),
    /** The user saw the conflict and keeps the entry deleted. */
    confirm: (kind: EntryKind, id: string) => confirmDeletion(this.doc, kind, id, LOCAL_EDIT),
  };

  readonly versions = {
    /** Freezes the plan as the document holds it now; throws VersionRefusedError (VF-1, VF-2). */
    mark: (kind: VersionKind, note = ''): string => {
      const id = newId();
      const args = { id, kind, plan: this.read().plan, createdAt: this.stamp(), createdBy: this.actor.name, note };
      markVersion(this.doc, args, LOCAL_EDIT);
      return id;
    },
    freezeBorrador: (note = '') => this.versions.mark('borrador', note),
    freezeFinal: (note = '') => this.versions.mark('final', note),
  };
}

const factories = new Map<string, HandleFactory<PmeHandle>>();

/** The factory of the school's PME handle (one per school, so `useHandle` keeps one handle per document). */
export function pmeHandle(schoolId: string): HandleFactory<PmeHandle> {
  let make = factories.get(schoolId);
  if (!make) factories.set(schoolId, (make = (doc, actor) => new PmeHandle(doc, actor, schoolId)));
  return make;
}

export type { DeletedEntry } from './entries.ts';
export type { EntryKind } from './layout.ts';

export { VersionRefusedError } from './versions.ts';
export type { ObjectiveBranch } from './views.ts';
