// A school's screen: its name and RBD, the links to each part of its work, its sync state, values
// to choose after concurrent edits, and its profile as a live form once the profile is on this device.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { formatRbd } from '../../domain/schools/rbd.ts';
import { SchoolSyncBadge } from '../sync-status/index.ts';
import { ConflictPanel } from '../conflicts/index.ts';
import { SchoolEditor } from './SchoolEditor.tsx';
import { useSchoolProfile } from './useSchools.ts';
import { useStore } from 'zustand';
import { openedExistingStore } from './relayCheck.ts';
import { EditableArea } from '../screenShell/index.ts';

const NOT_ARRIVED = 'La ficha de este establecimiento aún no llega a este equipo. Se descargará al conectarse.';

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
        <EditableArea kind="profile">
          <SchoolEditor key={schoolId} schoolId={schoolId} handle={handle} profile={profile} />
        </EditableArea>
      )}
    </section>
  );
}
