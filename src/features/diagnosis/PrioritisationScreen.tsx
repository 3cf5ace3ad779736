// The prioritisation matrix of a participatory session: problems (from the diagnosis' weaknesses,
// proposed or marked by the team, or written by the team), scored 1–5 on two criteria by each
// participant, ordered by the product of the mean scores. Rows keep their place while scores are
// given; "Ordenar por puntaje" (or coming back to the screen) orders them. The problems marked here
// are the priorities the PME starts from.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  PRIORITISATION_METHODS,
  isOutOfOrder,
  keepShownOrder,
  participantsLabel,
  prioritise,
  prioritisationMethodSchema,
  weaknessesToOffer,
} from '../../domain/diagnosis/prioritisation.ts';
import { aggregateDiagnosis } from '../../domain/diagnosis/aggregation.ts';
import { proposeFindings } from '../../domain/diagnosis/findings.ts';
import { applyFindingOverrides } from '../../domain/diagnosis/findingOverrides.ts';
import type { StoredProblem } from '../../data/docs/diagnosis/index.ts';
import { useView } from '../session/index.ts';
import { useDiagnosis, useSurvey } from './useSurvey.ts';

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('es-CL', { maximumFractionDigits: 1 }));
const SCORES = [1, 2, 3, 4, 5] as const;

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function PrioritisationScreen({ schoolId }: { schoolId: SchoolId }) {
  const handle = useDiagnosis(schoolId);
  const matrix = useView(handle?.priorities.view);
  // The team's review of the findings lives in the same diagnosis document.
  const overrides = useView(handle?.review.overrides);
  const read = matrix && overrides ? { ...matrix, overrides } : undefined;
  const diagnosis = useSurvey(schoolId);
  const [text, setText] = useState('');
  const shown = useRef<string[] | null>(null);
  const [, reorder] = useState(0);
  const findings = useMemo(
    () => proposeFindings(aggregateDiagnosis(diagnosis.instruments, diagnosis.responses, diagnosis.population)),
    [diagnosis.instruments, diagnosis.responses, diagnosis.population],
  );
  const ranked = useMemo(() => (matrix ? prioritise(matrix.problems) : []), [matrix]);
  const rows = keepShownOrder(shown.current, ranked);
  useEffect(() => {
    if (read) shown.current = rows.map((p) => p.id);
  });
  if (!handle || !read) return <p className="muted">Abriendo…</p>;
  const method = PRIORITISATION_METHODS.find((m) => m.code === read.method) ?? PRIORITISATION_METHODS[0];
  const byId = new Map(read.problems.map((p) => [p.id, p]));
  const written = new Set(read.problems.map((p) => p.text));
  const toOffer = weaknessesToOffer(applyFindingOverrides(findings, read.overrides), written);
  const priorities = handle.priorities;
  const add = (t: string) => priorities.addProblem(t);

  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/diagnostico`}>← Diagnóstico</a>
      <h1>Priorización de problemas</h1>
      <div className="field">
        <label htmlFor="prio-method">Método</label>
        <select
          id="prio-method"
          value={read.method}
          onChange={(e) => {
            const m = prioritisationMethodSchema.safeParse(e.target.value);
            if (m.success) priorities.setMethod(m.data);
          }}
        >
          {PRIORITISATION_METHODS.map((m) => (
            <option key={m.code} value={m.code}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      {toOffer.length > 0 && (
        <button type="button" onClick={() => toOffer.forEach(add)}>
          Agregar las debilidades del diagnóstico como problemas ({toOffer.length})
        </button>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) add(text);
          setText('');
        }}
      >
        <label htmlFor="prio-new">Nuevo problema</label>
        <input id="prio-new" value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={!text.trim()}>
          Agregar
        </button>
      </form>
      <p className="actions">
        <button
          type="button"
          disabled={!isOutOfOrder(rows, ranked)}
          onClick={() => ((shown.current = null), reorder((n) => n + 1))}
        >
          Ordenar por puntaje
        </button>
      </p>
      <table className="participation" data-testid="priorities">
        <thead>
          <tr>
            <th>N°</th>
            <th>Problema</th>
            <th>{method.criteria[0].label}</th>
            <th>{method.criteria[1].label}</th>
            <th>Prioridad</th>
            <th>Puntajes</th>
            <th>Para el PME</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} data-problem={p.text}>
              <td>{p.rank ?? '—'}</td>
              <td>
                {p.text}
                <button
                  type="button"
                  className="link"
                  onClick={() => priorities.removeProblem(p.id)}
                  aria-label={`Quitar ${p.text}`}
                >
                  Quitar
                </button>
              </td>
              <td>{fmt(p.scoreA)}</td>
              <td>{fmt(p.scoreB)}</td>
              <td data-testid="priority">{fmt(p.priority)}</td>
              <td>
                <ScoreForm
                  labels={[method.criteria[0].label, method.criteria[1].label]}
                  onAdd={(a, b) => priorities.addScore(p.id, a, b)}
                />
                <span className="muted" data-testid="participants">
                  {participantsLabel(byId.get(p.id)?.scores.length ?? 0)}
                </span>
                <GivenScores problem={byId.get(p.id)} onRemove={(scoreId) => priorities.removeScore(p.id, scoreId)} />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Prioridad para el PME: ${p.text}`}
                  checked={byId.get(p.id)?.selected ?? false}
                  onChange={(e) => priorities.setSelected(p.id, e.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Each vote given, with a way to undo it (a mistaken or repeated score). */
function GivenScores(props: { problem: StoredProblem | undefined; onRemove: (scoreId: string) => void }) {
  const { problem, onRemove } = props;
  if (!problem || problem.scoreEntries.length === 0) return null;
  return (
    <ul className="given-scores">
      {problem.scoreEntries.map(({ id, score }, i) => (
        <li key={id}>
          {score.a} × {score.b}
          <button
            type="button"
            className="link"
            aria-label={`Quitar puntaje ${i + 1} (${score.a} × ${score.b}) de ${problem.text}`}
            onClick={() => onRemove(id)}
          >
            Quitar
          </button>
        </li>
      ))}
    </ul>
  );
}

function ScoreForm({ labels, onAdd }: { labels: [string, string]; onAdd: (a: number, b: number) => void }) {
  const [a, setA] = useState(3);
  const [b, setB] = useState(3);
  return (
    <span className="score-form">
      <select aria-label={labels[0]} value={a} onChange={(e) => setA(Number(e.target.value))}>
        {SCORES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <select aria-label={labels[1]} value={b} onChange={(e) => setB(Number(e.target.value))}>
        {SCORES.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
      <button type="button" onClick={() => onAdd(a, b)}>
        Sumar puntaje
      </button>
    </span>
  );
}
