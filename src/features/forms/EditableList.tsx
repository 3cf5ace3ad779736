// The editable list several screens share (sellos of the PEI and of the PME, the school's team, the
// problems to prioritise): the entries, each with a "Quitar" button, and under them the form that adds one.
import { useState, type ReactNode } from 'react';

interface EditableListProps<T extends { id: string }> {
  items: readonly T[];
  /** How one entry reads; the list adds its "Quitar" button after it. */
  describe: (item: T) => ReactNode;
  onRemove: (id: string) => void;
  testId?: string;
  /** The form that adds an entry, shown under the list. */
  children: ReactNode;
}

export function EditableList<T extends { id: string }>(props: EditableListProps<T>) {
  const { items, describe, onRemove, testId, children } = props;
  return (
    <>
      <ul data-testid={testId}>
        {items.map((item) => (
          <li key={item.id}>
            {describe(item)}{' '}
            <button type="button" className="link" onClick={() => onRemove(item.id)}>
              Quitar
            </button>
          </li>
        ))}
      </ul>
      {children}
    </>
  );
}

interface AddTextFormProps {
  inputId: string;
  label: string;
  submitLabel: string;
  maxLength: number;
  /** Called with the text as typed, never with a blank one. */
  onAdd: (text: string) => void;
}

/** One line of text and a button that adds it; the field empties after each addition. */
export function AddTextForm({ inputId, label, submitLabel, maxLength, onAdd }: AddTextFormProps) {
  const [text, setText] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onAdd(text);
        setText('');
      }}
    >
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} value={text} maxLength={maxLength} onChange={(e) => setText(e.target.value)} />
      <button type="submit" disabled={!text.trim()}>
        {submitLabel}
      </button>
    </form>
  );
}

interface SellosEditorProps {
  sellos: readonly { id: string; text: string }[];
  onAdd: (text: string) => void;
  onRemove: (id: string) => void;
  inputId: string;
  testId?: string;
}

/** The sellos educativos, as the PEI (diagnosis) and the PME's fase estratégica both edit them. */
export function SellosEditor({ sellos, onAdd, onRemove, inputId, testId }: SellosEditorProps) {
  return (
    <>
      <h4>Sellos educativos</h4>
      <EditableList items={sellos} describe={(s) => s.text} onRemove={onRemove} testId={testId}>
        <AddTextForm inputId={inputId} label="Nuevo sello" submitLabel="Agregar sello" maxLength={300} onAdd={onAdd} />
      </EditableList>
    </>
  );
}
