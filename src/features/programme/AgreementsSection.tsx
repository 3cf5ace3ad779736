import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { formatIsoDate, isoDateSchema } from '../../domain/shared/localDates.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';

const formSchema = z.object({
  text: z.string().trim().min(1, { message: 'Escriba el acuerdo' }).max(1000),
  responsible: z.string().trim().min(1, { message: 'Indique el responsable del acuerdo' }).max(200),
  dueDate: isoDateSchema,
});
type Form = z.input<typeof formSchema>;

// Longer than 60 lines: the list and its add form share the session and the form's errors; it is markup.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function AgreementsSection({ programme, session }: { programme: ProgrammeHandle; session: SessionDraft }) {
  const { register, handleSubmit, formState, reset, setError } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { text: '', responsible: '', dueDate: '' },
  });
  const err = (k: keyof Form) => formState.errors[k]?.message;
  return (
    <section>
      <h3>Acuerdos</h3>
      {session.agreements.map((a, i) => (
        <div key={a.id} className="agreement" data-testid={`agreement-${i}`}>
          <label className="check">
            <input
              type="checkbox"
              checked={a.done}
              onChange={(e) => programme.acuerdos.setDone(session.id, a.id, e.target.checked)}
            />{' '}
            {a.done ? 'Cumplido' : 'Pendiente'}
          </label>
          <span>
            <strong>{a.text}</strong> · {a.responsible} · plazo {formatIsoDate(a.dueDate)}
          </span>
          <button type="button" className="link" onClick={() => programme.acuerdos.remove(session.id, a.id)}>
            Quitar
          </button>
        </div>
      ))}
      <form
        className="inline-form"
        noValidate
        data-testid="add-agreement"
        onSubmit={handleSubmit((v) => {
          if (v.dueDate < session.date) {
            setError('dueDate', { message: 'El plazo es anterior a la sesión' });
            return;
          }
          programme.acuerdos.add(session.id, { text: v.text, responsible: v.responsible, dueDate: v.dueDate });
          reset({ text: '', responsible: '', dueDate: '' });
        })}
      >
        <div className="field">
          <label htmlFor="agreement-text">Acuerdo</label>
          <input id="agreement-text" aria-invalid={err('text') ? true : undefined} {...register('text')} />
          {err('text') && <span className="field-error">{err('text')}</span>}
        </div>
        <div className="field">
          <label htmlFor="agreement-responsible">Responsable</label>
          <input
            id="agreement-responsible"
            aria-invalid={err('responsible') ? true : undefined}
            {...register('responsible')}
          />
          {err('responsible') && <span className="field-error">{err('responsible')}</span>}
        </div>
        <div className="field">
          <label htmlFor="agreement-due">Plazo</label>
          <input
            id="agreement-due"
            type="date"
            aria-invalid={err('dueDate') ? true : undefined}
            {...register('dueDate')}
          />
          {err('dueDate') && <span className="field-error">{err('dueDate')}</span>}
        </div>
        <button type="submit">Agregar acuerdo</button>
      </form>
    </section>
  );
}
