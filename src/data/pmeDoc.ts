// The PME document's functions at their old path, for the areas that read it (monitoring, evaluation,
// programme) and the tests and seeds that build plans. New code uses the handle: `src/data/docs/pme/`.
export type { EntryKind } from './docs/pme/layout.ts';
export type { EntryPatch } from './docs/pme/fields.ts';
export {
  confirmDeletion,
  createEntry,
  deleteEntry,
  restoreEntry,
  updateEntry,
  type DeletedEntry,
} from './docs/pme/entries.ts';
export { readPme, type PmeView } from './docs/pme/read.ts';
export { addSello, removeSello, setCycleStartYear, setVision } from './docs/pme/strategic.ts';
export { setAnnualSettings } from './docs/pme/annual.ts';
export { VersionRefusedError, markVersion } from './docs/pme/versions.ts';
