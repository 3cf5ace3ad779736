// The profile document's readers and writers at their old path (the workspace, the files and the
// diagnosis report read `readProfile`); the code lives in docs/profile/.
export { createProfile, profileMap, readProfile, writeProfile } from './docs/profile/fields.ts';
