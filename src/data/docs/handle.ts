// The base of every document handle (`src/data/docs/<kind>/`): it owns the Y.Doc, the acting user,
// the clock and the transaction origin. Kinds extend it with domain verbs and views; screens get
// handles and plain data, never Yjs.
import type * as Y from 'yjs';
import { LOCAL_EDIT } from '../workspace.ts';
import type { Actor } from './actor.ts';
import { isReadOnlyDoc } from '../docAccess.ts';

export abstract class DocHandle {
  constructor(
    protected readonly doc: Y.Doc,
    protected readonly actor: Actor,
  ) {}

  /** this session may only read the document; every write through the handle is refused. */
  get readOnly(): boolean {
    return isReadOnlyDoc(this.doc);
  }

  /** One local edit: a single Yjs transaction, sent and counted as pending like every device change. */
  protected edit<T>(change: () => T): T {
    let result: T | undefined;
    this.doc.transact(() => {
      result = change();
    }, LOCAL_EDIT);
    return result as T;
  }

  /** The instant of an edit as stored (ISO 8601, UTC); screens show it through the calendar helpers. */
  protected stamp(): string {
    return this.actor.now().toISOString();
  }
}
