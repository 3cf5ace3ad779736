// The record of one session (taller, visita, reunión, acompañamiento), filled in on the tablet,
// offline: times, theme, participants with attendance and signature, agenda, notes, agreements,
// evidence photos, and the agreements of earlier sessions to review.
import { useState } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { formatIsoDate, localIsoDate } from '../../domain/pme/calendar.ts';
import { SESSION_TYPES, agreementsToReview, formatMinutes, isTime, minuteOfDay, sessionMinutes, type MonthPlan, type SessionType } from '../../domain/programme/index.ts';
import { deleteSession, putAgreement, setSessionText, updateSessionHeader, type SessionDraft } from '../../data/programmeDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { ParticipantsSection } from './ParticipantsSection.tsx';
import { AgreementsSection } from './AgreementsSection.tsx';
import { PhotosSection } from './PhotosSection.tsx';
import { ActaButton } from './ActaButton.tsx';
import { useProgramme } from './useProgramme.ts';
import './programme.css';
import { useCurrentUser } from '../session/index.ts';

export function SessionScreen({ schoolId, sessionId }: { schoolId: SchoolId; sessionId: string }) {
  const { doc, view } = useProgramme(schoolId);
  const userName = useCurrentUser().name;
  if (!doc || !view) return <p className="muted">Abriendo…</p>;
  const session = view.sessions.find((s) => s.id === sessionId);
  const back = <a href={`#/escuelas/${schoolId}/asesoria`}>← Asesoría</a>;
  if (!session) {
    return (
      <section className="card">
        {back}
        <p className="muted" data-testid="session-missing">
          {view.deletedSessions.some((s) => s.id === sessionId) ? 'Esta sesión fue eliminada; puede restaurarla desde la asesoría.' : 'Esta sesión aún no llega a este equipo. Se descargará al conectarse.'}
        </p>
      </section>
    );
  }
  const review = agreementsToReview(view.sessions, session.date, session.startTime);
  return (
    <section className="card programme" data-testid="session">
      {back}
      <h1>
        Sesión del {formatIsoDate(session.date)} <span className="muted">· {formatMinutes(sessionMinutes(session))}</span>
      </h1>
      <ActaButton schoolId={schoolId} session={session} plan={view.plan} review={review.map((r) => r.agreement)} advisor={userName} />
      <SessionHeader doc={doc} session={session} plan={view.plan} />
      <ParticipantsSection doc={doc} schoolId={schoolId} session={session} team={view.team} />
      <div className="form-grid">
        <div className="field wide">
          <label htmlFor="session-agenda">Agenda / tabla</label>
          <textarea id="session-agenda" rows={3} value={session.agenda} maxLength={4000} onChange={(e) => setSessionText(doc, session.id, 'agenda', e.target.value, LOCAL_EDIT)} />
        </div>
        <div className="field wide">
          <label htmlFor="session-notes">Notas</label>
          <textarea id="session-notes" rows={5} value={session.notes} maxLength={10000} onChange={(e) => setSessionText(doc, session.id, 'notes', e.target.value, LOCAL_EDIT)} />
        </div>
      </div>
      {review.length > 0 && (
        <section data-testid="agreements-review">
          <h3>Acuerdos de sesiones anteriores a revisar</h3>
          {review.map(({ agreement: a, sessionDate }) => (
            <label key={a.id} className="agreement">
              <input
                type="checkbox"
                checked={a.done}
                onChange={(e) => putAgreement(doc, a.sessionId, a.id, { done: e.target.checked, doneAt: e.target.checked ? localIsoDate() : null }, LOCAL_EDIT)}
              />
              {a.text} · {a.responsible} · plazo {formatIsoDate(a.dueDate)} <span className="muted">(sesión del {formatIsoDate(sessionDate)})</span>
            </label>
          ))}
        </section>
      )}
      <AgreementsSection doc={doc} session={session} />
      <PhotosSection doc={doc} schoolId={schoolId} session={session} />
      <p>
        <button
          type="button"
          className="link danger"
          onClick={() => {
            if (window.confirm('¿Eliminar esta sesión? Podrá restaurarla desde la asesoría.')) {
              deleteSession(doc, session.id, userName, new Date().toISOString(), LOCAL_EDIT);
              window.location.hash = `#/escuelas/${schoolId}/asesoria`;
            }
          }}
        >
          Eliminar sesión
        </button>
      </p>
    </section>
  );
}

function SessionHeader({ doc, session, plan }: { doc: Y.Doc; session: SessionDraft; plan: MonthPlan[] }) {
  const [times, setTimes] = useState({ startTime: session.startTime, endTime: session.endTime });
  const timeError = !isTime(times.startTime) || !isTime(times.endTime) ? 'Ingrese las horas (HH:MM, 24 horas)' : minuteOfDay(times.endTime) <= minuteOfDay(times.startTime) ? 'La hora de término debe ser posterior a la de inicio (el mismo día)' : null;
  const setTime = (k: 'startTime' | 'endTime', v: string) => {
    const next = { ...times, [k]: v };
    setTimes(next);
    if (isTime(next.startTime) && isTime(next.endTime) && minuteOfDay(next.endTime) > minuteOfDay(next.startTime)) updateSessionHeader(doc, session.id, next, LOCAL_EDIT);
  };
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor="session-date">Fecha</label>
        <input id="session-date" type="date" value={session.date} onChange={(e) => e.target.value && updateSessionHeader(doc, session.id, { date: e.target.value }, LOCAL_EDIT)} />
      </div>
      <div className="field">
        <label htmlFor="session-start">Hora de inicio</label>
        <input id="session-start" type="time" value={times.startTime} onChange={(e) => setTime('startTime', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="session-end">Hora de término</label>
        <input id="session-end" type="time" value={times.endTime} aria-invalid={timeError ? true : undefined} onChange={(e) => setTime('endTime', e.target.value)} />
        {timeError && <span className="field-error">{timeError}</span>}
      </div>
      <div className="field">
        <label htmlFor="session-type">Tipo</label>
        <select id="session-type" value={session.type} onChange={(e) => updateSessionHeader(doc, session.id, { type: e.target.value as SessionType }, LOCAL_EDIT)}>
          {SESSION_TYPES.map((t) => (
            <option key={t.code} value={t.code}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field wide">
        <label htmlFor="session-month">Tema del programa</label>
        <select id="session-month" value={session.programmeMonth} onChange={(e) => updateSessionHeader(doc, session.id, { programmeMonth: Number(e.target.value) }, LOCAL_EDIT)}>
          {plan.map((m) => (
            <option key={m.month} value={m.month}>
              Mes {m.month}: {m.theme}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
