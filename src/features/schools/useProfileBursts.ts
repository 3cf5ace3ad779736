// The school form's valid values reach the profile document once per burst of typing (YS-1): a
// field's patch waits for a pause, the field losing focus, the page going away or the form closing.
// Texts are merged into what is stored at that moment (rebaseText), so other people's edits survive.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { SchoolProfile } from '../../domain/schools/school.ts';
import type { StoredProfile } from '../../domain/schools/storedProfile.ts';
import { rebaseText } from '../../domain/shared/textRebase.ts';
import type { ProfileHandle } from '../../data/docs/profile/index.ts';
import { BURST_IDLE_MS, useCommitOnLeave, useLatest } from '../forms/index.ts';
import type { EditableField } from './fieldEdit.ts';

type Patch = Partial<SchoolProfile>;
interface Burst {
  /** The stored values the burst started from. */
  base: Partial<StoredProfile>;
  patch: Patch;
}

export interface ProfileBursts {
  queue: (field: EditableField, patch: Patch) => void;
  /** Fields with typed values not written yet: changes from elsewhere do not replace them. */
  pending: () => ReadonlySet<EditableField>;
}

function merged(burst: Burst, stored: StoredProfile): Patch {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(burst.patch)) {
    const base = burst.base[key as keyof StoredProfile];
    const now = stored[key as keyof StoredProfile];
    const bothTexts = typeof value === 'string' && typeof base === 'string' && typeof now === 'string';
    out[key] = bothTexts ? rebaseText(base, value, now) : value;
  }
  return out as Patch;
}

export function useProfileBursts(handle: ProfileHandle, profile: StoredProfile): ProfileBursts {
  const bursts = useRef(new Map<EditableField, Burst>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stored = useLatest(profile);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (bursts.current.size === 0) return;
    const patch = Object.assign({}, ...[...bursts.current.values()].map((b) => merged(b, stored.current))) as Patch;
    bursts.current.clear();
    handle.update(patch);
  }, [handle, stored]);

  useCommitOnLeave(flush);
  useEffect(() => {
    document.addEventListener('focusout', flush);
    return () => document.removeEventListener('focusout', flush);
  }, [flush]);

  const queue = useCallback(
    (field: EditableField, patch: Patch) => {
      const base = bursts.current.get(field)?.base ?? pick(stored.current, Object.keys(patch));
      bursts.current.set(field, { base, patch });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, BURST_IDLE_MS);
    },
    [flush, stored],
  );
  const pending = useCallback(() => new Set(bursts.current.keys()), []);
  return useMemo(() => ({ queue, pending }), [queue, pending]);
}

function pick(profile: StoredProfile, keys: string[]): Partial<StoredProfile> {
  return Object.fromEntries(keys.map((k) => [k, profile[k as keyof StoredProfile]]));
}
