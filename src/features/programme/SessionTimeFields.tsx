// A session's start and end times: written once both are valid and the end is after the start (the
// same day); until then what is typed stays on the screen with its error.
import { useState } from 'react';
import { isTime, minuteOfDay } from '../../domain/programme/index.ts';

type Times = { startTime: string; endTime: string };

function timeError(times: Times): string | null {
  if (!isTime(times.startTime) || !isTime(times.endTime)) return 'Ingrese las horas (HH:MM, 24 horas)';
  if (minuteOfDay(times.endTime) <= minuteOfDay(times.startTime)) {
    return 'La hora de término debe ser posterior a la de inicio (el mismo día)';
  }
  return null;
}

type Props = { initial: Times; onValid: (times: Times) => void };

export function SessionTimeFields({ initial, onValid }: Props) {
  const [times, setTimes] = useState<Times>(initial);
  const error = timeError(times);
  const setTime = (k: keyof Times, v: string) => {
    const next = { ...times, [k]: v };
    setTimes(next);
    if (timeError(next) === null) onValid(next);
  };
  return (
    <>
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
    </>
  );
}
