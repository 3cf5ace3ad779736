// What a group of verbs needs from its handle: the document, one local edit, the acting user and clock.
import type * as Y from 'yjs';
import type { Actor } from '../actor.ts';

export interface EditContext {
  readonly doc: Y.Doc;
  readonly actor: Actor;
  /** One LOCAL_EDIT transaction (the write functions' own `origin` is then the outer one's). */
  edit<T>(change: () => T): T;
  /** Now, as stored (ISO 8601, UTC). */
  stamp(): string;
}

/** Origin passed to the write functions inside `edit`: Yjs keeps the outer transaction's (LOCAL_EDIT). */
export const NESTED = null;
