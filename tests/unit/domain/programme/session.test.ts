import { describe, expect, it } from 'vitest';
import {
  SESSION_TYPES,
  durationMinutes,
  minuteOfDay,
  sessionMinutes,
  sessionSchema,
  timeSchema,
} from '../../../../src/domain/programme/index.ts';
import { HASH_B, agreement, participant, session, signature } from './fixtures.ts';

const messages = (input: unknown) => {
  const r = sessionSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('session times', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
  ])('minuteOfDay(%s) = %i', (t, m) => expect(minuteOfDay(t)).toBe(m));

  it.each(['24:00', '9:30', '09:60', '0930', ''])('rejects %j as a time', (t) => {
    expect(timeSchema.safeParse(t).success).toBe(false);
  });

  it('measures durations in minutes, 0 for inverted or malformed times', () => {
    expect(durationMinutes('09:15', '12:00')).toBe(165);
    expect(sessionMinutes({ startTime: '14:00', endTime: '15:30' })).toBe(90);
    expect(durationMinutes('23:00', '01:00')).toBe(0);
    expect(durationMinutes('9:00', '10:00')).toBe(0);
  });

  it('has the four types with Spanish labels', () => {
    expect(SESSION_TYPES.map((t) => `${t.code}:${t.label}`)).toEqual([
      'taller:Taller',
      'visita:Visita',
      'reunion:Reunión',
      'acompanamiento:Acompañamiento',
    ]);
  });
});

describe('sessionSchema', () => {
  it('accepts a complete record', () => {
    const s = session({
      agreements: [agreement()],
      photos: [signature(HASH_B)],
      participants: [
        participant(),
        participant({ id: 'p2', name: 'Pedro Díaz', role: 'docente', present: false, signature: null }),
      ],
    });
    expect(messages(s)).toEqual([]);
  });

  it('rejects a session crossing midnight and a zero-length one', () => {
    const msg = 'La hora de término debe ser posterior a la de inicio (el mismo día)';
    expect(messages(session({ startTime: '23:00', endTime: '01:00' }))).toEqual([msg]);
    expect(messages(session({ startTime: '10:00', endTime: '10:00' }))).toEqual([msg]);
    expect(messages(session({ startTime: '10:00', endTime: '10:01' }))).toEqual([]);
  });

  it('rejects an absent participant with a signature, duplicate participants', () => {
    expect(messages(session({ participants: [participant({ present: false })] }))).toEqual([
      'Un participante ausente no puede firmar',
    ]);
    expect(messages(session({ participants: [participant(), participant()] }))).toEqual([
      'Hay dos participantes con el mismo identificador',
    ]);
    expect(messages(session({ participants: [participant({ role: 'director' as never })] }))).toEqual([
      'Elija el rol del participante',
    ]);
  });

  it('rejects a signature or photo whose ref is not a sha-256 content hash of an image', () => {
    expect(messages(session({ photos: [{ hash: 'A'.repeat(64), type: 'image/png', size: 10 }] })).length).toBe(1);
    expect(messages(session({ photos: [{ hash: HASH_B, type: 'application/pdf' as never, size: 10 }] })).length).toBe(
      1,
    );
    expect(
      messages(session({ participants: [participant({ signature: { hash: 'abc', type: 'image/png', size: 10 } })] }))
        .length,
    ).toBe(1);
  });

  it('checks agreements: own session, due on or after the session, doneAt only when done', () => {
    expect(messages(session({ agreements: [agreement({ sessionId: 'other' })] }))).toEqual([
      'El acuerdo pertenece a otra sesión',
    ]);
    expect(messages(session({ agreements: [agreement({ dueDate: '2026-03-09' })] }))).toEqual([
      'La fecha del acuerdo es anterior a la sesión',
    ]);
    expect(messages(session({ agreements: [agreement({ dueDate: '2026-03-10' })] }))).toEqual([]);
    expect(messages(session({ agreements: [agreement({ doneAt: '2026-03-12' })] }))).toEqual([
      'Un acuerdo pendiente no tiene fecha de cumplimiento',
    ]);
    expect(messages(session({ agreements: [agreement({ done: true, doneAt: '2026-03-12' })] }))).toEqual([]);
    expect(messages(session({ agreements: [agreement({ responsible: ' ' })] }))).toEqual([
      'Indique el responsable del acuerdo',
    ]);
    expect(messages(session({ agreements: [agreement(), agreement()] }))).toEqual([
      'Hay dos acuerdos con el mismo identificador',
    ]);
  });

  it('rejects a programme month outside 1..8 and an unknown type', () => {
    expect(messages(session({ programmeMonth: 9 }))).toEqual(['Elija el mes del programa']);
    expect(messages(session({ programmeMonth: 0 }))).toEqual(['Elija el mes del programa']);
    expect(messages(session({ type: 'clase' as never }))).toEqual(['Elija el tipo de sesión']);
  });
});
