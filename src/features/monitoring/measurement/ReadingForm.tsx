import { formatIsoDate } from '../../../domain/shared/localDates.ts';
import { showValue } from './readingSchema.ts';
import type { ReadingEditor } from './useReadingEditor.ts';

/** A new reading of the indicator, or the correction of the one chosen in the list. */
export function ReadingForm({ editor, unit, tid }: { editor: ReadingEditor; unit: string; tid: string }) {
  const { form, correcting, submit, cancelCorrection } = editor;
  const { errors } = form.formState;
  return (
    <form className="inline-form" noValidate onSubmit={submit}>
      {correcting && (
        <p className="banner info" data-testid={`${tid}-correcting`}>
          Corrigiendo la medición {showValue(correcting.value)} del {formatIsoDate(correcting.date)}; la anterior
          quedará en el historial.
        </p>
      )}
      <div className="field">
        <label htmlFor={`${tid}-value`}>Valor medido ({unit})</label>
        <input
          id={`${tid}-value`}
          inputMode="decimal"
          data-testid={`${tid}-value`}
          aria-invalid={errors.value ? true : undefined}
          {...form.register('value')}
        />
        {errors.value && (
          <span className="field-error" data-testid={`${tid}-value-error`}>
            {errors.value.message}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${tid}-date`}>Fecha</label>
        <input
          id={`${tid}-date`}
          type="date"
          aria-invalid={errors.date ? true : undefined}
          {...form.register('date')}
        />
        {errors.date && <span className="field-error">{errors.date.message}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${tid}-source`}>Fuente</label>
        <input id={`${tid}-source`} {...form.register('source')} />
        {errors.source && <span className="field-error">{errors.source.message}</span>}
      </div>
      <button type="submit" data-testid={`${tid}-save`}>
        {correcting ? 'Guardar corrección' : 'Registrar medición'}
      </button>
      {correcting && (
        <button type="button" className="link" onClick={cancelCorrection}>
          Cancelar corrección
        </button>
      )}
    </form>
  );
}
