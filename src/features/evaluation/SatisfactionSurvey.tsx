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

function SatisfactionMeans({ responses }: { responses: SatisfactionResponse[] }) {
  const summary = satisfactionSummary(SATISFACTION_SURVEY, responses);
  return (
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
  );
}

type Item = (typeof SATISFACTION_SURVEY.items)[number];

function RatingQuestion({
  item,
  value,
  onChange,
}: {
  item: Item;
  value: Rating | undefined;
  onChange: (r: Rating) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{item.text}</legend>
      {OPTIONS.map((o) => (
        <label key={String(o.value)} className="check">
          <input type="radio" name={item.id} checked={value === o.value} onChange={() => onChange(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function TextQuestion({ item, value, onChange }: { item: Item; value: string; onChange: (text: string) => void }) {
  return (
    <div className="field wide">
      <label htmlFor={`sat-${item.id}`}>{item.text}</label>
      <textarea id={`sat-${item.id}`} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** One person's answers, sent once. */
function SatisfactionForm({ evaluation, onSent }: { evaluation: EvaluationHandle; onSent: () => void }) {
  const [answers, setAnswers] = useState<Record<string, Rating>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        evaluation.answerSatisfaction(answers, texts);
        onSent();
      }}
    >
      {SATISFACTION_SURVEY.items.map((item) =>
        item.kind === 'rating' ? (
          <RatingQuestion
            key={item.id}
            item={item}
            value={answers[item.id]}
            onChange={(r) => setAnswers({ ...answers, [item.id]: r })}
          />
        ) : (
          <TextQuestion
            key={item.id}
            item={item}
            value={texts[item.id] ?? ''}
            onChange={(t) => setTexts({ ...texts, [item.id]: t })}
          />
        ),
      )}
      <button type="submit" className="primary">
        Enviar respuestas
      </button>
    </form>
  );
}

export function SatisfactionSurvey({ evaluation, responses }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <section data-testid="satisfaction">
      <h3>Encuesta de satisfacción (opcional)</h3>
      <p className="muted">{responses.length} respuesta(s).</p>
      {responses.length > 0 && <SatisfactionMeans responses={responses} />}
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          Responder la encuesta
        </button>
      ) : (
        <SatisfactionForm evaluation={evaluation} onSent={() => setOpen(false)} />
      )}
    </section>
  );
}
