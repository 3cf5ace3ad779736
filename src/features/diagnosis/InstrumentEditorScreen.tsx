// Adapting a group's questionnaire for a school before (or during) collection: add, reword,
// move, remove items. Once a version has responses it is frozen: the first edit creates the next
// version, and every response keeps the wording it was answered with.
import { useEffect } from 'react';
import { STAKEHOLDER_GROUPS, type Instrument } from '../../domain/diagnosis/model.ts';
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
import { SURVEYS, type GroupSurveyProps } from './survey.ts';
import { ItemRow } from './instrument/ItemRow.tsx';
import { NewItemForm } from './instrument/NewItemForm.tsx';
import { EditableArea } from '../screenShell/index.ts';

type Edit = (fn: (i: Instrument) => Instrument) => void;

function InstrumentHeader({ instrument, answered }: { instrument: Instrument; answered: boolean }) {
  const errors = validateInstrument(instrument);
  return (
    <>
      <p className="muted" data-testid="instrument-version">
        Versión {instrument.version}
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
    </>
  );
}

function ItemList({ instrument, edit }: { instrument: Instrument; edit: Edit }) {
  return (
    <ol className="instrument-items">
      {instrument.items.map((item, index) => (
        <ItemRow
          key={`${instrument.version}:${item.id}`}
          item={item}
          index={index}
          last={index === instrument.items.length - 1}
          onText={(text) => text.trim() && text !== item.text && edit((i) => updateItem(i, item.id, { text }))}
          onSub={(sub) => edit((i) => updateItem(i, item.id, { subdimension: sub }))}
          onMove={(to) => edit((i) => moveItem(i, item.id, to))}
          onRemove={() => edit((i) => removeItem(i, item.id))}
        />
      ))}
    </ol>
  );
}

export function InstrumentEditorScreen({ schoolId, group, survey = 'diagnosis' }: GroupSurveyProps) {
  const { survey: handle, instruments, responses } = useSurvey(schoolId, survey);
  useEffect(() => {
    if (handle && !latestInstrument(instruments, group)) ensureInstrument(handle, instruments, group, survey);
  }, [handle, instruments, group, survey]);
  const current = latestInstrument(instruments, group);
  if (!handle || !current) return <p className="muted">Abriendo…</p>;

  const answered = responses.some((r) => r.instrumentId === current.id && r.instrumentVersion === current.version);
  const edit: Edit = (fn) => handle.saveInstrument(applyEdit(current, fn, answered));
  const groupLabel = STAKEHOLDER_GROUPS.find((g) => g.code === group)?.label ?? group;
  return (
    <section className="card" data-testid="instrument-editor">
      <a href={`#/escuelas/${schoolId}/${SURVEYS[survey].path}`}>← {SURVEYS[survey].backLabel}</a>
      <h1>Cuestionario para {groupLabel.toLowerCase()}</h1>
      <EditableArea kind={SURVEYS[survey].docKind}>
        <InstrumentHeader instrument={current} answered={answered} />
        <ItemList instrument={current} edit={edit} />
        <NewItemForm instrumentId={current.id} onAdd={(item) => edit((i) => addItem(i, item))} />
      </EditableArea>
    </section>
  );
}
