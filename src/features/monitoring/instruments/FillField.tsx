// One field of an instrument being filled: its label (* when required), its input, and the problem
// «Listo» found with its answer.
import {
  ANSWER_PROBLEM_MESSAGES,
  type Answer,
  type AnswerProblem,
  type InstrumentField,
} from '../../../domain/monitoring/instruments.ts';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import { AnswerInput } from './AnswerInput.tsx';
import { EvidenceAnswer } from './EvidenceAnswer.tsx';

interface Props {
  field: InstrumentField;
  value: Answer | undefined;
  problem: AnswerProblem | undefined;
  schoolId: SchoolId;
  keepOriginal: boolean;
  onKeepOriginal: (keep: boolean) => void;
  onAnswer: (value: Answer) => void;
  onFileError: (message: string) => void;
}

export function FillField(props: Props) {
  const { field: f, value, problem, onAnswer } = props;
  const fid = `fill-${f.id}`;
  return (
    <div className="field">
      <label htmlFor={fid}>
        {f.label}
        {f.required ? ' *' : ''}
      </label>
      <AnswerInput field={f} inputId={fid} value={value} onAnswer={onAnswer} />
      {problem && (
        <span className="field-error" role="alert" data-testid={`${fid}-error`}>
          {ANSWER_PROBLEM_MESSAGES[problem.code]}
        </span>
      )}
      {f.kind === 'evidence' && (
        <EvidenceAnswer
          field={f}
          inputId={fid}
          value={value}
          schoolId={props.schoolId}
          keepOriginal={props.keepOriginal}
          onKeepOriginal={props.onKeepOriginal}
          onAnswer={onAnswer}
          onFileError={props.onFileError}
        />
      )}
    </div>
  );
}
