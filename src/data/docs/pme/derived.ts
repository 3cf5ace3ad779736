// Views built from other views, for the PME's composite values: `combineViews` recomputes only when
// one of its parts changed (each part re-reads only its own root); `selectView` passes a change on
// only when the selected value really differs, so a screen that shows the plan's outline is not
// re-rendered by a keystroke inside one entry.
import type { View } from '../view.ts';

export function combineViews<P extends unknown[], T>(
  parts: { [K in keyof P]: View<P[K]> },
  compute: (...values: P) => T,
): View<T> {
  let last: { inputs: unknown[]; value: T } | null = null;
  const get = (): T => {
    const inputs = parts.map((p) => p.get());
    if (last && inputs.every((v, i) => v === last!.inputs[i])) return last.value;
    last = { inputs, value: compute(...(inputs as P)) };
    return last.value;
  };
  return {
    get,
    subscribe(listener) {
      const offs = parts.map((p) => p.subscribe(listener));
      return () => offs.forEach((off) => off());
    },
  };
}

export const sameJson = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export function selectView<S, T>(
  base: View<S>,
  pick: (source: S) => T,
  equal: (a: T, b: T) => boolean = sameJson,
): View<T> {
  let last: { source: S; value: T } | null = null;
  const get = (): T => {
    const source = base.get();
    if (last && last.source === source) return last.value;
    const value = pick(source);
    last = { source, value: last && equal(last.value, value) ? last.value : value };
    return last.value;
  };
  return {
    get,
    subscribe(listener) {
      let seen = get();
      return base.subscribe(() => {
        const next = get();
        if (next !== seen) {
          seen = next;
          listener();
        }
      });
    },
  };
}
