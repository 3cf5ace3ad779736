// Keeps unsaved form input in the user's Dexie db (debounced), so a closed tab or a dead battery
// loses at most the last half second of typing. The draft is cleared once the input is saved.
import { useCallback, useEffect, useRef } from 'react';
import { useWorkspace } from '../session/index.ts';

const DRAFT_DELAY_MS = 400;

export function useDraft<T>(key: string) {
  const workspace = useWorkspace();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<T | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current !== null) void workspace.db.drafts.put({ key, value: latest.current, savedAt: Date.now() });
  }, [workspace, key]);

  const save = useCallback(
    (value: T) => {
      latest.current = value;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DELAY_MS);
    },
    [flush],
  );

  const load = useCallback(
    async (): Promise<unknown> => (await workspace.db.drafts.get(key))?.value ?? null,
    [workspace, key],
  );

  const clear = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    latest.current = null;
    await workspace.db.drafts.delete(key);
  }, [workspace, key]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { save, load, clear };
}
