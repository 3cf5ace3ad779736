// The burst being typed, kept synchronously in localStorage at every keystroke until it is written to
// the document (YS-1): a browser that dies or is closed before pagehide finishes writing loses nothing.
// Keyed by the screen (location hash) and the field's stable key; read back when the field mounts.
import { z } from 'zod';

const PREFIX = 'bitacora-burst:';
const entrySchema = z.object({ base: z.string(), text: z.string() });
export type JournalEntry = z.infer<typeof entrySchema>;

/** The journal's key of a field on the screen shown now (taken once, when the field mounts). */
export const journalKeyOf = (field: string) => `${PREFIX}${window.location.hash}|${field}`;

export function journalBurst(key: string, entry: JournalEntry): void {
  try {
    localStorage.setItem(key, JSON.stringify(entry));
  } catch (error) {
    console.warn('burst journal: not kept', error);
  }
}

export function dropBurst(key: string): void {
  localStorage.removeItem(key);
}

const STORED_AFTER_MS = 2000;

/**
 * Keeps the entry until the document's own store has surely written the burst (y-indexeddb writes
 * each update in an IndexedDB transaction of its own, after the commit returns): dropped then, unless
 * a newer burst replaced it meanwhile. A page that dies before keeps it, and the field's next mount
 * tells a written burst (the stored text is the burst's) from a lost one (the stored text is its base).
 */
export function dropBurstOnceStored(key: string, entry: JournalEntry, afterMs = STORED_AFTER_MS): void {
  setTimeout(() => {
    const now = takeBurst(key);
    if (now && now.base === entry.base && now.text === entry.text) dropBurst(key);
  }, afterMs);
}
/** The burst a closed page left unwritten in this field, if any (unreadable entries are dropped). */
export function takeBurst(key: string): JournalEntry | null {
  const raw = localStorage.getItem(key);
  if (raw === null) return null;
  try {
    const entry = entrySchema.safeParse(JSON.parse(raw));
    if (entry.success) return entry.data;
  } catch {
    // Not JSON: dropped below like any unreadable entry.
  }
  dropBurst(key);
  return null;
}
