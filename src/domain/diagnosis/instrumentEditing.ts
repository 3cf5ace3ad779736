// Pure edits of a questionnaire for the advisor's editor. Every function returns a NEW instrument
// and never changes its argument (items are copied too), so a frozen version stays as answered.
//
// Rules, exactly as implemented:
// - Indexes are clamped: addItem's atIndex to [0, length] (default: at the end), moveItem's
//   toIndex to [0, length − 1]; toIndex is the item's position in the result. A non-integer index
//   is truncated toward zero.
// - updateItem, removeItem and moveItem with an unknown item id return an unchanged copy (the item
//   may have been removed by another editor meanwhile). updateItem only changes `text` and, for a
//   scale item, `subdimension` (a patch's subdimension is ignored for an open item).
// - Nothing here rejects a duplicate id or an empty text: validateInstrument reports them, so the
//   editor can show the problem while the advisor is still typing.
// - applyEdit keeps the current id and group; the version stays when the current version has no
//   responses and becomes version + 1 when it has (the current version is then frozen).
import type { SubdimensionCode } from '../mge/modelo.ts';
import type { Instrument, Item } from './model.ts';

export interface ItemPatch {
  text?: string;
  /** Applies to scale items only. */
  subdimension?: SubdimensionCode;
}

function copy(instr: Instrument): Instrument {
  return { ...instr, items: instr.items.map((i) => ({ ...i })) };
}

function clamp(index: number, max: number): number {
  const n = Number.isFinite(index) ? Math.trunc(index) : max;
  return Math.min(Math.max(n, 0), max);
}

/** Inserts a copy of `item` at `atIndex` (default: at the end). */
export function addItem(instr: Instrument, item: Item, atIndex?: number): Instrument {
  const next = copy(instr);
  const at = atIndex === undefined ? next.items.length : clamp(atIndex, next.items.length);
  next.items.splice(at, 0, { ...item });
  return next;
}

/** Changes the text and/or subdimension of one item; its id, kind and position are kept. */
export function updateItem(instr: Instrument, itemId: string, patch: ItemPatch): Instrument {
  const next = copy(instr);
  next.items = next.items.map((item): Item => {
    if (item.id !== itemId) return item;
    const text = patch.text ?? item.text;
    if (item.kind === 'scale') return { ...item, text, subdimension: patch.subdimension ?? item.subdimension };
    return { ...item, text };
  });
  return next;
}

/** Removes every item with this id. */
export function removeItem(instr: Instrument, itemId: string): Instrument {
  const next = copy(instr);
  next.items = next.items.filter((i) => i.id !== itemId);
  return next;
}

/** Moves the (first) item with this id so that it ends at `toIndex`. */
export function moveItem(instr: Instrument, itemId: string, toIndex: number): Instrument {
  const next = copy(instr);
  const from = next.items.findIndex((i) => i.id === itemId);
  if (from < 0) return next;
  const [moved] = next.items.splice(from, 1);
  if (moved === undefined) return next;
  next.items.splice(clamp(toIndex, next.items.length), 0, moved);
  return next;
}

/**
 * Applies an edit to the current version. Without responses the version is edited in place (same
 * number); with responses the result is the next version and `current` is left as it was.
 * `edit` receives a copy, so even an edit that mutates cannot touch `current`.
 */
export function applyEdit(current: Instrument, edit: (i: Instrument) => Instrument, hasResponses: boolean): Instrument {
  const edited = copy(edit(copy(current)));
  return {
    ...edited,
    id: current.id,
    group: current.group,
    version: hasResponses ? current.version + 1 : current.version,
  };
}

/** A school's own copy of a template: new id, version 1, same group, title and items. */
export function adaptForSchool(template: Instrument, newId: string): Instrument {
  return { ...copy(template), id: newId, version: 1 };
}

export const INSTRUMENT_ERRORS = ['no-items', 'no-scale-items', 'duplicate-item-id', 'empty-text'] as const;
export type InstrumentError = (typeof INSTRUMENT_ERRORS)[number];

export const INSTRUMENT_ERROR_MESSAGES: Readonly<Record<InstrumentError, string>> = {
  'no-items': 'El cuestionario no tiene preguntas. Agregue al menos una.',
  'no-scale-items':
    'El cuestionario no tiene afirmaciones con escala. Agregue al menos una asociada a una subdimensión.',
  'duplicate-item-id': 'Hay dos preguntas con el mismo identificador. Elimine o vuelva a crear una de ellas.',
  'empty-text': 'El título o alguna pregunta está en blanco. Escriba el texto o elimine la pregunta.',
};

/**
 * The problems of an instrument, each code at most once, in the order of INSTRUMENT_ERRORS;
 * empty when it can be used. 'no-scale-items' is reported only when there are items (an empty
 * instrument is 'no-items'). 'empty-text' covers the title and every item's text (blank after trim).
 */
export function validateInstrument(instr: Instrument): InstrumentError[] {
  const errors = new Set<InstrumentError>();
  if (instr.items.length === 0) errors.add('no-items');
  else if (!instr.items.some((i) => i.kind === 'scale')) errors.add('no-scale-items');
  const seen = new Set<string>();
  for (const item of instr.items) {
    if (seen.has(item.id)) errors.add('duplicate-item-id');
    seen.add(item.id);
    if (item.text.trim() === '') errors.add('empty-text');
  }
  if (instr.title.trim() === '') errors.add('empty-text');
  return INSTRUMENT_ERRORS.filter((e) => errors.has(e));
}
