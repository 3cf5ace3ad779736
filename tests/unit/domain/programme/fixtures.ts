// Builders for programme tests: a valid session with overridable fields, agreements, a signature ref.
import type { Agreement, Session } from '../../../../src/domain/programme/index.ts';
import type { AttachmentRef } from '../../../../src/domain/wire/attachments.ts';

type Participant = Session['participants'][number];

export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);

export const signature = (hash = HASH_A): AttachmentRef => ({ hash, type: 'image/png', size: 2048 });

export function participant(over: Partial<Participant> = {}): Participant {
  return { id: 'p1', name: 'María Soto', role: 'jefe-utp', present: true, signature: signature(), ...over };
}

export function agreement(over: Partial<Agreement> = {}): Agreement {
  return {
    id: 'a1',
    sessionId: 's1',
    text: 'Enviar la nómina de docentes',
    responsible: 'Jefa UTP',
    dueDate: '2026-03-20',
    done: false,
    doneAt: null,
    ...over,
  };
}

export function session(over: Partial<Session> = {}): Session {
  return {
    id: 's1',
    date: '2026-03-10',
    startTime: '09:00',
    endTime: '12:00',
    type: 'taller',
    programmeMonth: 1,
    participants: [participant()],
    agenda: 'Presentación del diagnóstico',
    notes: '',
    agreements: [],
    photos: [],
    ...over,
  };
}

/** A session of `mins` minutes starting 08:00 (mins ≤ 16 h). */
export function timed(id: string, date: string, mins: number, programmeMonth = 1): Session {
  const end = 8 * 60 + mins;
  const hhmm = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  return session({ id, date, startTime: '08:00', endTime: hhmm, programmeMonth });
}
