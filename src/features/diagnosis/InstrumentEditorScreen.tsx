// Adapting a group's questionnaire for a school before (or during) collection: add, reword,
// move, remove items. Once a version has responses it is frozen: the first edit creates the next
// version, and every response keeps the wording it was answered with.
import { useEffect, useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { STAKEHOLDER_GROUPS, type Instrument, type Item, type StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { SUBDIMENSIONS, subdimensionCodeSchema } from '../../domain/mge/modelo.ts';
import {
  addItem,
  applyEdit,
  INSTRUMENT_ERROR_MESSAGES,
  moveItem,
  removeItem,
  updateItem,
  validateInstrument,
} from '../../domain/diagnosis/instrumentEditing.ts';
import { useSurvey } from './useSurvey.ts';
import { ensureInstrument, latestInstrument } from './instruments.ts';
import { SURVEYS, type SurveyKind } from './survey.ts';
import { AutoGrowTextarea } from './AutoGrowTextarea.tsx';

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function InstrumentEditorScreen({
  schoolId,
  group,
  survey = 'diagnosis',
}: {
  schoolId: SchoolId;
  group: StakeholderGroup;
  survey?: SurveyKind;
}) {
  const { survey: handle, instruments, responses } = useSurvey(schoolId, survey);
  const [newText, setNewText] = useState('');
  const [newKind, setNewKind] = useState<'scale' | 'open'>('scale');
  const [newSub, setNewSub] = useState<string>(SUBDIMENSIONS[0].code);
  useEffect(() => {
    if (handle && !latestInstrument(instruments, group)) ensureInstrument(handle, instruments, group, survey);
  }, [handle, instruments, group, survey]);
  const current = latestInstrument(instruments, group);
  if (!handle || !current) return <p className="muted">Abriendo…</p>;

  const answered = responses.some((r) => r.instrumentId === current.id && r.instrumentVersion === current.version);
  const edit = (fn: (i: Instrument) => Instrument) => handle.saveInstrument(applyEdit(current, fn, answered));
  const errors = validateInstrument(current);
  const groupLabel = STAKEHOLDER_GROUPS.find((g) => g.code === group)?.label ?? group;

  return (
    <section className="card" data-testid="instrument-editor">
      <a href={`#/escuelas/${schoolId}/${SURVEYS[survey].path}`}>← {SURVEYS[survey].backLabel}</a>
      <h1>Cuestionario para {groupLabel.toLowerCase()}</h1>
      <p className="muted" data-testid="instrument-version">
        Versión {current.version}
        {answered &&
          ' · ya tiene respuestas: al editar se crea una nueva versión y las respuestas anteriores conservan la redacción con que fueron respondidas.'}
      </p>
      {errors.length > 0 && (
        <ul className="form-error">
          {errors.map((e) => (
            <li key={e}>{INSTRUMENT_ERROR_MESSAGES[e]}</li>
          ))}
        </ul>
      )}
      <ol className="instrument-items">
        {current.items.map((item, index) => (
          <ItemRow
            key={`${current.version}:${item.id}`}
            item={item}
            index={index}
            last={index === current.items.length - 1}
            onText={(text) => text.trim() && text !== item.text && edit((i) => updateItem(i, item.id, { text }))}
            onSub={(sub) => edit((i) => updateItem(i, item.id, { subdimension: sub }))}
            onMove={(to) => edit((i) => moveItem(i, item.id, to))}
            onRemove={() => edit((i) => removeItem(i, item.id))}
          />
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const text = newText.trim();
          const sub = subdimensionCodeSchema.safeParse(newSub);
          if (!text || (newKind === 'scale' && !sub.success)) return;
          const id = `${current.id}-x-${crypto.randomUUID().slice(0, 8)}`;
          const item: Item =
            newKind === 'scale' && sub.success
              ? { id, kind: 'scale', subdimension: sub.data, text }
              : { id, kind: 'open', text };
          edit((i) => addItem(i, item));
          setNewText('');
        }}
      >
        <label htmlFor="new-item-text">Nueva pregunta</label>
        <AutoGrowTextarea
          id="new-item-text"
          value={newText}
          maxLength={500}
          onChange={(e) => setNewText(e.target.value)}
        />
        <select
          aria-label="Tipo de pregunta"
          value={newKind}
          onChange={(e) => setNewKind(e.target.value === 'open' ? 'open' : 'scale')}
        >
          <option value="scale">Escala 1 a 4</option>
          <option value="open">Pregunta abierta</option>
        </select>
        {newKind === 'scale' && (
          <select aria-label="Subdimensión" value={newSub} onChange={(e) => setNewSub(e.target.value)}>
            {SUBDIMENSIONS.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} {s.label}
              </option>
            ))}
          </select>
        )}
        <button type="submit" disabled={!newText.trim()}>
          Agregar pregunta
        </button>
      </form>
    </section>
  );
}

function ItemRow(props: {
  item: Item;
  index: number;
  last: boolean;
  onText: (text: string) => void;
  onSub: (sub: (typeof SUBDIMENSIONS)[number]['code']) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { item, index } = props;
  return (
    <li className="instrument-item" data-item={item.id}>
      <AutoGrowTextarea
        aria-label={`Pregunta ${index + 1}`}
        defaultValue={item.text}
        maxLength={500}
        onBlur={(e) => props.onText(e.target.value)}
      />
      {item.kind === 'scale' ? (
        <select
          aria-label={`Subdimensión de la pregunta ${index + 1}`}
          value={item.subdimension}
          onChange={(e) => {
            const sub = subdimensionCodeSchema.safeParse(e.target.value);
            if (sub.success) props.onSub(sub.data);
          }}
        >
          {SUBDIMENSIONS.map((s) => (
            <option key={s.code} value={s.code}>
              {s.code} {s.label}
            </option>
          ))}
        </select>
      ) : (
        <span className="muted">Pregunta abierta</span>
      )}
      <button
        type="button"
        aria-label={`Subir pregunta ${index + 1}`}
        disabled={index === 0}
        onClick={() => props.onMove(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={`Bajar pregunta ${index + 1}`}
        disabled={props.last}
        onClick={() => props.onMove(index + 1)}
      >
        ↓
      </button>
      <button type="button" aria-label={`Quitar pregunta ${index + 1}`} onClick={props.onRemove}>
        Quitar
      </button>
    </li>
  );
}
