// A school's profile as a live form: each field is written to the shared document once its value is
// valid, once per burst of typing (useSchoolEditorSync.ts, useProfileBursts.ts); the identity (RBD
// and DV) cannot change.
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { SchoolFormInput } from '../../domain/schools/school.ts';
import type { StoredProfile } from '../../domain/schools/storedProfile.ts';
import type { ProfileHandle } from '../../data/docs/profile/index.ts';
import { SchoolFields } from './SchoolFields.tsx';
import { profileToForm, type EditableField } from './fieldEdit.ts';
import { useDraft } from './useDraft.ts';
import { useProfileBursts } from './useProfileBursts.ts';
import { useRestoreInvalidDraft, useShowOthersChanges, useWriteValidChanges } from './useSchoolEditorSync.ts';

interface Props {
  schoolId: SchoolId;
  handle: ProfileHandle;
  profile: StoredProfile;
}

export function SchoolEditor({ schoolId, handle, profile }: Props) {
  const form = useForm<SchoolFormInput>({ defaultValues: profileToForm(profile) });
  const invalid = useRef(new Map<EditableField, unknown>());
  const draft = useDraft<Record<string, unknown>>(`school-edit:${schoolId}`);
  const regionCode = form.watch('regionCode');
  useRestoreInvalidDraft(form, draft, invalid);
  const bursts = useProfileBursts(handle, profile);
  useWriteValidChanges(form, bursts, draft, invalid);
  useShowOthersChanges(form, profile, invalid, bursts);
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate data-testid="school-form">
      <p className="muted">
        Los cambios se guardan en este equipo a medida que escribe y se sincronizan solos al haber conexión.
      </p>
      <SchoolFields register={form.register} errors={form.formState.errors} regionCode={regionCode} identityLocked />
    </form>
  );
}
