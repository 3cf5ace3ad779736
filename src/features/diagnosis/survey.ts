// The survey engine (instruments, kiosk, paper entry) serves two surveys: the participatory
// diagnosis (month 1, in the `diagnosis` document) and the participatory evaluation (month 7, in the
// `evaluation` document). Each has its own ready-made instruments and its own place in the app.
import type { DocKind, SchoolId } from '../../domain/wire/documentNames.ts';
import type { Instrument, StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { templateFor } from '../../domain/diagnosis/templates.ts';
import { evaluationTemplateFor } from '../../domain/evaluation/templates.ts';

export type SurveyKind = 'diagnosis' | 'evaluation';

/** What a screen for one group's questionnaire (its editor, the kiosk) takes from its route. */
export interface GroupSurveyProps {
  schoolId: SchoolId;
  group: StakeholderGroup;
  survey?: SurveyKind;
}

export interface SurveyConfig {
  docKind: DocKind;
  /** The route segment: #/escuelas/<rbd>/<path>. */
  path: 'diagnostico' | 'evaluacion';
  backLabel: string;
  idPrefix: string;
  template: (group: StakeholderGroup) => Instrument;
}

export const SURVEYS: Record<SurveyKind, SurveyConfig> = {
  diagnosis: {
    docKind: 'diagnosis',
    path: 'diagnostico',
    backLabel: 'Diagnóstico',
    idPrefix: 'diag',
    template: templateFor,
  },
  evaluation: {
    docKind: 'evaluation',
    path: 'evaluacion',
    backLabel: 'Evaluación',
    idPrefix: 'eval',
    template: evaluationTemplateFor,
  },
};
