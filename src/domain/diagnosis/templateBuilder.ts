// Builds the ready-made instruments (the diagnosis' questionnaires and the evaluation's) from their
// texts: scale items in the MGE's subdimension order, open items after them, everything frozen so the
// shared templates are never changed in place (screens edit a fresh copy from `freshCopy`).
import { SUBDIMENSION_CODES, type SubdimensionCode } from '../mge/modelo.ts';
import type { Instrument, Item, OpenItem, ScaleItem, StakeholderGroup } from './model.ts';

/** The scale items of `content`, subdimension by subdimension; `idOf` names the n-th text (from 0) of one. */
export function scaleItemsOf(
  content: Partial<Record<SubdimensionCode, readonly string[]>>,
  idOf: (sub: SubdimensionCode, index: number) => string,
): ScaleItem[] {
  return SUBDIMENSION_CODES.flatMap((sub) =>
    (content[sub] ?? []).map((text, i): ScaleItem => ({ id: idOf(sub, i), kind: 'scale', subdimension: sub, text })),
  );
}

/** Open items `<prefix>-ab-<n>`, n from 1. */
export function openItemsOf(prefix: string, texts: readonly string[]): OpenItem[] {
  return texts.map((text, i): OpenItem => ({ id: `${prefix}-ab-${i + 1}`, kind: 'open', text }));
}

/** Version 1 of an instrument, frozen with its items. */
export function frozenInstrument(meta: { id: string; group: StakeholderGroup; title: string }, items: Item[]) {
  items.forEach((i) => Object.freeze(i));
  return Object.freeze({ ...meta, version: 1, items: Object.freeze(items) as Item[] }) satisfies Instrument;
}

/** A group's template as a fresh copy: editing it never touches the shared one. */
export function freshCopy(templates: readonly Instrument[], group: StakeholderGroup, what: string): Instrument {
  const found = templates.find((t) => t.group === group);
  if (!found) throw new RangeError(`no ${what} for group ${group}`);
  return { ...found, items: found.items.map((i) => ({ ...i })) };
}

/** A diagnosis questionnaire: instrument `tpl-<group>`, scale items `<prefix>-<SUB>-<n>`, open `<prefix>-ab-<n>`. */
export function questionnaire(
  group: StakeholderGroup,
  prefix: string,
  title: string,
  scale: Partial<Record<SubdimensionCode, readonly string[]>>,
  open: readonly string[],
): Instrument {
  const items: Item[] = [
    ...scaleItemsOf(scale, (sub, i) => `${prefix}-${sub.replace('-', '')}-${i + 1}`),
    ...openItemsOf(prefix, open),
  ];
  return frozenInstrument({ id: `tpl-${group}`, group, title }, items);
}
