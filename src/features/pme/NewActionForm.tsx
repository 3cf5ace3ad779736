import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { DIMENSIONS, type DimensionCode } from '../../domain/mge/modelo.ts';
import { actionSchema, dimensionSchema } from '../../domain/pme/model.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';

const formSchema = z.object({ nombre: actionSchema.shape.nombre, dimension: dimensionSchema });
type Form = z.input<typeof formSchema>;

interface Props {
  pme: PmeHandle;
  strategyId: string;
  year: number;
  defaultDimension: DimensionCode;
  testId: string;
  onCreated?: (id: string) => void;
}

export function NewActionForm({ pme, strategyId, year, defaultDimension, testId, onCreated }: Props) {
  const { register, handleSubmit, formState, reset } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { nombre: '', dimension: defaultDimension },
  });
  return (
    <form
      className="inline-form"
      noValidate
      data-testid={testId}
      onSubmit={handleSubmit((v) => {
        const id = pme.plan.addAction({ strategyId, year, nombre: v.nombre, dimension: v.dimension });
        reset({ nombre: '', dimension: v.dimension });
        onCreated?.(id);
      })}
    >
      <div className="field">
        <label htmlFor={`${testId}-nombre`}>Nueva acción</label>
        <input
          id={`${testId}-nombre`}
          data-testid={`${testId}-nombre`}
          aria-invalid={formState.errors.nombre ? true : undefined}
          {...register('nombre')}
        />
        {formState.errors.nombre && <span className="field-error">{formState.errors.nombre.message}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${testId}-dimension`}>Dimensión</label>
        <select id={`${testId}-dimension`} {...register('dimension')}>
          {DIMENSIONS.map((d) => (
            <option key={d.code} value={d.code}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Agregar acción</button>
    </form>
  );
}
