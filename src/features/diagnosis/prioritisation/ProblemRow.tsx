// One problem of the matrix: its rank, text, mean scores and priority, the scores given, and
// whether the team takes it to the PME.
import { participantsLabel, type PrioritisedProblem } from '../../../domain/diagnosis/prioritisation.ts';
import type { PrioritisationHandle, StoredProblem } from '../../../data/docs/diagnosis/index.ts';
import { GivenScores, ScoreForm } from './Scores.tsx';

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('es-CL', { maximumFractionDigits: 1 }));

interface Props {
  problem: PrioritisedProblem;
  stored: StoredProblem | undefined;
  criteria: [string, string];
  priorities: PrioritisationHandle;
}

export function ProblemRow({ problem: p, stored, criteria, priorities }: Props) {
  return (
    <tr data-problem={p.text}>
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
        <ScoreForm labels={criteria} onAdd={(a, b) => priorities.addScore(p.id, a, b)} />
        <span className="muted" data-testid="participants">
          {participantsLabel(stored?.scores.length ?? 0)}
        </span>
        <GivenScores problem={stored} onRemove={(scoreId) => priorities.removeScore(p.id, scoreId)} />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`Prioridad para el PME: ${p.text}`}
          checked={stored?.selected ?? false}
          onChange={(e) => priorities.setSelected(p.id, e.target.checked)}
        />
      </td>
    </tr>
  );
}
