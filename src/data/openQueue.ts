// The order in which the workspace opens its documents in the background (docs/spec/startup.md):
// documents with unsynced changes first (CS-2), then the rest of a school the user opened (CS-3),
// then everything else (CS-4), at most `concurrency` at a time, and nothing new while a screen
// waits for a document (CS-3). It opens nothing before `start()`, which the first screen calls
// once it is interactive (CS-1).
import type { DocName, SchoolId } from '../domain/wire/documentNames.ts';
import { parseDocName } from '../domain/wire/documentNames.ts';

export const OPEN_PRIORITY = { pending: 0, openedSchool: 1, rest: 2 } as const;
export type OpenPriority = (typeof OPEN_PRIORITY)[keyof typeof OPEN_PRIORITY];

interface Waiting {
  name: DocName;
  schoolId: SchoolId;
  priority: OpenPriority;
  seq: number;
}

export class OpenQueue {
  private readonly waiting = new Map<DocName, Waiting>();
  private running = 0;
  private seq = 0;
  private started = false;
  private stopped = false;
  private idle: (() => void)[] = [];
  private holds = 0;
  private readonly sizeListeners = new Set<(remaining: number) => void>();

  constructor(
    private readonly run: (name: DocName) => Promise<unknown>,
    private readonly concurrency: number,
  ) {}

  /** Queues documents (a document already waiting keeps the more urgent of its two priorities). */
  add(names: Iterable<DocName>, priority: OpenPriority): void {
    for (const name of names) {
      const parsed = parseDocName(name);
      if (!parsed) continue;
      const known = this.waiting.get(name);
      if (known) known.priority = Math.min(known.priority, priority) as OpenPriority;
      else this.waiting.set(name, { name, schoolId: parsed.schoolId, priority, seq: this.seq++ });
    }
    this.pump();
    this.notify();
  }

  /**
   * A screen opened `name` itself: it leaves the queue, and the rest of its school goes before
   * everything but the documents with unsynced changes.
   */
  promote(name: DocName, schoolId: SchoolId): void {
    this.waiting.delete(name);
    for (const w of this.waiting.values()) {
      if (w.schoolId === schoolId && w.priority > OPEN_PRIORITY.openedSchool) w.priority = OPEN_PRIORITY.openedSchool;
    }
    this.notify();
  }

  /** Starts nothing new until `until` settles: a document a screen waits for gets the device to itself. */
  holdUntil(until: Promise<unknown>): void {
    this.holds++;
    void until
      .catch(() => undefined)
      .finally(() => {
        this.holds--;
        this.pump();
      });
  }

  /** Calls `listener` with how many documents still wait or open, whenever that changes. */
  onRemaining(listener: (remaining: number) => void): () => void {
    this.sizeListeners.add(listener);
    listener(this.remaining());
    return () => this.sizeListeners.delete(listener);
  }

  private remaining(): number {
    return this.stopped ? 0 : this.waiting.size + this.running;
  }

  private lastRemaining = -1;

  private notify(): void {
    const remaining = this.remaining();
    if (remaining === this.lastRemaining) return;
    this.lastRemaining = remaining;
    for (const listener of this.sizeListeners) listener(remaining);
  }

  start(): void {
    this.started = true;
    this.pump();
  }

  /** Drops what is still waiting; what runs finishes. */
  stop(): void {
    this.stopped = true;
    this.waiting.clear();
    this.notify();
    this.settleIfIdle();
  }

  /** The names still waiting, in the order they would open (for tests and diagnostics). */
  order(): DocName[] {
    return [...this.waiting.values()].sort(byUrgency).map((w) => w.name);
  }

  /** Resolves once the queue was started and nothing waits or runs. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idle.push(resolve);
      this.settleIfIdle();
    });
  }

  private pump(): void {
    while (
      this.started &&
      !this.stopped &&
      this.holds === 0 &&
      this.running < this.concurrency &&
      this.waiting.size > 0
    ) {
      const next = [...this.waiting.values()].reduce((a, b) => (byUrgency(a, b) <= 0 ? a : b));
      this.waiting.delete(next.name);
      this.running++;
      void this.run(next.name)
        .catch((err: unknown) => console.error(`Background open of ${next.name} failed`, err))
        .finally(() => {
          this.running--;
          this.pump();
          this.notify();
          this.settleIfIdle();
        });
    }
  }

  private settleIfIdle(): void {
    if (this.running > 0 || (!this.stopped && (!this.started || this.waiting.size > 0))) return;
    const waiters = this.idle;
    this.idle = [];
    for (const resolve of waiters) resolve();
  }
}

const byUrgency = (a: Waiting, b: Waiting) => a.priority - b.priority || a.seq - b.seq;
