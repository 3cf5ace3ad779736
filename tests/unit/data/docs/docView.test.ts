import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entryView, memoViews, rootsView } from '../../../../src/data/docs/view.ts';

function counted<T>(read: () => T) {
  const calls = { n: 0 };
  return { calls, read: () => (calls.n++, read()) };
}

describe('document views', () => {
  it('an entry view re-reads only when its own entry (or something nested in it) changes', () => {
    const doc = new Y.Doc();
    const records = doc.getMap<Y.Map<unknown>>('records');
    doc.transact(() => {
      for (const key of ['a', 'b']) {
        const entry = new Y.Map<unknown>();
        entry.set('text', new Y.Text());
        records.set(key, entry);
      }
    });
    const { calls, read } = counted(() => (records.get('a')?.get('text') as Y.Text).toString());
    const view = entryView(records, 'a', read);
    let notified = 0;
    const stop = view.subscribe(() => notified++);
    expect(view.get()).toBe('');
    (records.get('b')?.get('text') as Y.Text).insert(0, 'otra tarjeta');
    expect(notified).toBe(0);
    expect(view.get()).toBe('');
    expect(calls.n).toBe(1);
    (records.get('a')?.get('text') as Y.Text).insert(0, 'hola');
    expect(notified).toBe(1);
    expect(view.get()).toBe('hola');
    records.set('a', new Y.Map());
    expect(notified).toBe(2);
    stop();
  });

  it('a roots view keeps one snapshot until a root it reads changes, and re-reads after unsubscribing', () => {
    const doc = new Y.Doc();
    const a = doc.getMap<number>('a');
    const b = doc.getMap<number>('b');
    const { calls, read } = counted(() => ({ total: [...a.values()].reduce((s, v) => s + v, 0) }));
    const view = rootsView([a], read);
    const stop = view.subscribe(() => undefined);
    const first = view.get();
    expect(view.get()).toBe(first);
    b.set('x', 5);
    expect(view.get()).toBe(first);
    a.set('x', 2);
    expect(view.get()).toEqual({ total: 2 });
    expect(calls.n).toBe(2);
    stop();
    a.set('y', 3);
    expect(view.get()).toEqual({ total: 5 });
  });

  it('memoViews gives the same view for the same key', () => {
    const doc = new Y.Doc();
    const m = doc.getMap<number>('m');
    const viewOf = memoViews((key: string) => entryView(m, key, () => m.get(key)));
    expect(viewOf('k')).toBe(viewOf('k'));
    expect(viewOf('k')).not.toBe(viewOf('j'));
  });
});

describe('document views notify once per transaction', () => {
  it('a transaction touching two roots a view reads notifies it once', () => {
    const doc = new Y.Doc();
    const a = doc.getMap<number>('a');
    const b = doc.getText('b');
    const view = rootsView([a, b], () => `${a.get('x') ?? 0}:${b.toString()}`);
    let notified = 0;
    const stop = view.subscribe(() => notified++);
    doc.transact(() => {
      a.set('x', 1);
      b.insert(0, 'hola');
    });
    expect(notified).toBe(1);
    expect(view.get()).toBe('1:hola');
    stop();
  });
});

describe('a view read before it is subscribed', () => {
  it('does not keep a value a change made stale between the read and the subscription (useSyncExternalStore order)', () => {
    const doc = new Y.Doc();
    const profile = doc.getMap<string>('profile');
    const view = rootsView([profile], () => ({ name: profile.get('name') }));
    expect(view.get()).toEqual({ name: undefined }); // render
    profile.set('name', 'Escuela Rural'); // the relay's update arrives before the effect subscribes
    const stop = view.subscribe(() => undefined); // commit: subscribe, then React reads again
    expect(view.get()).toEqual({ name: 'Escuela Rural' });
    stop();
  });
});
