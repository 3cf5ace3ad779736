import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { objectiveSchema, type PmeAreaCode } from '../../domain/pme/model.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';

const formSchema = objectiveSchema.pick({ text: true });
type Form = z.input<typeof formSchema>;

export function NewObjectiveForm({ pme, area }: { pme: PmeHandle; area: PmeAreaCode }) {
  const { register, handleSubmit, formState, reset } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { text: '' },
  });
  const id = `new-objective-${area}`;
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={handleSubmit((v) => {
        pme.objectives.add(area, v.text);
        reset({ text: '' });
      })}
    >
      <div className="field wide">
        <label htmlFor={id}>Nuevo objetivo estratégico</label>
        <textarea
          id={id}
          rows={2}
          data-testid={id}
          aria-invalid={formState.errors.text ? true : undefined}
          {...register('text')}
        />
        {formState.errors.text && <span className="field-error">{formState.errors.text.message}</span>}
      </div>
      <button type="submit">Agregar objetivo</button>
    </form>
  );
}
