import type * as Y from 'yjs';
import type { Instrument, StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { adaptForSchool } from '../../domain/diagnosis/instrumentEditing.ts';
import { saveInstrument } from '../../data/diagnosisDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { SURVEYS, type SurveyKind } from './survey.ts';

export function latestInstrument(instruments: Instrument[], group: StakeholderGroup): Instrument | undefined {
  return instruments.filter((i) => i.group === group).sort((a, b) => b.version - a.version)[0];
}

/** The group's instrument for this school; the ready-made one is copied in the first time. */
export function ensureInstrument(doc: Y.Doc, instruments: Instrument[], group: StakeholderGroup, survey: SurveyKind = 'diagnosis'): Instrument {
  const existing = latestInstrument(instruments, group);
  if (existing) return existing;
  const config = SURVEYS[survey];
  const adapted = adaptForSchool(config.template(group), `${config.idPrefix}-${group}`);
  saveInstrument(doc, adapted, LOCAL_EDIT);
  return adapted;
}
