// RBDs typed by an operator (`user grant ana 7423-3 8104`), checked with the domain rule before
// anything is written: `RBD-DV` must carry the official check digit (módulo 11 or one of the official
// exceptions); a bare RBD is accepted and reported back as `RBD-DV` so the operator can compare it.
// An RBD missing from Mineduc's directory is warned about, not refused: a school opened this year is not
// listed until the next edition.
import {
  checkRbd,
  officialCheckDigit,
  parseRbdText,
  RBD_MAX,
  RBD_MIN,
  formatRbd,
} from '../../../src/domain/schools/rbd.ts';
import { toSchoolId, type SchoolId } from '../../../src/domain/wire/documentNames.ts';
import { loadSchoolDirectory } from '../directoryFile.ts';
import type { SchoolDirectory } from '../directoryLookup.ts';

export interface CheckedRbd {
  schoolId: SchoolId;
  /** "7423-3": what the operator should compare with the school's records. */
  label: string;
  /** True when the operator typed no check digit. */
  bare: boolean;
}

export type RbdArgument = { ok: true; rbd: CheckedRbd } | { ok: false; message: string };

const RANGE = `between ${RBD_MIN} and ${RBD_MAX.toLocaleString('en-US')}`;

export function checkRbdArgument(text: string): RbdArgument {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) {
    const rbd = Number(trimmed);
    if (rbd < RBD_MIN || rbd > RBD_MAX) return { ok: false, message: `${text}: an RBD is a number ${RANGE}` };
    return { ok: true, rbd: { schoolId: toSchoolId(rbd), label: formatRbd(rbd, officialCheckDigit(rbd)), bare: true } };
  }
  const typed = parseRbdText(trimmed);
  if (!typed) {
    const dashed = /^(\d+)\s*-\s*(\S*)$/.exec(trimmed);
    if (dashed?.[1] && dashed[1].length > 8) return { ok: false, message: `${text}: an RBD is a number ${RANGE}` };
    if (dashed) return { ok: false, message: `${text}: the check digit must be one digit 0-9 or K` };
    return { ok: false, message: `${text}: not an RBD (write it as 7423-3, or 7423 without the check digit)` };
  }
  const check = checkRbd(typed.rbd, typed.dv);
  if (check.ok)
    return { ok: true, rbd: { schoolId: toSchoolId(typed.rbd), label: formatRbd(typed.rbd, typed.dv), bare: false } };
  switch (check.code) {
    case 'dv-mismatch': {
      const right = formatRbd(typed.rbd, officialCheckDigit(typed.rbd));
      return {
        ok: false,
        message: `${text}: wrong check digit; RBD ${typed.rbd} has check digit ${officialCheckDigit(typed.rbd)} (${right})`,
      };
    }
    case 'rbd-out-of-range':
    case 'rbd-not-integer':
      return { ok: false, message: `${text}: an RBD is a number ${RANGE}` };
    case 'dv-invalid-format':
      return { ok: false, message: `${text}: the check digit must be one digit 0-9 or K` };
  }
}

/** Every RBD checked first: all are returned, or the list of what is wrong (nothing may be written then). */
export function checkRbdArguments(
  texts: readonly string[],
): { ok: true; rbds: CheckedRbd[] } | { ok: false; messages: string[] } {
  const results = texts.map(checkRbdArgument);
  const messages = results.flatMap((r) => (r.ok ? [] : [r.message]));
  if (messages.length > 0) return { ok: false, messages };
  const seen = new Set<string>();
  const rbds = results.flatMap((r) => (r.ok && !seen.has(r.rbd.schoolId) && seen.add(r.rbd.schoolId) ? [r.rbd] : []));
  return { ok: true, rbds };
}

/** One warning per RBD that the directory does not list. */
export function unlistedWarnings(rbds: readonly CheckedRbd[], directory: SchoolDirectory): string[] {
  return rbds
    .filter((r) => directory.find(Number(r.schoolId)) === undefined)
    .map((r) => `warning: ${r.label} is not in Mineduc's school directory; check it if the school is not new`);
}

/** Writes the warnings for `rbds`; a directory that cannot be read is itself a warning, never a refusal. */
export async function warnUnlisted(
  note: (line: string) => void,
  rbds: readonly CheckedRbd[],
  load: () => Promise<SchoolDirectory> = loadSchoolDirectory,
): Promise<void> {
  if (rbds.length === 0) return;
  try {
    for (const line of unlistedWarnings(rbds, await load())) note(line);
  } catch (error) {
    note(`warning: RBDs not compared with the school directory (${error instanceof Error ? error.message : error})`);
  }
}
