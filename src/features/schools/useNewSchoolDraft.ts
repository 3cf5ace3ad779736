// What is typed in the new-school form is kept as a draft on the device: restored when the screen
// opens again, saved on each change (a new región empties the comuna).
import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { emptySchoolForm, type SchoolFormInput, type SchoolFormValues } from '../../domain/schools/school.ts';
import type { useDraft } from './useDraft.ts';

type Form = UseFormReturn<SchoolFormInput, unknown, SchoolFormValues>;
type Draft = ReturnType<typeof useDraft<SchoolFormInput>>;

/** Whether a draft was restored into the form, and a way to forget that it was (on "Limpiar"). */
export function useNewSchoolDraft(form: Form, draft: Draft) {
  const { watch, reset, setValue } = form;
  const [restored, setRestored] = useState(false);

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

  return { restored, setRestored };
}
