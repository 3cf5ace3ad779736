import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type * as Y from 'yjs';
import { z } from 'zod';
import { DIMENSIONS, type DimensionCode } from '../../domain/mge/modelo.ts';
import { actionSchema, dimensionSchema, emptyFunding } from '../../domain/pme/model.ts';
import { createEntry } from '../../data/pmeDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { newId } from './format.ts';

const formSchema = z.object({ nombre: actionSchema.shape.nombre, dimension: dimensionSchema });
type Form = z.input<typeof formSchema>;

export function NewActionForm({ doc, strategyId, year, defaultDimension, testId, onCreated }: { doc: Y.Doc; strategyId: string; year: number; defaultDimension: DimensionCode; testId: string; onCreated?: (id: string) => void }) {
  const { register, handleSubmit, formState, reset } = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { nombre: '', dimension: defaultDimension } });
  return (
    <form
      className="inline-form"
      noValidate
      data-testid={testId}
      onSubmit={handleSubmit((v) => {
        const id = newId();
        createEntry(doc, 'action', id, {
          strategyId, year, nombre: v.nombre, descripcion: '', dimension: v.dimension, subdimensiones: [], fechaInicio: '', fechaTermino: '',
          responsable: '', recursos: '', mediosVerificacion: [], usoTIC: false, asesoriaATE: false, planesNormativos: [], programaAsociado: '', financiamiento: emptyFunding(),
        }, LOCAL_EDIT);
        reset({ nombre: '', dimension: v.dimension });
        onCreated?.(id);
      })}
    >
      <div className="field">
        <label htmlFor={`${testId}-nombre`}>Nueva acción</label>
        <input id={`${testId}-nombre`} data-testid={`${testId}-nombre`} aria-invalid={formState.errors.nombre ? true : undefined} {...register('nombre')} />
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
