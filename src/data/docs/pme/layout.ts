// How the PME is laid out in the school's `pme` document (issue 4). Every objective, meta, estrategia
// and acción is its own keyed Y.Map, so concurrent edits merge field by field; long text fields are
// Y.Texts and merge by character; sets (subdimensiones, planes, prioridades) are maps of flags;
// amounts and targets are maps keyed by source and year. Roots:
// - `pme.meta`: cycleStartYear; `pme.vision` (Y.Text); `pme.sellos`: id → { text, order };
// - `pme.objectives` | `pme.goals` | `pme.strategies` | `pme.actions`: id → Y.Map entry;
// - `pme.annual`: year → { schoolYear, declaredSep } (last writer wins per year);
// - `pme.versions`: id → frozen version (plain JSON, never edited or removed).
// An entry is never removed: deleting marks it (tombstones.ts), so an edit made meanwhile by
// someone else is detected and the entry can be restored.
import type * as Y from 'yjs';
import { z } from 'zod';

export type EntryKind = 'objective' | 'goal' | 'strategy' | 'action';
export const ENTRY_KINDS: readonly EntryKind[] = ['objective', 'goal', 'strategy', 'action'];

export type FieldType = 'text' | 'value' | 'flags' | 'numbers' | 'list';
export type Spec = Record<string, FieldType>;

/** How each field of each kind is stored. Fields not listed here are not stored. */
export const SPECS: Record<EntryKind, Spec> = {
  objective: { dimension: 'value', text: 'text', priorityIds: 'flags' },
  goal: {
    objectiveId: 'value',
    text: 'text',
    'indicator.name': 'text',
    'indicator.unit': 'value',
    'indicator.min': 'value',
    'indicator.max': 'value',
    'baseline.value': 'value',
    'baseline.year': 'value',
    'baseline.source': 'text',
    targets: 'numbers',
  },
  strategy: { objectiveId: 'value', text: 'text' },
  action: {
    strategyId: 'value',
    year: 'value',
    nombre: 'text',
    descripcion: 'text',
    dimension: 'value',
    subdimensiones: 'flags',
    fechaInicio: 'value',
    fechaTermino: 'value',
    responsable: 'text',
    recursos: 'text',
    mediosVerificacion: 'list',
    usoTIC: 'value',
    asesoriaATE: 'value',
    planesNormativos: 'flags',
    programaAsociado: 'text',
    financiamiento: 'numbers',
  },
};

const ROOTS: Record<EntryKind, string> = {
  objective: 'pme.objectives',
  goal: 'pme.goals',
  strategy: 'pme.strategies',
  action: 'pme.actions',
};

export const entriesOf = (doc: Y.Doc, kind: EntryKind) => doc.getMap<Y.Map<unknown>>(ROOTS[kind]);
export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>('pme.meta');
export const visionOf = (doc: Y.Doc) => doc.getText('pme.vision');
export const sellosOf = (doc: Y.Doc) => doc.getMap<unknown>('pme.sellos');
export const annualOf = (doc: Y.Doc) => doc.getMap<unknown>('pme.annual');
export const versionsOf = (doc: Y.Doc) => doc.getMap<unknown>('pme.versions');

/** One item of a stored list of texts (medios de verificación). */
export const listItemSchema = z.object({ text: z.string(), order: z.number() });
