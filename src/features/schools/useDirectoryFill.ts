// Fills the new-school form from a school chosen in the directory. The comuna is set one render after
// the región: the región's change empties the comuna (useNewSchoolDraft.ts) and its options appear then.
import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { DirectorySchool } from '../../domain/schools/compactDirectory.ts';
import { DIRECTORY_FILLED_FIELDS, formFromDirectory } from '../../domain/schools/directoryProfile.ts';
import type { SchoolFormInput, SchoolFormValues } from '../../domain/schools/school.ts';

type Form = UseFormReturn<SchoolFormInput, unknown, SchoolFormValues>;

export function useDirectoryFill(form: Form) {
  const { setValue, watch } = form;
  const [chosen, setChosen] = useState<DirectorySchool | null>(null);
  const [pendingComuna, setPendingComuna] = useState<string | null>(null);
  const regionCode = watch('regionCode');

  useEffect(() => {
    if (pendingComuna === null) return;
    setValue('comunaCode', pendingComuna, { shouldDirty: true, shouldValidate: true });
    setPendingComuna(null);
  }, [pendingComuna, regionCode, setValue]);

  const choose = (school: DirectorySchool) => {
    const filled = formFromDirectory(school);
    for (const field of DIRECTORY_FILLED_FIELDS) {
      if (field !== 'comunaCode') setValue(field, filled[field], { shouldDirty: true, shouldValidate: true });
    }
    setPendingComuna(filled.comunaCode);
    setChosen(school);
  };
  return { chosen, choose, forget: () => setChosen(null) };
}
