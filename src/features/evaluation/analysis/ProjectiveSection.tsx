// The evaluación proyectiva: suggested from the decisions and the logro de metas, written by the team.
import { useState } from 'react';
import { categoryLabel } from '../../../domain/evaluation/goals.ts';
import type { EvaluationFigures } from '../../../domain/evaluation/figures.ts';
import type { ProjectiveItem } from '../../../domain/evaluation/projective.ts';
import type { EvaluationHandle } from '../../../data/docs/evaluation/index.ts';

type List = ProjectiveItem['list'];
const LISTS: { code: List; label: string }[] = [
  { code: 'keep', label: 'Mantener' },
  { code: 'change', label: 'Cambiar' },
  { code: 'add', label: 'Agregar' },
  { code: 'drop', label: 'Dejar de hacer' },
];

function suggestions(projective: EvaluationFigures['projective']): Record<List, string[]> {
  return {
    keep: projective.keep.map((e) => e.label),
    change: projective.change.map((e) => `${e.label}${e.proposal ? `: ${e.proposal}` : ''}`),
    add: projective.add.map((e) => `Abordar la meta «${e.label}» (${categoryLabel(e.category).toLowerCase()})`),
    drop: projective.drop.map((e) => e.label),
  };
}

function ProjectiveForm({ evaluation }: { evaluation: EvaluationHandle }) {
  const [text, setText] = useState('');
  const [list, setList] = useState<List>('keep');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        evaluation.addProjectiveItem(list, text.trim());
        setText('');
      }}
    >
      <select aria-label="Lista" value={list} onChange={(e) => setList(e.target.value as List)}>
        {LISTS.map((l) => (
          <option key={l.code} value={l.code}>
            {l.label}
          </option>
        ))}
      </select>
      <input aria-label="Texto de la evaluación proyectiva" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">Agregar</button>
    </form>
  );
}

interface Props {
  year: number;
  figures: EvaluationFigures;
  items: ProjectiveItem[];
  evaluation: EvaluationHandle;
}

export function ProjectiveSection({ year, figures, items, evaluation }: Props) {
  const suggested = suggestions(figures.projective);
  return (
    <section data-testid="projective">
      <h3>Evaluación proyectiva para {year + 1}</h3>
      <p className="muted">Sugerido desde las decisiones y el logro de metas; el equipo lo redacta.</p>
      {LISTS.map(({ code, label }) => (
        <div key={code}>
          <h4>{label}</h4>
          <ul>
            {suggested[code].map((s, i) => (
              <li key={`s${i}`} className="muted">
                {s}
              </li>
            ))}
            {items
              .filter((i) => i.list === code)
              .map((i) => (
                <li key={i.id}>
                  {i.text}{' '}
                  <button type="button" className="link" onClick={() => evaluation.removeProjectiveItem(i.id)}>
                    Quitar
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <ProjectiveForm evaluation={evaluation} />
    </section>
  );
}
