// Ready-made questionnaires for the participatory diagnosis (docs/domain.md §5), one per stakeholder
// group, in the style of Mineduc's autoevaluación institucional: statements rated on the 4-level
// scale, grouped by subdimension of the MGE (§3), plus a few open questions.
//
// Ids are stable and stored in responses: instrument `tpl-<group>`, scale items
// `<prefix>-<SUB>-<n>` (e.g. `doc-LID2-1`, n = position within the subdimension, from 1) and open
// items `<prefix>-ab-<n>`. Never reorder or delete texts inside a subdimension's list: add new
// ones at the end so existing ids keep their meaning (a changed template is a new version).
//
// Language: es-CL, plain words; adults are addressed with "usted", estudiantes with "tú".
// The texts live one file per group in ./questionnaires/; the ids depend on position within a
// subdimension's list, not on the file.
import type { Instrument, StakeholderGroup } from './model.ts';
import { freshCopy } from './templateBuilder.ts';
import { DIRECTIVOS } from './questionnaires/directivos.ts';
import { DOCENTES } from './questionnaires/docentes.ts';
import { ASISTENTES } from './questionnaires/asistentes.ts';
import { ESTUDIANTES } from './questionnaires/estudiantes.ts';
import { APODERADOS } from './questionnaires/apoderados.ts';

/** One ready-made questionnaire per stakeholder group, version 1, in the order of STAKEHOLDER_GROUPS. */
export const READY_MADE_INSTRUMENTS: readonly Instrument[] = Object.freeze([
  DIRECTIVOS,
  DOCENTES,
  ASISTENTES,
  ESTUDIANTES,
  APODERADOS,
]);

/** The ready-made questionnaire of a group (a fresh copy: editing it never touches the template). */
export function templateFor(group: StakeholderGroup): Instrument {
  return freshCopy(READY_MADE_INSTRUMENTS, group, 'template');
}
