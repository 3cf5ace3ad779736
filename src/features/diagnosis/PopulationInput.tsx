// The number of people of a stakeholder group (B-1): an integer 0–5.000.
import type { StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { PEOPLE_MESSAGE, peopleCountSchema } from '../../domain/bounds.ts';
import type { SurveyHandle } from '../../data/docs/diagnosis/index.ts';
import { BoundedNumberInput } from '../forms/index.ts';

interface Props {
  survey: SurveyHandle | null;
  group: StakeholderGroup;
  label: string;
  stored: number | undefined;
}

export function PopulationInput({ survey, group, label, stored }: Props) {
  return (
    <BoundedNumberInput
      id={`population-${group}`}
      label={`Total de ${label.toLowerCase()}`}
      stored={stored ?? null}
      check={(n) => (peopleCountSchema.safeParse(n).success ? null : PEOPLE_MESSAGE)}
      onSave={(n) => survey?.setPopulation(group, n)}
    />
  );
}
