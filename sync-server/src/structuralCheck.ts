// The structural half of the update check (updateCheck.ts, S-5): decodes nothing itself; walks an
// update's decoded structs and deletions against the live document's state, simulating Yjs's
// integration order, and throws a Refusal (never applies) or Undecided (the caller falls back to
// applying to a clone).
import * as Y from 'yjs';

/** A client's clock grows by what it writes: a jump this large is no lost update but a crafted clock. */
const MAX_CLOCK_GAP = 2 ** 24;

export type Struct = Y.Item | Y.GC | Y.Skip;
interface Ref {
  client: number;
  clock: number;
}
/** Where an item lives: its parent type and map key; 'gc' when Yjs turns it into a GC struct. */
type Placement = { parent: string; sub: string | null } | 'gc';

export class Refusal {
  constructor(readonly reason: string) {}
}
export class Undecided {}

export class StructuralCheck {
  /** Per client: the update's structs (not skips), by clock. */
  private readonly byClient = new Map<number, Struct[]>();
  private readonly docState = new Map<number, number>();
  private readonly placements = new Map<Struct, Placement>();
  private rootNames: Map<unknown, string> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly structs: Struct[],
    private readonly deletions: Map<number, { clock: number; len: number }[]>,
  ) {}

  /** Set when some client's structs do not continue its clock (a retryable refusal, decided last). */
  private gap = false;

  /** Refusals that can never apply come first: an update is retryable only when nothing else is wrong. */
  run(): void {
    this.groupAndCheckClocks();
    this.checkReferenceBounds();
    this.checkDeletions(false);
    if (this.gap) throw new Refusal('missing-preceding-structs');
    for (const list of this.byClient.values()) {
      for (const s of list) {
        if (s instanceof Y.Item)
          for (const ref of this.refsOf(s))
            if (ref.clock >= this.knownEnd(ref.client)) throw new Refusal('dangling-reference');
      }
    }
    this.checkDeletions(true);
    this.checkIntegrationOrder();
    for (const list of this.byClient.values()) for (const s of list) if (s instanceof Y.Item) this.checkPlacement(s);
  }

  /** Same-client references must point before the item (Yjs never waits for those); no absurd clocks. */
  private checkReferenceBounds(): void {
    for (const [client, list] of this.byClient) {
      for (const s of list) {
        if (!(s instanceof Y.Item)) continue;
        for (const ref of this.refsOf(s)) {
          if (!Number.isSafeInteger(ref.clock) || ref.clock - this.knownEnd(ref.client) > MAX_CLOCK_GAP)
            throw new Refusal('clock-gap-too-large');
          if (ref.client === client && ref.clock >= s.id.clock) throw new Refusal('self-reference-ahead');
        }
      }
    }
  }

  private stateOf(client: number): number {
    let state = this.docState.get(client);
    if (state === undefined) this.docState.set(client, (state = Y.getState(this.doc.store, client)));
    return state;
  }

  /** Each client's new structs must continue the document's (or the update's) clock with no gap. */
  private groupAndCheckClocks(): void {
    const lastEnd = new Map<number, number>();
    for (const s of this.structs) {
      const { client, clock } = s.id;
      if (!(s.length > 0) || !Number.isSafeInteger(clock + s.length)) throw new Refusal('clock-out-of-range');
      const previousEnd = lastEnd.get(client);
      // Yjs reads one block per client in increasing clock order; anything else we leave to the clone.
      if (previousEnd !== undefined && clock < previousEnd) throw new Undecided();
      lastEnd.set(client, clock + s.length);
      if (s instanceof Y.Skip) continue;
      const known = Math.max(this.stateOf(client), this.newEnd(client));
      if (clock - known > MAX_CLOCK_GAP) throw new Refusal('clock-gap-too-large');
      if (clock > known) this.gap = true;
      // Structs the document already holds stay in: Yjs still resolves their references.
      const list = this.byClient.get(client) ?? [];
      list.push(s);
      this.byClient.set(client, list);
    }
  }

  private newEnd(client: number): number {
    const last = this.byClient.get(client)?.at(-1);
    return last ? last.id.clock + last.length : 0;
  }

  /** End of the contiguous clock range the document holds once the whole update is integrated. */
  private knownEnd(client: number): number {
    return Math.max(this.stateOf(client), this.newEnd(client));
  }

  private refsOf(item: Y.Item): Ref[] {
    const refs: Ref[] = [];
    if (item.origin) refs.push(item.origin);
    if (item.rightOrigin) refs.push(item.rightOrigin);
    if (item.parent && item.parent instanceof Y.ID) refs.push(item.parent);
    return refs;
  }

  /**
   * Every reference must exist once the update is in, and the references between clients must
   * admit an order (Yjs integrates one client's structs in clock order and follows references to
   * other clients; a cycle leaves structs pending). A reference to the item's own client must point
   * before it: Yjs does not look those up as missing and fails on them.
   */
  private checkIntegrationOrder(): void {
    const next = new Map<number, number>(); // index of the next struct to integrate, per client
    const integratedEnd = (client: number) => {
      const list = this.byClient.get(client);
      const i = next.get(client) ?? 0;
      return Math.max(this.stateOf(client), i > 0 && list ? list[i - 1]!.id.clock + list[i - 1]!.length : 0);
    };
    for (const client of this.byClient.keys()) next.set(client, 0);
    let remaining = [...this.byClient.values()].reduce((n, l) => n + l.length, 0);
    while (remaining > 0) {
      let progressed = false;
      for (const [client, list] of this.byClient) {
        for (let i = next.get(client)!; i < list.length; i++) {
          const s = list[i]!;
          const ready =
            !(s instanceof Y.Item) ||
            this.refsOf(s).every((r) => r.client === client || r.clock < integratedEnd(r.client));
          if (!ready) break;
          next.set(client, i + 1);
          remaining--;
          progressed = true;
        }
      }
      if (!progressed) throw new Refusal('circular-references');
    }
  }

  /** The struct (of the document or of the update) holding `ref`, known to exist by now. */
  private lookup(ref: Ref): { struct: Struct; inDoc: boolean } {
    if (ref.clock < this.stateOf(ref.client))
      return { struct: Y.getItem(this.doc.store, ref as Y.ID) as Struct, inDoc: true };
    const list = this.byClient.get(ref.client) ?? [];
    const found = list.find((s) => s.id.clock <= ref.clock && ref.clock < s.id.clock + s.length);
    if (!found) throw new Undecided();
    return { struct: found, inDoc: false };
  }

  private typeKey(type: unknown): string {
    const item = (type as { _item: Y.Item | null })._item;
    if (item) return `id:${item.id.client}:${item.id.clock}`;
    if (!this.rootNames) this.rootNames = new Map([...this.doc.share].map(([name, t]) => [t, name]));
    const name = this.rootNames.get(type);
    if (name === undefined) throw new Undecided();
    return `root:${name}`;
  }

  /**
   * A parent given by id must be a type, or garbage-collected: a type deleted (and collected to
   * ContentDeleted) while another device, which had not seen the deletion, kept writing into it is
   * ordinary concurrency — two devices creating the same keyed entry offline, say — and Yjs turns
   * those writes into GC structs. Anything else crashes Yjs.
   */
  private parentById(ref: Ref): Placement {
    const { struct } = this.lookup(ref);
    if (struct instanceof Y.GC) return 'gc';
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentDeleted) return 'gc';
    if (!(struct instanceof Y.Item) || struct.id.clock !== ref.clock || !(struct.content instanceof Y.ContentType)) {
      throw new Refusal('parent-not-a-type');
    }
    return { parent: `id:${ref.client}:${ref.clock}`, sub: null };
  }

  /** Placement of the item found at `ref` (a neighbour): from the document, or resolved in the update. */
  private placementAt(ref: Ref): Placement | Y.Item {
    const { struct, inDoc } = this.lookup(ref);
    if (struct instanceof Y.GC) return 'gc';
    if (!(struct instanceof Y.Item)) throw new Undecided();
    if (inDoc) return { parent: this.typeKey(struct.parent), sub: struct.parentSub };
    return this.placements.get(struct) ?? struct;
  }

  /**
   * Where Yjs would put the item: its left neighbour's parent, else its right neighbour's, else the
   * parent it names. Both neighbours must agree (a right origin in another type corrupts the lists).
   * Resolved with an explicit stack: a long insert in one update is a long chain of items.
   */
  private checkPlacement(start: Y.Item): void {
    const stack: Y.Item[] = [start];
    while (stack.length > 0) {
      const item = stack.at(-1)!;
      if (this.placements.has(item)) {
        stack.pop();
        continue;
      }
      if (stack.length > this.structs.length + 1) throw new Refusal('circular-references');
      const left = item.origin ? this.placementAt(item.origin) : null;
      if (left instanceof Y.Item) {
        stack.push(left);
        continue;
      }
      const right = item.rightOrigin ? this.placementAt(item.rightOrigin) : null;
      if (right instanceof Y.Item) {
        stack.push(right);
        continue;
      }
      this.placements.set(item, this.combine(item, left, right));
      stack.pop();
    }
  }

  private combine(item: Y.Item, left: Placement | null, right: Placement | null): Placement {
    if (left === 'gc' || right === 'gc') return 'gc';
    if (left && right && (left.parent !== right.parent || left.sub !== right.sub))
      throw new Refusal('origins-in-different-parents');
    const placed = left ?? right;
    if (placed) return placed;
    if (typeof item.parent === 'string') return { parent: `root:${item.parent}`, sub: item.parentSub };
    if (item.parent instanceof Y.ID) {
      const p = this.parentById(item.parent);
      return p === 'gc' ? 'gc' : { parent: p.parent, sub: item.parentSub };
    }
    throw new Refusal('item-without-parent');
  }

  /** Deleted ranges: never empty or absurd; with `known`, they must exist once the update is in (else pending). */
  private checkDeletions(known: boolean): void {
    for (const [client, ranges] of this.deletions) {
      for (const { clock, len } of ranges) {
        if (!(len > 0) || !Number.isSafeInteger(clock + len) || clock + len - this.knownEnd(client) > MAX_CLOCK_GAP) {
          throw new Refusal('empty-or-huge-deletion');
        }
        if (known && clock + len > this.knownEnd(client)) throw new Refusal('deletion-of-unknown-range');
      }
    }
  }
}
