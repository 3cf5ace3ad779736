// The input for one answer, by the field's kind (evidence has its own, EvidenceAnswer).
import { DEFAULT_SCALE_LABELS, type Answer, type InstrumentField } from '../../../domain/monitoring/instruments.ts';

interface Props {
  field: InstrumentField;
  inputId: string;
  value: Answer | undefined;
  onAnswer: (value: Answer) => void;
}

const decimal = (text: string) => Number(text.replace(',', '.'));

export function AnswerInput({ field: f, inputId: fid, value: v, onAnswer }: Props) {
  switch (f.kind) {
    case 'checklist':
    case 'yesNo':
      return (
        <select
          id={fid}
          value={v === true ? 'si' : v === false ? 'no' : ''}
          onChange={(e) => onAnswer(e.target.value === '' ? null : e.target.value === 'si')}
        >
          <option value="">—</option>
          <option value="si">{f.kind === 'checklist' ? 'Cumple' : 'Sí'}</option>
          <option value="no">{f.kind === 'checklist' ? 'No cumple' : 'No'}</option>
        </select>
      );
    case 'scale':
      return (
        <select
          id={fid}
          value={typeof v === 'number' ? String(v) : ''}
          onChange={(e) => onAnswer(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">—</option>
          {(f.labels ?? DEFAULT_SCALE_LABELS).map((l, i) => (
            <option key={i} value={i + 1}>
              {i + 1}. {l}
            </option>
          ))}
        </select>
      );
    case 'number':
    case 'percentage':
      return (
        <input
          id={fid}
          inputMode="decimal"
          defaultValue=""
          onChange={(e) =>
            e.target.value.trim() !== '' &&
            Number.isFinite(decimal(e.target.value)) &&
            onAnswer(decimal(e.target.value))
          }
        />
      );
    case 'date':
      return <input id={fid} type="date" onChange={(e) => onAnswer(e.target.value || null)} />;
    case 'shortText':
      return <input id={fid} maxLength={300} onChange={(e) => onAnswer(e.target.value)} />;
    case 'longText':
      return <textarea id={fid} rows={3} onChange={(e) => onAnswer(e.target.value)} />;
    case 'evidence':
      return null;
  }
}
