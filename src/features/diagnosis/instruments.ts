import type { Instrument, StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { adaptForSchool } from '../../domain/diagnosis/instrumentEditing.ts';
import type { SurveyHandle } from '../../data/docs/diagnosis/index.ts';
import { SURVEYS, type SurveyKind } from './survey.ts';

export function latestInstrument(instruments: Instrument[], group: StakeholderGroup): Instrument | undefined {
  return instruments.filter((i) => i.group === group).sort((a, b) => b.version - a.version)[0];
}

/** The group's instrument for this school; the ready-made one is copied in the first time. */
export function ensureInstrument(
  survey: SurveyHandle,
  instruments: Instrument[],
  group: StakeholderGroup,
  kind: SurveyKind = 'diagnosis',
): Instrument {
  const existing = latestInstrument(instruments, group);
  if (existing) return existing;
  const config = SURVEYS[kind];
  const adapted = adaptForSchool(config.template(group), `${config.idPrefix}-${group}`);
  // A reader sees the template without storing it: the school's team stores the first one.
  if (!survey.readOnly) survey.saveInstrument(adapted);
  return adapted;
}
