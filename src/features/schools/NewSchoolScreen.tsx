import { useCallback, useEffect, useRef, useState } from 'react';
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
import { createSchool } from './schoolRepository.ts';
import { useDraft } from './useDraft.ts';
import { checkRbd } from '../../domain/schools/rbd.ts';
import { toSchoolId, type SchoolId } from '../../domain/wire/documentNames.ts';
import type { SchoolLookup } from '../../domain/wire/protocol.ts';
import { RELAY_VERDICT_MESSAGES, askRelay, openedExistingStore, relayVerdict } from './relayCheck.ts';

const DRAFT_KEY = 'new-school';
/** Typing pauses this long before the relay is asked about the RBD. */
const LOOKUP_DELAY_MS = 300;

/** The school the RBD and DV fields name, once they are a valid pair. */
function typedSchoolId(rbd: unknown, dv: unknown): SchoolId | null {
  const n = Number(rbd);
  return String(rbd ?? '').trim() !== '' && checkRbd(n, String(dv ?? '')).ok ? toSchoolId(n) : null;
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function NewSchoolScreen() {
  const workspace = useWorkspace();
  const user = useCurrentUser();
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
  const typed = typedSchoolId(watch('rbd'), watch('dv'));
  const [relay, setRelay] = useState<SchoolLookup | null>(null);
  const verdict = relay && relay.schoolId === typed ? relayVerdict(relay) : null;
  const opening = useRef(false);

  const clearDraft = draft.clear;
  /** The relay holds this school and the user may read it: open it instead of creating another. */
  const openExisting = useCallback(
    async (schoolId: SchoolId) => {
      if (opening.current) return;
      opening.current = true;
      await clearDraft();
      void workspace.openSchoolProfile(schoolId);
      openedExistingStore.setState({ schoolId });
      window.location.hash = `#/escuelas/${schoolId}`;
    },
    [clearDraft, workspace],
  );

  /** Asks the relay about the RBD; true when the school was opened instead. */
  const consultRelay = useCallback(
    async (schoolId: SchoolId): Promise<boolean> => {
      const lookup = await askRelay(schoolId);
      setRelay(lookup);
      if (lookup && relayVerdict(lookup) === 'open-existing') {
        await openExisting(schoolId);
        return true;
      }
      return false;
    },
    [openExisting],
  );

  useEffect(() => {
    setRelay(null);
    if (!typed) return;
    const timer = setTimeout(() => void consultRelay(typed), LOOKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, consultRelay]);

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
    const schoolId = toSchoolId(values.rbd as number);
    // The answer about this RBD may not be in yet: ask before creating (offline it is null).
    const lookup = relay?.schoolId === schoolId ? relay : await askRelay(schoolId);
    if (lookup !== relay) setRelay(lookup);
    if (lookup && relayVerdict(lookup) === 'open-existing') return openExisting(schoolId);
    const result = await createSchool(workspace, user, values);
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
        {(verdict === 'held-by-other' || verdict === 'not-authorized') && (
          <p className="banner warning" role="status" data-testid="relay-verdict">
            {RELAY_VERDICT_MESSAGES[verdict]}
          </p>
        )}
        {verdict === 'open-existing' && (
          <p className="banner info" role="status" data-testid="relay-verdict">
            El RBD {relay?.schoolId} ya está registrado en el servidor. Se abre su ficha en lugar de crear otra…
          </p>
        )}
        {exists && (
          <p className="form-error" role="alert">
            Ya existe un establecimiento con el RBD {exists} en este equipo.{' '}
            <a href={`#/escuelas/${exists}`}>Abrir su ficha</a>
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
