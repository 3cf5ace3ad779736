// A session's date, times, type and programme month, each written as soon as it changes (the times
// only once valid: SessionTimeFields).
import type { MonthPlan, SessionType } from '../../domain/programme/index.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';
import { ProgrammeMonthOptions, SessionTypeOptions } from './SessionChoiceOptions.tsx';
import { SessionTimeFields } from './SessionTimeFields.tsx';

type Props = { programme: ProgrammeHandle; session: SessionDraft; plan: MonthPlan[] };

export function SessionHeader({ programme, session, plan }: Props) {
  const set = (patch: Parameters<ProgrammeHandle['sessions']['setHeader']>[1]) =>
    programme.sessions.setHeader(session.id, patch);
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor="session-date">Fecha</label>
        <input
          id="session-date"
          type="date"
          value={session.date}
          onChange={(e) => e.target.value && set({ date: e.target.value })}
        />
      </div>
      <SessionTimeFields initial={{ startTime: session.startTime, endTime: session.endTime }} onValid={set} />
      <div className="field">
        <label htmlFor="session-type">Tipo</label>
        <select id="session-type" value={session.type} onChange={(e) => set({ type: e.target.value as SessionType })}>
          <SessionTypeOptions />
        </select>
      </div>
      <div className="field wide">
        <label htmlFor="session-month">Tema del programa</label>
        <select
          id="session-month"
          value={session.programmeMonth}
          onChange={(e) => set({ programmeMonth: Number(e.target.value) })}
        >
          <ProgrammeMonthOptions plan={plan} />
        </select>
      </div>
    </div>
  );
}
