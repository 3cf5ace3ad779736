import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { SchoolFormInput } from '../../domain/schools/school.ts';
import type { StoredProfile } from '../../domain/schools/storedProfile.ts';
import { formatRbd } from '../../domain/schools/rbd.ts';
import { SchoolSyncBadge } from '../sync-status/index.ts';
import { ConflictPanel } from '../conflicts/index.ts';
import { SchoolFields } from './SchoolFields.tsx';
import { useSchoolProfile } from './useSchools.ts';
import { checkField, formValueOf, sameValue, type EditableField } from './fieldEdit.ts';
import type { ProfileHandle } from '../../data/docs/profile/index.ts';
import { requestPersistence } from '../storage/index.ts';
import { useDraft } from './useDraft.ts';
import { useStore } from 'zustand';
import { openedExistingStore } from './relayCheck.ts';

const FIELDS: (keyof SchoolFormInput)[] = [
  'rbd',
  'dv',
  'name',
  'regionCode',
  'comunaCode',
  'dependencia',
  'ruralidad',
  'niveles',
  'matricula',
  'prioritariosPct',
  'categoria',
  'categoriaYear',
  'estado',
  'director',
  'contactEmail',
  'contactPhone',
  'sostenedor',
  'notes',
];

const NOT_ARRIVED = 'La ficha de este establecimiento aún no llega a este equipo. Se descargará al conectarse.';

function toForm(profile: StoredProfile): SchoolFormInput {
  return Object.fromEntries(FIELDS.map((f) => [f, formValueOf(profile, f)])) as SchoolFormInput;
}

export function SchoolScreen({ schoolId }: { schoolId: SchoolId }) {
  const { handle, profile } = useSchoolProfile(schoolId);
  const empty = profile.rbd === undefined && profile.name === undefined;
  const openedExisting = useStore(openedExistingStore, (s) => s.schoolId === schoolId);
  return (
    <section className="card">
      <header className="school-header">
        <div>
          <a href="#/escuelas">← Establecimientos</a>
          <h1 data-testid="school-title">{profile.name || `RBD ${schoolId}`}</h1>
          {profile.rbd !== undefined && profile.dv && <p className="muted">RBD {formatRbd(profile.rbd, profile.dv)}</p>}
          <nav className="school-nav">
            <a href={`#/escuelas/${schoolId}/diagnostico`}>Diagnóstico participativo</a>
            <a href={`#/escuelas/${schoolId}/pme`}>PME</a>
            <a href={`#/escuelas/${schoolId}/monitoreo`}>Monitoreo</a>
            <a href={`#/escuelas/${schoolId}/evaluacion`}>Evaluación y cierre</a>
            <a href={`#/escuelas/${schoolId}/asesoria`}>Asesoría</a>
          </nav>
        </div>
        <SchoolSyncBadge schoolId={schoolId} detailed />
      </header>
      {openedExisting && (
        <p className="banner info" data-testid="opened-existing">
          Este establecimiento ya estaba registrado en el servidor: se abrió su ficha en lugar de crear otra.
        </p>
      )}
      <ConflictPanel schoolId={schoolId} />
      {!handle || empty ? (
        <p className="muted" data-testid="school-loading">
          {handle ? NOT_ARRIVED : 'Abriendo…'}
        </p>
      ) : (
        <SchoolEditor key={schoolId} schoolId={schoolId} handle={handle} profile={profile} />
      )}
    </section>
  );
}

interface EditorProps {
  schoolId: SchoolId;
  handle: ProfileHandle;
  profile: StoredProfile;
}

// Long: one form's three effects (restore the draft, write valid changes, show others' changes) share its refs.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
function SchoolEditor({ schoolId, handle, profile }: EditorProps) {
  const form = useForm<SchoolFormInput>({ defaultValues: toForm(profile) });
  const { register, watch, setValue, getValues, setError, clearErrors, formState } = form;
  const invalid = useRef(new Map<EditableField, unknown>());
  const draft = useDraft<Record<string, unknown>>(`school-edit:${schoolId}`);
  const regionCode = watch('regionCode');

  // Values typed but not valid yet are kept as a draft, never written to the shared document.
  const rememberInvalid = () => draft.save(Object.fromEntries(invalid.current));

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

  useEffect(() => {
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
        handle.update(check.patch);
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
  }, [handle]);

  // Changes from other people (or other tabs) appear in the form, except where this person has
  // an unsaved invalid value in progress.
  useEffect(() => {
    for (const field of FIELDS) {
      if (invalid.current.has(field as EditableField)) continue;
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

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate data-testid="school-form">
      <p className="muted">
        Los cambios se guardan en este equipo a medida que escribe y se sincronizan solos al haber conexión.
      </p>
      <SchoolFields register={register} errors={formState.errors} regionCode={regionCode} identityLocked />
    </form>
  );
}
