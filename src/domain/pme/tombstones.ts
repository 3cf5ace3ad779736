// Deleting an entry of the plan never removes it: it is marked deleted, with a snapshot of how many
// edits each writer had made to it as seen by the person deleting. After a merge, an edit the
// deleter had not seen (someone else changed the entry offline meanwhile) shows as a conflict: the
// app tells the user and offers to restore it, instead of letting the edit vanish.
import { z } from 'zod';

/** Edits per writer (Yjs client id → count); each writer only ever increments its own key. */
export type EditCounts = Readonly<Record<string, number>>;

export const deletionSchema = z.object({
  at: z.string(),
  byName: z.string().catch(''),
  seen: z.record(z.string(), z.number().int().min(0)).catch({}),
  /** Set when the entry was deleted together with its parent (an objective, a strategy). */
  cascadeOf: z.string().nullable().catch(null),
});
export type Deletion = z.infer<typeof deletionSchema>;

/** True when some writer edited the entry more times than the deleter had seen. */
export function editedSinceDeletion(deletion: Pick<Deletion, 'seen'>, edits: EditCounts): boolean {
  return Object.entries(edits).some(([writer, count]) => count > (deletion.seen[writer] ?? 0));
}
