// The scores of one problem: the form that adds a participant's pair of scores, and each pair given.
import { useState } from 'react';
import type { StoredProblem } from '../../../data/docs/diagnosis/index.ts';

const SCORES = [1, 2, 3, 4, 5] as const;

/** Each vote given, with a way to undo it (a mistaken or repeated score). */
export function GivenScores(props: { problem: StoredProblem | undefined; onRemove: (scoreId: string) => void }) {
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

export function ScoreForm({ labels, onAdd }: { labels: [string, string]; onAdd: (a: number, b: number) => void }) {
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
