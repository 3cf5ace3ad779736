// Binds a school's profile to its Yjs document (`school:<rbd>:profile`):
// scalar fields are entries of the Y.Map `profile` (last writer wins per field), free-text
// fields are Y.Texts (merged by character), niveles is a Y.Map of flags (toggles merge).
// Form defaults nobody changed at creation (ruralidad "urbano", estado "1") go to the Y.Map
// `profile.defaults`, read under `profile`: a value someone chose on another device always wins (S-20).
import * as Y from 'yjs';
import {
  SCHOOL_TEXT_FIELDS,
  emptySchoolForm,
  type SchoolProfile,
  type SchoolTextField,
} from '../../../domain/schools/school.ts';
import { repairStoredProfile, type StoredProfile } from '../../../domain/schools/storedProfile.ts';
import { applyTextChange } from '../../textDiff.ts';
import { isEmptyValue } from '../../merge/values.ts';

const isTextField = (f: string): f is SchoolTextField => (SCHOOL_TEXT_FIELDS as readonly string[]).includes(f);

export function profileMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('profile');
}

export function defaultsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('profile.defaults');
}

export function textOf(doc: Y.Doc, field: SchoolTextField): Y.Text {
  return doc.getText(`profile.${field}`);
}

export function nivelesOf(doc: Y.Doc): Y.Map<boolean> {
  return doc.getMap('profile.niveles');
}

export function readProfile(doc: Y.Doc): { profile: StoredProfile; problems: string[] } {
  const raw: Record<string, unknown> = { ...defaultsOf(doc).toJSON(), ...profileMap(doc).toJSON() };
  for (const field of SCHOOL_TEXT_FIELDS) {
    const t = textOf(doc, field);
    if (t.length > 0 || raw[`has.${field}`]) raw[field] = t.toString();
  }
  const niveles = nivelesOf(doc);
  if (niveles.size > 0)
    raw.niveles = [...niveles.entries()]
      .filter(([, on]) => on)
      .map(([k]) => k)
      .sort();
  return repairStoredProfile(raw);
}

/** Writes the given fields where they differ, in one transaction (one update, one pending change). */
export function writeProfile(doc: Y.Doc, next: Partial<SchoolProfile>, origin: unknown): void {
  doc.transact(() => {
    const map = profileMap(doc);
    for (const [field, value] of Object.entries(next) as [keyof SchoolProfile, unknown][]) {
      if (value === undefined) continue;
      if (isTextField(field)) {
        applyTextChange(textOf(doc, field), value as string);
        if (!map.get(`has.${field}`)) map.set(`has.${field}`, true);
      } else if (field === 'niveles') {
        const flags = nivelesOf(doc);
        const wanted = new Set(value as string[]);
        for (const key of new Set([...flags.keys(), ...wanted])) {
          const on = wanted.has(key);
          if (flags.get(key) !== on) flags.set(key, on);
        }
      } else if (map.get(field) !== value) {
        map.set(field, value);
      }
    }
  }, origin);
}

/**
 * Creates a profile with only what was typed (S-20): an empty field written at creation would be a
 * value of its own, competing with the one another person typed registering the same school offline;
 * a form default left as it was is kept apart (`profile.defaults`), under any value someone chose.
 */
export function createProfile(doc: Y.Doc, profile: SchoolProfile, origin: unknown): void {
  const formDefaults: Record<string, unknown> = emptySchoolForm();
  const entries = Object.entries(profile).filter(([, v]) => !isEmptyValue(v));
  const isDefault = ([k, v]: [string, unknown]) => !isEmptyValue(formDefaults[k]) && formDefaults[k] === v;
  const typed = Object.fromEntries(entries.filter((e) => !isDefault(e))) as Partial<SchoolProfile>;
  doc.transact(() => {
    const defaults = defaultsOf(doc);
    for (const [k, v] of entries.filter(isDefault)) if (defaults.get(k) !== v) defaults.set(k, v);
    writeProfile(doc, typed, origin);
  }, origin);
}
