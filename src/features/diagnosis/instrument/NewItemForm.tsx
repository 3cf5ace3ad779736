// Adds a question at the end of the questionnaire: its text, its kind and, for a scale question,
// the subdimension it measures. The id is the instrument's plus a random suffix (unique per device).
import { useState } from 'react';
import type { Item } from '../../../domain/diagnosis/model.ts';
import { SUBDIMENSIONS, type SubdimensionCode } from '../../../domain/mge/modelo.ts';
import { AutoGrowTextarea } from '../AutoGrowTextarea.tsx';
import { SubdimensionSelect } from './SubdimensionSelect.tsx';
import { newId } from '../../../data/ids.ts';

export function NewItemForm({ instrumentId, onAdd }: { instrumentId: string; onAdd: (item: Item) => void }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'scale' | 'open'>('scale');
  const [sub, setSub] = useState<SubdimensionCode>(SUBDIMENSIONS[0].code);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = text.trim();
        if (!trimmed) return;
        const id = `${instrumentId}-x-${newId().slice(0, 8)}`;
        onAdd(kind === 'scale' ? { id, kind, subdimension: sub, text: trimmed } : { id, kind, text: trimmed });
        setText('');
      }}
    >
      <label htmlFor="new-item-text">Nueva pregunta</label>
      <AutoGrowTextarea id="new-item-text" value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
      <select
        aria-label="Tipo de pregunta"
        value={kind}
        onChange={(e) => setKind(e.target.value === 'open' ? 'open' : 'scale')}
      >
        <option value="scale">Escala 1 a 4</option>
        <option value="open">Pregunta abierta</option>
      </select>
      {kind === 'scale' && <SubdimensionSelect label="Subdimensión" value={sub} onChange={setSub} />}
      <button type="submit" disabled={!text.trim()}>
        Agregar pregunta
      </button>
    </form>
  );
}
