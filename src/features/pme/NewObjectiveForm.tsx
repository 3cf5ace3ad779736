import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type * as Y from 'yjs';
import { objectiveSchema, type PmeAreaCode } from '../../domain/pme/model.ts';
import { createEntry } from '../../data/pmeDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { newId } from './format.ts';

const formSchema = objectiveSchema.pick({ text: true });
type Form = z.input<typeof formSchema>;

export function NewObjectiveForm({ doc, area }: { doc: Y.Doc; area: PmeAreaCode }) {
  const { register, handleSubmit, formState, reset } = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { text: '' } });
  const id = `new-objective-${area}`;
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={handleSubmit((v) => {
        createEntry(doc, 'objective', newId(), { dimension: area, text: v.text.trim(), priorityIds: [] }, LOCAL_EDIT);
        reset({ text: '' });
      })}
    >
      <div className="field wide">
        <label htmlFor={id}>Nuevo objetivo estratégico</label>
        <textarea id={id} rows={2} data-testid={id} aria-invalid={formState.errors.text ? true : undefined} {...register('text')} />
        {formState.errors.text && <span className="field-error">{formState.errors.text.message}</span>}
      </div>
      <button type="submit">Agregar objetivo</button>
    </form>
  );
}
