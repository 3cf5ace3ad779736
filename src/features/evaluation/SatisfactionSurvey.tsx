// The optional satisfaction survey of the school team at the close: each person answers once, on
// the advisor's tablet or their own; the means per question are shown to the advisor.
import { useState } from 'react';
import { NOT_KNOWN, NOT_KNOWN_LABEL } from '../../domain/diagnosis/model.ts';
import {
  SATISFACTION_LEVELS,
  SATISFACTION_SURVEY,
  satisfactionSummary,
  type SatisfactionResponse,
} from '../../domain/evaluation/satisfaction.ts';
import type { EvaluationHandle } from '../../data/docs/evaluation/index.ts';
import { num } from '../../domain/evaluation/report/reportFormat.ts';

type Rating = SatisfactionResponse['answers'][string];
const OPTIONS: { value: Rating; label: string }[] = [
  ...SATISFACTION_LEVELS.map((l) => ({ value: l.value as Rating, label: l.label })),
  { value: NOT_KNOWN as Rating, label: NOT_KNOWN_LABEL },
];

interface Props {
  evaluation: EvaluationHandle;
  responses: SatisfactionResponse[];
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function SatisfactionSurvey({ evaluation, responses }: Props) {
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Rating>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const summary = satisfactionSummary(SATISFACTION_SURVEY, responses);
  return (
    <section data-testid="satisfaction">
      <h3>Encuesta de satisfacción (opcional)</h3>
      <p className="muted">{responses.length} respuesta(s).</p>
      {responses.length > 0 && (
        <table className="programme-table">
          <tbody>
            {summary.map((s) => (
              <tr key={s.itemId}>
                <td>{s.text}</td>
                <td>{s.mean === null ? '—' : `${num(s.mean)} de 4`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          Responder la encuesta
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            evaluation.answerSatisfaction(answers, texts);
            setAnswers({});
            setTexts({});
            setOpen(false);
          }}
        >
          {SATISFACTION_SURVEY.items.map((item) =>
            item.kind === 'rating' ? (
              <fieldset key={item.id} className="field">
                <legend>{item.text}</legend>
                {OPTIONS.map((o) => (
                  <label key={String(o.value)} className="check">
                    <input
                      type="radio"
                      name={item.id}
                      checked={answers[item.id] === o.value}
                      onChange={() => setAnswers({ ...answers, [item.id]: o.value })}
                    />{' '}
                    {o.label}
                  </label>
                ))}
              </fieldset>
            ) : (
              <div key={item.id} className="field wide">
                <label htmlFor={`sat-${item.id}`}>{item.text}</label>
                <textarea
                  id={`sat-${item.id}`}
                  rows={2}
                  value={texts[item.id] ?? ''}
                  onChange={(e) => setTexts({ ...texts, [item.id]: e.target.value })}
                />
              </div>
            ),
          )}
          <button type="submit" className="primary">
            Enviar respuestas
          </button>
        </form>
      )}
    </section>
  );
}
