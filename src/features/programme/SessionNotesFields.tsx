// A session's agenda and notes, written once per burst of typing, each with its length counter.
import { BufferedTextarea } from '../forms/index.ts';
import { SESSION_AGENDA_MAX, SESSION_NOTES_MAX } from '../../domain/programme/session.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';

export function SessionNotesFields({ programme, session }: { programme: ProgrammeHandle; session: SessionDraft }) {
  return (
    <div className="form-grid">
      <div className="field wide">
        <label htmlFor="session-agenda">Agenda / tabla</label>
        <BufferedTextarea
          id="session-agenda"
          rows={3}
          value={session.agenda}
          limit={SESSION_AGENDA_MAX}
          onCommit={(text) => programme.sessions.setAgenda(session.id, text)}
        />
      </div>
      <div className="field wide">
        <label htmlFor="session-notes">Notas</label>
        <BufferedTextarea
          id="session-notes"
          rows={5}
          value={session.notes}
          limit={SESSION_NOTES_MAX}
          onCommit={(text) => programme.sessions.setNotes(session.id, text)}
        />
      </div>
    </div>
  );
}
