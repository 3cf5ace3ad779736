// The session records of an engagement, in order, each a link to its record; and the removed ones,
// which can be restored.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import { SESSION_TYPES, formatMinutes, sessionMinutes } from '../../domain/programme/index.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';

const typeLabel = (code: string) => SESSION_TYPES.find((t) => t.code === code)?.label ?? code;

export function SessionList({ schoolId, sessions }: { schoolId: SchoolId; sessions: SessionDraft[] }) {
  return (
    <ul className="sessions" data-testid="sessions">
      {sessions.map((s) => (
        <li key={s.id}>
          <a href={`#/escuelas/${schoolId}/asesoria/sesion/${s.id}`}>
            {formatIsoDate(s.date)} · {s.startTime}–{s.endTime} · {typeLabel(s.type)} · mes {s.programmeMonth}
          </a>
          <span className="muted">
            {' '}
            · {formatMinutes(sessionMinutes(s))} · {s.participants.filter((p) => p.present).length} presentes ·{' '}
            {s.agreements.length} acuerdos
          </span>
        </li>
      ))}
    </ul>
  );
}

export function DeletedSessions({ programme, deleted }: { programme: ProgrammeHandle; deleted: SessionDraft[] }) {
  if (deleted.length === 0) return null;
  return (
    <section>
      <h3>Sesiones eliminadas</h3>
      <ul>
        {deleted.map((s) => (
          <li key={s.id}>
            {formatIsoDate(s.date)} · {typeLabel(s.type)}{' '}
            <button type="button" className="link" onClick={() => programme.sessions.restore(s.id)}>
              Restaurar
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
