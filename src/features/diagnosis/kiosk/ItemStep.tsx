// One question per screen: a scale question is answered with one tap (and moves on), an open one
// is typed and saved once per burst of typing (YS-1); "Anterior" goes back, the last question sends the response.
import {
  NOT_KNOWN,
  NOT_KNOWN_LABEL,
  SCALE_LEVELS,
  type Instrument,
  type Item,
  type ScaleAnswer,
} from '../../../domain/diagnosis/model.ts';
import { BufferedTextarea } from '../../forms/index.ts';

interface Props {
  instrument: Instrument;
  index: number;
  answers: Record<string, ScaleAnswer>;
  openAnswers: Record<string, string>;
  onScale: (itemId: string, a: ScaleAnswer) => void;
  onOpen: (itemId: string, text: string) => void;
  onMove: (index: number) => void;
  onFinish: () => void;
}

const SCALE_OPTIONS: { value: ScaleAnswer; label: string }[] = [
  ...SCALE_LEVELS.map((l) => ({ value: l.value as ScaleAnswer, label: l.label })),
  { value: NOT_KNOWN as ScaleAnswer, label: NOT_KNOWN_LABEL },
];

function ScaleOptions(props: { item: Item; chosen: ScaleAnswer | undefined; onChoose: (a: ScaleAnswer) => void }) {
  return (
    <div className="kiosk-options" role="radiogroup" aria-label={props.item.text}>
      {SCALE_OPTIONS.map((o) => (
        <button
          key={String(o.value)}
          type="button"
          role="radio"
          aria-checked={props.chosen === o.value}
          className={props.chosen === o.value ? 'kiosk-option selected' : 'kiosk-option'}
          onClick={() => props.onChoose(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** The open answer as typed, starting from the stored one (keyed by item: each question starts afresh). */
function OpenAnswer({ item, stored, onOpen }: { item: Item; stored: string; onOpen: (text: string) => void }) {
  return <BufferedTextarea className="kiosk-open" rows={5} value={stored} aria-label={item.text} onCommit={onOpen} />;
}

export function ItemStep({ instrument, index, answers, openAnswers, ...on }: Props) {
  const item = instrument.items[index];
  if (!item) return null;
  const last = index === instrument.items.length - 1;
  const next = () => (last ? on.onFinish() : on.onMove(index + 1));
  return (
    <section className="kiosk-card" data-testid="kiosk-item" data-item={item.id}>
      <p className="kiosk-progress">
        Pregunta {index + 1} de {instrument.items.length}
      </p>
      <h1 className="kiosk-question">{item.text}</h1>
      {item.kind === 'scale' ? (
        <ScaleOptions item={item} chosen={answers[item.id]} onChoose={(a) => (on.onScale(item.id, a), next())} />
      ) : (
        <OpenAnswer
          key={item.id}
          item={item}
          stored={openAnswers[item.id] ?? ''}
          onOpen={(text) => on.onOpen(item.id, text)}
        />
      )}
      <div className="kiosk-nav">
        <button type="button" className="kiosk-big" disabled={index === 0} onClick={() => on.onMove(index - 1)}>
          Anterior
        </button>
        <button type="button" className="primary kiosk-big" onClick={next}>
          {last ? 'Enviar respuestas' : item.kind === 'open' ? 'Siguiente' : 'Omitir'}
        </button>
      </div>
    </section>
  );
}
