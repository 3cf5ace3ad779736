// While a new school is typed, the relay is asked about its RBD (after a pause in typing): a school
// the relay holds and the user may read is opened instead of created again (its draft dropped).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { SchoolLookup } from '../../domain/wire/protocol.ts';
import { useWorkspace } from '../session/index.ts';
import { askRelay, openedExistingStore, relayVerdict } from './relayCheck.ts';

/** Typing pauses this long before the relay is asked about the RBD. */
const LOOKUP_DELAY_MS = 300;

/** `typed`: the school the RBD and DV fields name, once they are a valid pair. */
export function useRelayCheck(typed: SchoolId | null, clearDraft: () => Promise<void>) {
  const workspace = useWorkspace();
  const [relay, setRelay] = useState<SchoolLookup | null>(null);
  const verdict = relay && relay.schoolId === typed ? relayVerdict(relay) : null;
  const opening = useRef(false);

  /** The relay holds this school and the user may read it: open it instead of creating another. */
  const openExisting = useCallback(
    async (schoolId: SchoolId) => {
      if (opening.current) return;
      opening.current = true;
      await clearDraft();
      void workspace.openSchoolProfile(schoolId);
      openedExistingStore.setState({ schoolId });
      window.location.hash = `#/escuelas/${schoolId}`;
    },
    [clearDraft, workspace],
  );

  /** Asks the relay about the RBD; true when the school was opened instead. */
  const consultRelay = useCallback(
    async (schoolId: SchoolId): Promise<boolean> => {
      const lookup = await askRelay(schoolId);
      setRelay(lookup);
      if (lookup && relayVerdict(lookup) === 'open-existing') {
        await openExisting(schoolId);
        return true;
      }
      return false;
    },
    [openExisting],
  );

  useEffect(() => {
    setRelay(null);
    if (!typed) return;
    const timer = setTimeout(() => void consultRelay(typed), LOOKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, consultRelay]);

  return { relay, setRelay, verdict, openExisting };
}
