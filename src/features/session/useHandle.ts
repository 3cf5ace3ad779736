import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DocKind, SchoolId } from '../../domain/wire/documentNames.ts';
import { actorOf } from '../../data/docs/actor.ts';
import { openHandle, type HandleFactory } from '../../data/docs/open.ts';
import type { View } from '../../data/docs/view.ts';
import { useCurrentUser, useWorkspace } from './hooks.ts';

/** Opens one of the school's documents and gives its handle (null while it loads from the device). */
export function useHandle<H>(schoolId: SchoolId, kind: DocKind, make: HandleFactory<H>): H | null {
  const workspace = useWorkspace();
  const { userId, name } = useCurrentUser();
  const [state, setState] = useState<{ key: string; handle: H } | null>(null);
  const key = `${workspace.userId}|${schoolId}|${kind}`;
  useEffect(() => {
    let cancelled = false;
    void openHandle(workspace, schoolId, kind, make, actorOf({ userId, name })).then((handle) => {
      if (!cancelled) setState({ key, handle });
    });
    return () => {
      cancelled = true;
    };
  }, [workspace, schoolId, kind, make, key, userId, name]);
  return state?.key === key ? state.handle : null;
}

const NO_VIEW: View<undefined> = { get: () => undefined, subscribe: () => () => undefined };

/** The current value of a view; the component re-renders only when what the view reads changes. */
export function useView<T>(view: View<T>): T;
export function useView<T>(view: View<T> | null | undefined): T | undefined;
export function useView<T>(view: View<T> | null | undefined): T | undefined {
  const v = (view ?? NO_VIEW) as View<T | undefined>;
  return useSyncExternalStore(v.subscribe, v.get);
}
