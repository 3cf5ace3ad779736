// Editing a monitoring instrument (herramienta de monitoreo): title, purpose and fields. Saving keeps
// the version while nobody has filled it, and makes a new version once someone has (the records keep
// the version they were filled with). Its parts live in instruments/.
import type { MonitoringInstrument } from '../../domain/monitoring/instruments.ts';
import type { MonitoringHandle } from '../../data/docs/monitoring/index.ts';
import { useInstrumentDraft } from './instruments/useInstrumentDraft.ts';
import { FieldRow } from './instruments/FieldRow.tsx';

interface Props {
  handle: MonitoringHandle;
  instrument: MonitoringInstrument;
  hasRecords: boolean;
  onDone: () => void;
}

export function InstrumentEditor({ handle, instrument, hasRecords, onDone }: Props) {
  const editor = useInstrumentDraft(handle, instrument, hasRecords, onDone);
  const { draft, setDraft } = editor;
  return (
    <div className="instrument-editor" data-testid="instrument-editor">
      <div className="form-grid">
        <div className="field">
          <label htmlFor="ins-title">Nombre de la herramienta</label>
          <input id="ins-title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </div>
        <div className="field wide">
          <label htmlFor="ins-purpose">Propósito</label>
          <textarea
            id="ins-purpose"
            rows={2}
            value={draft.purpose}
            onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}
          />
        </div>
      </div>
      <ol>
        {draft.fields.map((f, i) => (
          <FieldRow key={f.id} field={f} index={i} count={draft.fields.length} draft={editor} />
        ))}
      </ol>
      <button type="button" onClick={editor.addField}>
        Agregar campo
      </button>{' '}
      <button type="button" className="primary" onClick={editor.save}>
        {hasRecords ? `Guardar como versión ${instrument.version + 1}` : 'Guardar'}
      </button>{' '}
      <button type="button" onClick={onDone}>
        Cancelar
      </button>
      {editor.error && (
        <p className="form-error" role="alert">
          {editor.error}
        </p>
      )}
    </div>
  );
}
