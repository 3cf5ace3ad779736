import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { emptySchoolForm, schoolFormSchema, type SchoolFormInput, type SchoolFormValues } from '../../domain/schools/school.ts';
import { useWorkspace } from '../session/index.ts';
import { SchoolFields } from './SchoolFields.tsx';
import { createSchool } from './schoolRepository.ts';
import { useDraft } from './useDraft.ts';

const DRAFT_KEY = 'new-school';

export function NewSchoolScreen() {
  const workspace = useWorkspace();
  const draft = useDraft<SchoolFormInput>(DRAFT_KEY);
  const [exists, setExists] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const form = useForm<SchoolFormInput, unknown, SchoolFormValues>({
    defaultValues: emptySchoolForm(),
    resolver: zodResolver(schoolFormSchema),
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, watch, reset, setValue } = form;
  const regionCode = watch('regionCode');

  useEffect(() => {
    void draft.load().then((value) => {
      if (value && typeof value === 'object') {
        reset({ ...emptySchoolForm(), ...(value as Partial<SchoolFormInput>) });
        setRestored(true);
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load the draft once
  }, []);

  useEffect(() => {
    const sub = watch((values, { name }) => {
      if (name === 'regionCode') setValue('comunaCode', '');
      draft.save(values as SchoolFormInput);
    });
    return () => sub.unsubscribe();
  }, [watch, draft, setValue]);

  const onSubmit = handleSubmit(async (values) => {
    const result = await createSchool(workspace, values);
    if (!result.ok) {
      setExists(result.schoolId);
      return;
    }
    await draft.clear();
    window.location.hash = `#/escuelas/${result.schoolId}`;
  });

  return (
    <section className="card">
      <h1>Registrar establecimiento</h1>
      {restored && <p className="banner info">Se recuperó lo que había escrito antes de cerrar.</p>}
      <form onSubmit={onSubmit} noValidate>
        <SchoolFields register={register} errors={formState.errors} regionCode={regionCode} identityLocked={false} />
        {exists && (
          <p className="form-error" role="alert">
            Ya existe un establecimiento con el RBD {exists} en este equipo. <a href={`#/escuelas/${exists}`}>Abrir su ficha</a>
          </p>
        )}
        {Object.keys(formState.errors).length > 0 && formState.isSubmitted && (
          <p className="form-error" role="alert">
            Revise los campos marcados. Lo escrito no se pierde.
          </p>
        )}
        <div className="actions">
          <a className="button" href="#/escuelas">
            Cancelar
          </a>
          <button
            type="button"
            onClick={() => {
              void draft.clear();
              reset(emptySchoolForm());
              setRestored(false);
            }}
          >
            Limpiar
          </button>
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            Guardar establecimiento
          </button>
        </div>
      </form>
    </section>
  );
}
