// The background opening's queue (docs/spec/startup.md CS-1…CS-4), with a fake opener whose
// documents finish only when the test says so.
import { describe, expect, it } from 'vitest';
import { OPEN_PRIORITY, OpenQueue } from '../../../src/data/openQueue.ts';
import type { DocName } from '../../../src/domain/wire/documentNames.ts';

const d = (rbd: number, kind = 'profile') => `school:${rbd}:${kind}` as DocName;

function fakeOpener() {
  const started: DocName[] = [];
  const finish = new Map<DocName, () => void>();
  const run = (name: DocName) =>
    new Promise<void>((resolve) => {
      started.push(name);
      finish.set(name, resolve);
    });
  const done = async (name: DocName) => {
    finish.get(name)!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { started, run, done };
}

describe('OpenQueue', () => {
  it('CS-7: tells how many documents still wait or open, down to 0 once all are open', async () => {
    const o = fakeOpener();
    const q = new OpenQueue(o.run, 2);
    const seen: number[] = [];
    q.onRemaining((n) => seen.push(n));
    q.add([d(1), d(2), d(3)], OPEN_PRIORITY.rest);
    q.start();
    await o.done(d(1));
    await o.done(d(2));
    await o.done(d(3));
    expect(seen[0]).toBe(0);
    expect(seen).toContain(3);
    expect(seen.at(-1)).toBe(0);
  });

  it('CS-1: opens nothing before start()', () => {
    const o = fakeOpener();
    const q = new OpenQueue(o.run, 2);
    q.add([d(1), d(2)], OPEN_PRIORITY.rest);
    expect(o.started).toEqual([]);
    q.start();
    expect(o.started).toEqual([d(1), d(2)]);
  });

  it('CS-2: documents with unsynced changes open first, whatever the order they were queued in', () => {
    const o = fakeOpener();
    const q = new OpenQueue(o.run, 1);
    q.add([d(1), d(2), d(3)], OPEN_PRIORITY.rest);
    q.add([d(3), d(4)], OPEN_PRIORITY.pending);
    expect(q.order()).toEqual([d(3), d(4), d(1), d(2)]);
    q.start();
    expect(o.started).toEqual([d(3)]);
  });

  it('CS-3: the school the user opens goes right after the unsynced documents', async () => {
    const o = fakeOpener();
    const q = new OpenQueue(o.run, 1);
    q.add([d(9, 'pme')], OPEN_PRIORITY.pending);
    q.add([d(1), d(1, 'programme'), d(2), d(2, 'programme'), d(3), d(3, 'programme')], OPEN_PRIORITY.rest);
    q.promote(d(3), '3' as never);
    expect(q.order()).toEqual([d(9, 'pme'), d(3, 'programme'), d(1), d(1, 'programme'), d(2), d(2, 'programme')]);
    q.start();
    await o.done(d(9, 'pme'));
    expect(o.started).toEqual([d(9, 'pme'), d(3, 'programme')]);
  });

  it('CS-3: starts nothing new while a screen waits for its document', async () => {
    const o = fakeOpener();
    const q = new OpenQueue(o.run, 2);
    q.add([d(1), d(2), d(3)], OPEN_PRIORITY.rest);
    q.start();
    let release!: () => void;
    q.holdUntil(new Promise<void>((r) => (release = r)));
    await o.done(d(1));
    expect(o.started).toEqual([d(1), d(2)]);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(o.started).toEqual([d(1), d(2), d(3)]);
  });

  it('CS-4: keeps at most `concurrency` documents opening, and is idle once all are done', async () => {
    const o = fakeOpener();
    const q = new OpenQueue(o.run, 2);
    const names = [1, 2, 3, 4, 5].map((n) => d(n));
    q.add(names, OPEN_PRIORITY.rest);
    q.start();
    let idle = false;
    void q.whenIdle().then(() => (idle = true));
    for (const name of names) {
      expect(o.started.length - names.indexOf(name)).toBeLessThanOrEqual(2);
      await o.done(name);
    }
    expect(o.started).toEqual(names);
    expect(idle).toBe(true);
  });

  it('a failed open is logged and does not stop the others', async () => {
    const started: DocName[] = [];
    const q = new OpenQueue(async (name) => {
      started.push(name);
      if (name === d(1)) throw new Error('broken database');
    }, 1);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      q.add([d(1), d(2)], OPEN_PRIORITY.rest);
      q.start();
      await q.whenIdle();
    } finally {
      console.error = original;
    }
    expect(started).toEqual([d(1), d(2)]);
    expect(errors).toHaveLength(1);
  });
});
