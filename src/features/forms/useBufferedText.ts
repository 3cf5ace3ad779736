// A text field's keystrokes stay in the field and reach the document as one write per burst (YS-1):
// after a pause (BURST_IDLE_MS), on blur, on Enter in a one-line field, before the page goes away
// (pagehide, visibilitychange to hidden) and on unmount, so a closed tab keeps what was typed.
// While nothing is pending the field follows the stored value (other people's edits appear); a
// burst is merged into what is stored at commit time (rebaseText), so edits made elsewhere survive.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { rebaseText } from '../../domain/shared/textRebase.ts';
import { dropBurst, dropBurstOnceStored, journalBurst, journalKeyOf, takeBurst } from './burstJournal.ts';

/** The pause that ends a burst of typing. */
export const BURST_IDLE_MS = 1000;

interface Pending {
  /** The stored value the burst started from. */
  base: string;
  text: string;
}

export interface BufferedText {
  value: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  /** Writes what is pending now (nothing when nothing is). */
  flush: () => void;
}

export function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

/** Runs `flush` when the page goes away (pagehide, hidden) and on unmount. */
export function useCommitOnLeave(flush: () => void) {
  useEffect(() => {
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);
}

/**
 * The burst a closed page left in this field. Test ids may be positions (the third card): a burst is
 * taken back only over the very text it started from, so it never lands in another entry's field.
 */
function recover(journal: string | null, stored: string): Pending | null {
  if (!journal) return null;
  const left = takeBurst(journal);
  if (!left || left.base === stored) return left;
  if (left.text === stored) {
    dropBurst(journal); // written before the page closed: nothing left to do
    return null;
  }
  console.warn(`buffered text: burst left in ${journal} dropped (the field changed since)`);
  dropBurst(journal);
  return null;
}

/**
 * `field` names the field stably on its screen (its test id or DOM id): the burst is then kept in
 * localStorage until written, and a burst a closed page left behind is written when the field returns.
 */
export function useBufferedText(
  stored: string,
  commit: (text: string) => void,
  field: string | null = null,
  onTyping?: (typing: boolean) => void,
  idleMs = BURST_IDLE_MS,
): BufferedText {
  const [journal] = useState(() => (field ? journalKeyOf(field) : null));
  const [recovered] = useState(() => recover(journal, stored));
  const [text, setText] = useState(recovered?.text ?? stored);
  const pending = useRef<Pending | null>(recovered);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestStored = useLatest(stored);
  const latestCommit = useLatest(commit);
  const latestOnTyping = useLatest(onTyping);

  // Not typing: the field shows what is stored, whoever wrote it.
  useEffect(() => {
    if (!pending.current) setText(stored);
  }, [stored]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const burst = pending.current;
    if (!burst) return;
    pending.current = null;
    latestOnTyping.current?.(false);
    const merged = rebaseText(burst.base, burst.text, latestStored.current);
    if (merged !== burst.text) setText(merged);
    try {
      if (merged !== latestStored.current) latestCommit.current(merged);
      // Not dropped now: the store writes the commit after this returns, and a closed tab may cut it.
      if (journal) dropBurstOnceStored(journal, burst);
    } catch (error) {
      // Kept in the field, to be written with the next burst; the screen's own checks say why.
      pending.current = burst;
      if (journal) journalBurst(journal, burst);
      console.error('buffered text: commit failed', error);
    }
  }, [latestStored, latestCommit, latestOnTyping, journal]);

  useCommitOnLeave(flush);
  // A burst left by a closed page is written as soon as the field is back.
  useEffect(() => {
    if (recovered) flush();
  }, [recovered, flush]);

  const onChange = useCallback(
    (next: string) => {
      if (!pending.current) latestOnTyping.current?.(true);
      pending.current = { base: pending.current?.base ?? latestStored.current, text: next };
      if (journal) journalBurst(journal, pending.current);
      setText(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, idleMs);
    },
    [flush, idleMs, latestStored, latestOnTyping, journal],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter' && e.currentTarget instanceof HTMLInputElement) flush();
    },
    [flush],
  );

  return { value: text, onChange, onBlur: flush, onKeyDown, flush };
}
