// The number of people of a stakeholder group (B-1): an integer 0–5.000.
import type * as Y from 'yjs';
import type { StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { PEOPLE_MESSAGE, peopleCountSchema } from '../../domain/bounds.ts';
import { setPopulation } from '../../data/diagnosisDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { BoundedNumberInput } from '../forms/index.ts';

export function PopulationInput({ doc, group, label, stored }: { doc: Y.Doc | null; group: StakeholderGroup; label: string; stored: number | undefined }) {
  return (
    <BoundedNumberInput
      id={`population-${group}`}
      label={`Total de ${label.toLowerCase()}`}
      stored={stored ?? null}
      check={(n) => (peopleCountSchema.safeParse(n).success ? null : PEOPLE_MESSAGE)}
      onSave={(n) => doc && setPopulation(doc, group, n, LOCAL_EDIT)}
    />
  );
}
