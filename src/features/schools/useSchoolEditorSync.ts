// The live edit form of a school profile and its shared document, kept in step by three effects that
// share the set of fields holding a typed value that is not valid yet (`invalid`):
// - on mount, the invalid values typed before the screen was closed come back from the draft;
// - a field whose value becomes valid is written to the document once per burst of typing (YS-1);
// - a change from other people (or tabs) appears in the form, except in fields with an invalid value
//   or a value typed and not written yet.
import { useEffect, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { SchoolFormInput } from '../../domain/schools/school.ts';
import type { StoredProfile } from '../../domain/schools/storedProfile.ts';
import { requestPersistence } from '../storage/index.ts';
import { FORM_FIELDS, checkField, formValueOf, sameValue, type EditableField } from './fieldEdit.ts';
import type { useDraft } from './useDraft.ts';
import type { ProfileBursts } from './useProfileBursts.ts';

type Form = UseFormReturn<SchoolFormInput>;
type Draft = ReturnType<typeof useDraft<Record<string, unknown>>>;
export type InvalidValues = RefObject<Map<EditableField, unknown>>;

export function useRestoreInvalidDraft(form: Form, draft: Draft, invalid: InvalidValues) {
  const { setValue, getValues, setError } = form;
  useEffect(() => {
    void draft.load().then((saved) => {
      if (!saved || typeof saved !== 'object') return;
      for (const [field, value] of Object.entries(saved as Record<string, unknown>)) {
        setValue(field as EditableField, value as never, { shouldDirty: true });
        const check = checkField(getValues(), field as EditableField);
        if (!check.ok) {
          invalid.current.set(field as EditableField, value);
          setError(field as EditableField, { message: check.message });
        }
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restore once
  }, []);
}

export function useWriteValidChanges(form: Form, bursts: ProfileBursts, draft: Draft, invalid: InvalidValues) {
  const { watch, setValue, setError, clearErrors } = form;
  useEffect(() => {
    // Values typed but not valid yet are kept as a draft, never written to the shared document.
    const rememberInvalid = () => draft.save(Object.fromEntries(invalid.current));
    const sub = watch((values, { name, type }) => {
      if (!name || type !== 'change') return;
      const field = name.split('.')[0] as EditableField;
      if (field === 'regionCode') {
        setValue('comunaCode', '');
        invalid.current.set('regionCode', values.regionCode);
        invalid.current.set('comunaCode', '');
        setError('comunaCode', { message: 'Seleccione la comuna de la nueva región' });
        rememberInvalid();
        return;
      }
      const check = checkField(values as SchoolFormInput, field);
      if (check.ok) {
        // Only the given fields: concurrent edits of other fields by other people are kept.
        bursts.queue(field, check.patch);
        void requestPersistence();
        invalid.current.delete(field);
        if (field === 'comunaCode') invalid.current.delete('regionCode');
        clearErrors(field);
      } else {
        invalid.current.set(field, values[field]);
        setError(field, { message: check.message });
      }
      rememberInvalid();
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once per document
  }, [bursts]);
}

export function useShowOthersChanges(
  form: Form,
  profile: StoredProfile,
  invalid: InvalidValues,
  bursts: ProfileBursts,
) {
  const { getValues, setValue } = form;
  useEffect(() => {
    for (const field of FORM_FIELDS) {
      if (invalid.current.has(field as EditableField) || bursts.pending().has(field as EditableField)) continue;
      const next = formValueOf(profile, field);
      if (sameValue(getValues(field), next)) continue;
      // What is typed differs from the stored value only by what saving normalizes (a space
      // just typed at the end, which is trimmed): keep it as typed, or the space is eaten.
      if (field !== 'rbd' && field !== 'dv') {
        const check = checkField(getValues(), field as EditableField);
        const normalized = check.ok && field in check.patch;
        if (normalized && sameValue(formValueOf(check.patch as StoredProfile, field), next)) continue;
      }
      setValue(field, next as never);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-sync on each change of the profile
  }, [profile]);
}
