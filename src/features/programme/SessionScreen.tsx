// The record of one session (taller, visita, reunión, acompañamiento), filled in on the tablet,
// offline: times, theme, participants with attendance and signature, agenda, notes, agreements,
// evidence photos, and the agreements of earlier sessions to review.
import { EditableArea } from '../screenShell/index.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { agreementsToReview } from '../../domain/programme/index.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';
import { ParticipantsSection } from './ParticipantsSection.tsx';
import { AgreementsSection } from './AgreementsSection.tsx';
import { AgreementsReviewSection } from './AgreementsReviewSection.tsx';
import { PhotosSection } from './PhotosSection.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { SessionHeader } from './SessionHeader.tsx';
import { SessionNotesFields } from './SessionNotesFields.tsx';
import { ActaButton } from './ActaButton.tsx';
import { useProgramme } from './useProgramme.ts';
import './programme.css';
import { useCurrentUser, useView } from '../session/index.ts';

const MISSING = {
  deleted: 'Esta sesión fue eliminada; puede restaurarla desde la asesoría.',
  missing: 'Esta sesión aún no llega a este equipo. Se descargará al conectarse.',
};

export function SessionScreen({ schoolId, sessionId }: { schoolId: SchoolId; sessionId: string }) {
  const programme = useProgramme(schoolId);
  const userName = useCurrentUser().name;
  const entry = useView(programme?.views.session(sessionId));
  const calendar = useView(programme?.views.engagement);
  const list = useView(programme?.views.sessions);
  const team = useView(programme?.views.team);
  if (!programme || !entry || !calendar || !list || !team) return <p className="muted">Abriendo…</p>;
  const back = <a href={`#/escuelas/${schoolId}/asesoria`}>← Asesoría</a>;
  if (entry.state !== 'live') {
    return (
      <section className="card">
        {back}
        <p className="muted" data-testid="session-missing">
          {MISSING[entry.state]}
        </p>
      </section>
    );
  }
  const { session } = entry;
  const { plan } = calendar;
  const review = agreementsToReview(list.sessions, session.date, session.startTime);
  return (
    <section className="card programme" data-testid="session">
      {back}
      <EditableArea kind="programme">
        <SessionSummary session={session} />
        <ActaButton
          schoolId={schoolId}
          session={session}
          plan={plan}
          review={review.map((r) => r.agreement)}
          advisor={userName}
        />
        <SessionHeader programme={programme} session={session} plan={plan} />
        <ParticipantsSection programme={programme} schoolId={schoolId} session={session} team={team} />
        <SessionNotesFields programme={programme} session={session} />
        <AgreementsReviewSection programme={programme} review={review} />
        <AgreementsSection programme={programme} session={session} />
        <PhotosSection programme={programme} schoolId={schoolId} session={session} />
        <RemoveSessionButton programme={programme} schoolId={schoolId} session={session} />
      </EditableArea>
    </section>
  );
}

type RemoveProps = { programme: ProgrammeHandle; schoolId: SchoolId; session: SessionDraft };

/** Removes the session after a confirmation (it can be restored from the asesoría) and goes back there. */
function RemoveSessionButton({ programme, schoolId, session }: RemoveProps) {
  const remove = () => {
    if (window.confirm('¿Eliminar esta sesión? Podrá restaurarla desde la asesoría.')) {
      programme.sessions.remove(session.id);
      window.location.hash = `#/escuelas/${schoolId}/asesoria`;
    }
  };
  return (
    <p>
      <button type="button" className="link danger" onClick={remove}>
        Eliminar sesión
      </button>
    </p>
  );
}
