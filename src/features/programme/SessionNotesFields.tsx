// A session's agenda and notes, written as they are typed, each with its length counter.
import { LimitedTextarea } from '../forms/index.ts';
import { SESSION_AGENDA_MAX, SESSION_NOTES_MAX } from '../../domain/programme/session.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';

export function SessionNotesFields({ programme, session }: { programme: ProgrammeHandle; session: SessionDraft }) {
  return (
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
  );
}
