// Adding an agreement to a session: what, who is responsible and by when (not before the session).
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isoDateSchema } from '../../domain/shared/localDates.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';
import { FieldError } from './FieldError.tsx';

const formSchema = z.object({
  text: z.string().trim().min(1, { message: 'Escriba el acuerdo' }).max(1000),
  responsible: z.string().trim().min(1, { message: 'Indique el responsable del acuerdo' }).max(200),
  dueDate: isoDateSchema,
});
type Form = z.input<typeof formSchema>;

const emptyForm = (): Form => ({ text: '', responsible: '', dueDate: '' });

export function AddAgreementForm({ programme, session }: { programme: ProgrammeHandle; session: SessionDraft }) {
  const { register, handleSubmit, formState, reset, setError } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: emptyForm(),
  });
  const err = (k: keyof Form) => formState.errors[k]?.message;
  const invalid = (k: keyof Form) => (err(k) ? true : undefined);
  const onSubmit = handleSubmit((v) => {
    if (v.dueDate < session.date) {
      setError('dueDate', { message: 'El plazo es anterior a la sesión' });
      return;
    }
    programme.acuerdos.add(session.id, { text: v.text, responsible: v.responsible, dueDate: v.dueDate });
    reset(emptyForm());
  });
  return (
    <form className="inline-form" noValidate data-testid="add-agreement" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="agreement-text">Acuerdo</label>
        <input id="agreement-text" aria-invalid={invalid('text')} {...register('text')} />
        <FieldError message={err('text')} />
      </div>
      <div className="field">
        <label htmlFor="agreement-responsible">Responsable</label>
        <input id="agreement-responsible" aria-invalid={invalid('responsible')} {...register('responsible')} />
        <FieldError message={err('responsible')} />
      </div>
      <div className="field">
        <label htmlFor="agreement-due">Plazo</label>
        <input id="agreement-due" type="date" aria-invalid={invalid('dueDate')} {...register('dueDate')} />
        <FieldError message={err('dueDate')} />
      </div>
      <button type="submit">Agregar acuerdo</button>
    </form>
  );
}
