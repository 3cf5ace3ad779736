// S-19: a text typed into an empty Y.Text on two devices offline is two versions, never one joined
// text. An item inserted into a text that had never had content has no origin and no right origin:
// it is a *root*. Every other item was typed next to an existing one and belongs to the root its
// right origin (or, at the end of the text, origin) chain reaches, so edits of an existing text by
// several people stay merged by character. When a text holds live content of more than one root,
// the last root in document order with live content (the same on every replica) is kept; each
// other version is deleted and, when it differs, written as a conflict record.
// Why last, and right origin first: Yjs inserts after deleted items it finds on its right, so text
// typed at the start of the kept version has a dropped version's last item as origin but the kept
// version's first item as right origin; with the kept version last, typing at its end has no
// right origin and chains to its own last item. Either way new text belongs to the kept version.
import * as Y from 'yjs';
import { conflictId, recordConflict } from './conflicts.ts';
import { pathOf } from './paths.ts';

const isRoot = (item: Y.Item) => item.origin === null && item.rightOrigin === null;

/** Whether an item is a root: a text whose roots are all old needs no look. */
export function isTextRoot(item: Y.Item): boolean {
  return isRoot(item) && item.parentSub === null;
}

function rootFinder(doc: Y.Doc): (item: Y.Item) => Y.Item {
  const memo = new Map<Y.Item, Y.Item>();
  return (start) => {
    const visited: Y.Item[] = [];
    let item = start;
    let root: Y.Item | undefined;
    while (root === undefined) {
      const known = memo.get(item);
      if (known) {
        root = known;
        break;
      }
      visited.push(item);
      const next = item.rightOrigin ?? item.origin;
      const struct = next === null ? null : Y.getItem(doc.store, next);
      if (struct instanceof Y.Item) item = struct;
      else root = item;
    }
    for (const v of visited) memo.set(v, root);
    return root;
  };
}

interface Version {
  root: Y.Item;
  text: string;
  /** [index, length] of each live run, in document order. */
  runs: [number, number][];
}

/** The live versions of a text, in the document order of their roots. */
export function textVersions(text: Y.Text): Version[] {
  const doc = text.doc;
  if (!doc) return [];
  let roots = 0;
  for (let item = text._start; item !== null; item = item.right) if (isRoot(item)) roots++;
  if (roots < 2) return [];
  const rootOf = rootFinder(doc);
  const byRoot = new Map<Y.Item, Version>();
  const order: Y.Item[] = [];
  let index = 0;
  for (let item = text._start; item !== null; item = item.right) {
    if (isRoot(item)) order.push(item);
    if (item.deleted || !item.countable) continue;
    const root = rootOf(item);
    let version = byRoot.get(root);
    if (!version) byRoot.set(root, (version = { root, text: '', runs: [] }));
    if (item.content instanceof Y.ContentString) version.text += item.content.str;
    version.runs.push([index, item.length]);
    index += item.length;
  }
  return order.map((root) => byRoot.get(root)).filter((v): v is Version => v !== undefined);
}

/** Keeps one version of the text; call inside a transaction. Returns whether it changed anything. */
export function reconcileText(text: Y.Text, now: () => Date): boolean {
  const versions = textVersions(text);
  const kept = versions[versions.length - 1];
  const others = versions.slice(0, -1);
  if (!kept || others.length === 0) return false;
  const path = pathOf(text);
  if (path === null) return false; // not addressable: leave both rather than lose one silently
  const doc = text.doc as Y.Doc;
  const runs: [number, number][] = [];
  for (const version of others) {
    if (version.text !== kept.text) {
      recordConflict(
        doc,
        conflictId(path, null, version.root.id),
        { kind: 'text', path, key: null, other: version.text },
        now,
      );
    }
    runs.push(...version.runs);
  }
  runs.sort((a, b) => b[0] - a[0]);
  for (const [index, length] of runs) text.delete(index, length);
  return true;
}
