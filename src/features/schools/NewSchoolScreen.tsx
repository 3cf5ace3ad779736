// Registering a school: a search of Mineduc's directory fills the profile form (useDirectoryFill.ts), kept
// as a draft while typed (useNewSchoolDraft.ts); the relay is asked about the RBD (useRelayCheck.ts) so that
// a school it holds is opened, not created again.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  emptySchoolForm,
  schoolFormSchema,
  type SchoolFormInput,
  type SchoolFormValues,
} from '../../domain/schools/school.ts';
import { useCurrentUser, useWorkspace } from '../session/index.ts';
import { SchoolFields } from './SchoolFields.tsx';
import { NewSchoolNotices } from './NewSchoolNotices.tsx';
import { createSchool } from './schoolRepository.ts';
import { useDraft } from './useDraft.ts';
import { useNewSchoolDraft } from './useNewSchoolDraft.ts';
import { useRelayCheck } from './useRelayCheck.ts';
import { checkRbd } from '../../domain/schools/rbd.ts';
import { toSchoolId, type SchoolId } from '../../domain/wire/documentNames.ts';
import { askRelay, relayVerdict } from './relayCheck.ts';
import { DirectorySearch } from './DirectorySearch.tsx';
import { ChosenSchoolNote, PlaceNote } from './DirectoryNotes.tsx';
import { useDirectoryFill } from './useDirectoryFill.ts';
import { EditableArea } from '../screenShell/index.ts';

const DRAFT_KEY = 'new-school';

/** The school the RBD and DV fields name, once they are a valid pair. */
function typedSchoolId(rbd: unknown, dv: unknown): SchoolId | null {
  const n = Number(rbd);
  return String(rbd ?? '').trim() !== '' && checkRbd(n, String(dv ?? '')).ok ? toSchoolId(n) : null;
}

export function NewSchoolScreen() {
  const workspace = useWorkspace();
  const user = useCurrentUser();
  const draft = useDraft<SchoolFormInput>(DRAFT_KEY);
  const [exists, setExists] = useState<string | null>(null);
  const form = useForm<SchoolFormInput, unknown, SchoolFormValues>({
    defaultValues: emptySchoolForm(),
    resolver: zodResolver(schoolFormSchema),
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, watch, reset } = form;
  const { restored, setRestored } = useNewSchoolDraft(form, draft);
  const typed = typedSchoolId(watch('rbd'), watch('dv'));
  const { relay, setRelay, verdict, openExisting } = useRelayCheck(typed, draft.clear);
  const directory = useDirectoryFill(form);

  const onSubmit = handleSubmit(async (values) => {
    const schoolId = toSchoolId(values.rbd as number);
    // The answer about this RBD may not be in yet: ask before creating (offline it is null).
    const lookup = relay?.schoolId === schoolId ? relay : await askRelay(schoolId);
    if (lookup !== relay) setRelay(lookup);
    if (lookup && relayVerdict(lookup) === 'open-existing') return openExisting(schoolId);
    const result = await createSchool(workspace, user, values);
    if (!result.ok) return setExists(result.schoolId);
    await draft.clear();
    window.location.hash = `#/escuelas/${result.schoolId}`;
  });
  const clearForm = () => {
    void draft.clear();
    reset(emptySchoolForm());
    setRestored(false);
    directory.forget();
  };
  return (
    <section className="card">
      <h1>Registrar establecimiento</h1>
      {restored && <p className="banner info">Se recuperó lo que había escrito antes de cerrar.</p>}
      <EditableArea kind="profile">
        <DirectorySearch onChoose={directory.choose} />
        {directory.chosen && <ChosenSchoolNote school={directory.chosen} />}
        <form onSubmit={onSubmit} noValidate>
          <SchoolFields
            register={register}
            errors={formState.errors}
            regionCode={watch('regionCode')}
            identityLocked={false}
          />
          <PlaceNote comunaCode={watch('comunaCode')} />
          <NewSchoolNotices
            verdict={verdict}
            relay={relay}
            exists={exists}
            showCheckFields={Object.keys(formState.errors).length > 0 && formState.isSubmitted}
          />
          <NewSchoolActions onClear={clearForm} submitting={formState.isSubmitting} />
        </form>
      </EditableArea>
    </section>
  );
}

function NewSchoolActions({ onClear, submitting }: { onClear: () => void; submitting: boolean }) {
  return (
    <div className="actions">
      <a className="button" href="#/escuelas">
        Cancelar
      </a>
      <button type="button" onClick={onClear}>
        Limpiar
      </button>
      <button type="submit" className="primary" disabled={submitting}>
        Guardar establecimiento
      </button>
    </div>
  );
}
