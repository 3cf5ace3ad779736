// Stable paths of shared types: the root's name, then the map keys down to the type
// (`pme.actions/abc/descripcion` as ['pme.actions', 'abc', 'descripcion']). A path names the same
// place on every replica, so a conflict record written on one device is found on the others.
import * as Y from 'yjs';

export type TypePath = string[];

function rootName(doc: Y.Doc, type: Y.AbstractType<any>): string | null {
  for (const [name, t] of doc.share) if (t === type) return name;
  return null;
}

/** The path of a type, or null for a type not reachable through maps (inside an array). */
export function pathOf(type: Y.AbstractType<any>): TypePath | null {
  const segments: string[] = [];
  let t: Y.AbstractType<any> = type;
  while (t._item !== null) {
    const item = t._item;
    if (item.parentSub === null || !(item.parent instanceof Y.AbstractType)) return null;
    segments.unshift(item.parentSub);
    t = item.parent;
  }
  const doc = t.doc;
  const root = doc ? rootName(doc, t) : null;
  return root === null ? null : [root, ...segments];
}

/** The root named `name` as a Y.Map or Y.Text (a root loaded from updates before any binding typed it is generic). */
function typedRoot(doc: Y.Doc, name: string, as: 'map' | 'text'): Y.Map<unknown> | Y.Text {
  return as === 'map' ? doc.getMap(name) : doc.getText(name);
}

/** The type at a path now (the current entry under each key), or undefined. */
export function resolvePath(doc: Y.Doc, path: TypePath, leaf: 'map' | 'text'): Y.Map<unknown> | Y.Text | undefined {
  const [root, ...rest] = path;
  if (root === undefined || !doc.share.has(root)) return undefined;
  if (rest.length === 0) return typedRoot(doc, root, leaf);
  let current: unknown = doc.getMap(root);
  for (const key of rest) {
    if (!(current instanceof Y.Map)) return undefined;
    current = current.get(key);
  }
  if (leaf === 'map') return current instanceof Y.Map ? current : undefined;
  return current instanceof Y.Text ? current : undefined;
}

/** The type as a Y.Map, typing a generic root on the way. */
export function asMap(type: Y.AbstractType<any>): Y.Map<unknown> | null {
  if (type instanceof Y.Map) return type;
  if (type._item === null && type.constructor === Y.AbstractType && type.doc) {
    const name = rootName(type.doc, type);
    if (name !== null) return type.doc.getMap(name);
  }
  return null;
}

/** The type as a Y.Text, typing a generic root on the way. */
export function asText(type: Y.AbstractType<any>): Y.Text | null {
  if (type instanceof Y.Text) return type;
  if (type._item === null && type.constructor === Y.AbstractType && type.doc) {
    const name = rootName(type.doc, type);
    if (name !== null) return type.doc.getText(name);
  }
  return null;
}
