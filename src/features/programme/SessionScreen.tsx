// The record of one session (taller, visita, reunión, acompañamiento), filled in on the tablet,
// offline: times, theme, participants with attendance and signature, agenda, notes, agreements,
// evidence photos, and the agreements of earlier sessions to review.
import { LimitedTextarea } from '../forms/index.ts';
import { SESSION_AGENDA_MAX, SESSION_NOTES_MAX } from '../../domain/programme/session.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import { agreementsToReview } from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { ParticipantsSection } from './ParticipantsSection.tsx';
import { AgreementsSection } from './AgreementsSection.tsx';
import { PhotosSection } from './PhotosSection.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import { SessionHeader } from './SessionHeader.tsx';
import { ActaButton } from './ActaButton.tsx';
import { useProgramme } from './useProgramme.ts';
import './programme.css';
import { useCurrentUser, useView } from '../session/index.ts';

const MISSING = {
  deleted: 'Esta sesión fue eliminada; puede restaurarla desde la asesoría.',
  missing: 'Esta sesión aún no llega a este equipo. Se descargará al conectarse.',
};

// Longer than 60 lines: the screen lays out its sections; each section is its own component.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
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
  const remove = () => {
    if (window.confirm('¿Eliminar esta sesión? Podrá restaurarla desde la asesoría.')) {
      programme.sessions.remove(session.id);
      window.location.hash = `#/escuelas/${schoolId}/asesoria`;
    }
  };
  return (
    <section className="card programme" data-testid="session">
      {back}
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
      <div className="form-grid">
        <div className="field wide">
          <label htmlFor="session-agenda">Agenda / tabla</label>
          <LimitedTextarea
            id="session-agenda"
            rows={3}
            value={session.agenda}
            limit={SESSION_AGENDA_MAX}
            onChange={(e) => programme.sessions.setAgenda(session.id, e.target.value)}
          />
        </div>
        <div className="field wide">
          <label htmlFor="session-notes">Notas</label>
          <LimitedTextarea
            id="session-notes"
            rows={5}
            value={session.notes}
            limit={SESSION_NOTES_MAX}
            onChange={(e) => programme.sessions.setNotes(session.id, e.target.value)}
          />
        </div>
      </div>
      <ReviewSection programme={programme} review={review} />
      <AgreementsSection programme={programme} session={session} />
      <PhotosSection programme={programme} schoolId={schoolId} session={session} />
      <p>
        <button type="button" className="link danger" onClick={remove}>
          Eliminar sesión
        </button>
      </p>
    </section>
  );
}

type Review = ReturnType<typeof agreementsToReview>;

function ReviewSection({ programme, review }: { programme: ProgrammeHandle; review: Review }) {
  if (review.length === 0) return null;
  return (
    <section data-testid="agreements-review">
      <h3>Acuerdos de sesiones anteriores a revisar</h3>
      {review.map(({ agreement: a, sessionDate }) => (
        <label key={a.id} className="agreement">
          <input
            type="checkbox"
            checked={a.done}
            onChange={(e) => programme.acuerdos.setDone(a.sessionId, a.id, e.target.checked)}
          />
          {a.text} · {a.responsible} · plazo {formatIsoDate(a.dueDate)}{' '}
          <span className="muted">(sesión del {formatIsoDate(sessionDate)})</span>
        </label>
      ))}
    </section>
  );
}
