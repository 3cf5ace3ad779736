// A session's date, times, type and programme month; the times are written once both are valid and
// the end is after the start (the same day).
import { useState } from 'react';
import { SESSION_TYPES, isTime, minuteOfDay, type MonthPlan, type SessionType } from '../../domain/programme/index.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';

type Times = { startTime: string; endTime: string };

function timeError(times: Times): string | null {
  if (!isTime(times.startTime) || !isTime(times.endTime)) return 'Ingrese las horas (HH:MM, 24 horas)';
  if (minuteOfDay(times.endTime) <= minuteOfDay(times.startTime)) {
    return 'La hora de término debe ser posterior a la de inicio (el mismo día)';
  }
  return null;
}

type Props = { programme: ProgrammeHandle; session: SessionDraft; plan: MonthPlan[] };

// Longer than 60 lines: five fields' markup; the rule on times is `timeError`.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function SessionHeader({ programme, session, plan }: Props) {
  const [times, setTimes] = useState<Times>({ startTime: session.startTime, endTime: session.endTime });
  const error = timeError(times);
  const set = (patch: Parameters<ProgrammeHandle['sessions']['setHeader']>[1]) =>
    programme.sessions.setHeader(session.id, patch);
  const setTime = (k: keyof Times, v: string) => {
    const next = { ...times, [k]: v };
    setTimes(next);
    if (timeError(next) === null) set(next);
  };
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
      <div className="field">
        <label htmlFor="session-start">Hora de inicio</label>
        <input
          id="session-start"
          type="time"
          value={times.startTime}
          onChange={(e) => setTime('startTime', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="session-end">Hora de término</label>
        <input
          id="session-end"
          type="time"
          value={times.endTime}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setTime('endTime', e.target.value)}
        />
        {error && <span className="field-error">{error}</span>}
      </div>
      <div className="field">
        <label htmlFor="session-type">Tipo</label>
        <select id="session-type" value={session.type} onChange={(e) => set({ type: e.target.value as SessionType })}>
          {SESSION_TYPES.map((t) => (
            <option key={t.code} value={t.code}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field wide">
        <label htmlFor="session-month">Tema del programa</label>
        <select
          id="session-month"
          value={session.programmeMonth}
          onChange={(e) => set({ programmeMonth: Number(e.target.value) })}
        >
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
