import type * as Y from 'yjs';
import type { Instrument, StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { adaptForSchool } from '../../domain/diagnosis/instrumentEditing.ts';
import { templateFor } from '../../domain/diagnosis/templates.ts';
import { saveInstrument } from '../../data/diagnosisDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';

export function latestInstrument(instruments: Instrument[], group: StakeholderGroup): Instrument | undefined {
  return instruments.filter((i) => i.group === group).sort((a, b) => b.version - a.version)[0];
}

/** The group's instrument for this school; the ready-made one is copied in the first time. */
export function ensureInstrument(doc: Y.Doc, instruments: Instrument[], group: StakeholderGroup): Instrument {
  const existing = latestInstrument(instruments, group);
  if (existing) return existing;
  const adapted = adaptForSchool(templateFor(group), `diag-${group}`);
  saveInstrument(doc, adapted, LOCAL_EDIT);
  return adapted;
}
