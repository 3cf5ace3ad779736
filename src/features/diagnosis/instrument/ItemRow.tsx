// One question of the questionnaire being edited: its text (written once per burst of typing and on leaving
// the field, kept in the burst journal meanwhile, YS-1), its subdimension (scale questions) and the buttons
// that move or remove it.
import type { Item } from '../../../domain/diagnosis/model.ts';
import type { SubdimensionCode } from '../../../domain/mge/modelo.ts';
import { useBufferedText } from '../../forms/index.ts';
import { AutoGrowTextarea } from '../AutoGrowTextarea.tsx';
import { SubdimensionSelect } from './SubdimensionSelect.tsx';

interface Props {
  item: Item;
  index: number;
  last: boolean;
  onText: (text: string) => void;
  onSub: (sub: SubdimensionCode) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

export function ItemRow({ item, index, last, onText, onSub, onMove, onRemove }: Props) {
  const n = index + 1;
  const text = useBufferedText(item.text, onText, `instrument-item-${item.id}`);
  return (
    <li className="instrument-item" data-item={item.id}>
      <AutoGrowTextarea
        aria-label={`Pregunta ${n}`}
        value={text.value}
        maxLength={500}
        onChange={(e) => text.onChange(e.target.value)}
        onBlur={text.onBlur}
      />
      {item.kind === 'scale' ? (
        <SubdimensionSelect label={`Subdimensión de la pregunta ${n}`} value={item.subdimension} onChange={onSub} />
      ) : (
        <span className="muted">Pregunta abierta</span>
      )}
      <button type="button" aria-label={`Subir pregunta ${n}`} disabled={index === 0} onClick={() => onMove(index - 1)}>
        ↑
      </button>
      <button type="button" aria-label={`Bajar pregunta ${n}`} disabled={last} onClick={() => onMove(index + 1)}>
        ↓
      </button>
      <button type="button" aria-label={`Quitar pregunta ${n}`} onClick={onRemove}>
        Quitar
      </button>
    </li>
  );
}
