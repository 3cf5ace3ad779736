// Text helpers shared by search and storage of names (docs/domain.md §2: the directory has names with
// double spaces and the mojibake `Ð` for `Ñ`).

/** Trims and collapses every run of whitespace to a single space; keeps case and accents. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Search key: lower case, without diacritics (NFD + drop combining marks, so `ñ` → `n`), the
 * directory's `Ð`/`ð` read as `n`, whitespace collapsed and trimmed.
 */
export function normalizeForSearch(s: string): string {
  return collapseSpaces(s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Ðð]/g, 'n').toLowerCase());
}

/** A file-name part: lower case, no accents, runs of anything but letters and digits as one "-". */
export function fileSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
