// buildActa: the acta's content from one session record, checked field by field against values
// worked out by hand from the fixture (dates dd-mm-aaaa, 24 h times, duration, labels, attendance,
// agreement states, signature and photo refs passed through untouched).
import { describe, expect, it } from 'vitest';
import { buildActa } from '../../../../src/domain/programme/report/acta.ts';
import type { ActaInput } from '../../../../src/domain/programme/report/acta.ts';
import { HASH_A, HASH_B, agreement, participant, session, signature } from './fixtures.ts';

const SCHOOL = { name: '  Escuela Básica Ñuñoa ', rbd: 7423, dv: '3', comuna: 'Ñuñoa' };
const PHOTO = { hash: HASH_B, type: 'image/jpeg' as const, size: 52_000, name: 'Plenario' };

function input(over: Partial<ActaInput> = {}): ActaInput {
  return {
    school: SCHOOL,
    advisor: ' Rosa Fuentes ',
    session: session({
      id: 's7',
      date: '2026-05-06',
      startTime: '09:00',
      endTime: '12:30',
      type: 'reunion',
      programmeMonth: 3,
      agenda: '  1. Revisión de acciones\n2. Recursos SEP  ',
      notes: 'Se acordó ajustar el calendario.',
      participants: [
        participant({ id: 'p1', name: 'María Soto', role: 'jefe-utp', present: true, signature: signature(HASH_A) }),
        participant({ id: 'p2', name: 'Luis Toro', role: 'sostenedor', present: false, signature: null }),
        participant({ id: 'p3', name: 'Eva Lagos', role: 'asistente-educacion', present: true, signature: null }),
      ],
      agreements: [
        agreement({
          id: 'a1',
          sessionId: 's7',
          text: 'Ajustar calendario',
          responsible: 'María Soto',
          dueDate: '2026-05-15',
        }),
        agreement({
          id: 'a2',
          sessionId: 's7',
          text: 'Cotizar materiales',
          responsible: 'Luis Toro',
          dueDate: '2026-06-01',
          done: true,
          doneAt: '2026-05-20',
        }),
      ],
      photos: [PHOTO],
    }),
    monthTheme: ' Taller: diseño de acciones anuales y recursos (verificación y SEP) ',
    reviewed: [
      { text: 'Enviar la nómina', responsible: 'Jefa UTP', dueDate: '2026-04-10', done: true, doneAt: '2026-05-06' },
      { text: 'Publicar el diagnóstico', responsible: 'Director', dueDate: '2026-04-30', done: false },
      { text: 'Firmar convenio', responsible: 'Sostenedor', dueDate: '2026-04-01', done: true },
    ],
    ...over,
  };
}

describe('buildActa', () => {
  it('identifies the session: school, advisor, type, date, times, duration and programme month', () => {
    const a = buildActa(input());
    expect(a.title).toBe('Acta de sesión');
    expect(a.school).toEqual({
      name: 'Escuela Básica Ñuñoa',
      rbd: '7423-3',
      identification: [
        ['Establecimiento', 'Escuela Básica Ñuñoa'],
        ['RBD', '7423-3'],
        ['Comuna', 'Ñuñoa'],
        ['Dependencia', 'Sin información'],
        ['Sostenedor', 'Sin información'],
        ['RUT del sostenedor', 'Sin información'],
        ['Convenio PIE', 'Sin información'],
      ],
    });
    expect(a.advisor).toBe('Rosa Fuentes');
    expect(a.typeLabel).toBe('Reunión');
    expect(a.date).toBe('06-05-2026');
    expect(a.times).toBe('09:00 a 12:30');
    expect(a.duration).toBe('3 h 30 min'); // 12:30 − 09:00 = 210 min
    expect(a.programmeMonth).toBe('Mes 3 del programa');
    expect(a.monthTheme).toBe('Taller: diseño de acciones anuales y recursos (verificación y SEP)');
    expect(a.agenda).toBe('1. Revisión de acciones\n2. Recursos SEP');
    expect(a.notes).toBe('Se acordó ajustar el calendario.');
    expect(a.footer).toBe('Acta de sesión · Escuela Básica Ñuñoa · 06-05-2026');
  });

  it('lists participants in order with role labels, attendance and their signature refs', () => {
    const a = buildActa(input());
    expect(a.participants.map((p) => [p.name, p.role, p.attendance, p.signature?.hash ?? null])).toEqual([
      ['María Soto', 'Jefe/a UTP', 'Presente', HASH_A],
      ['Luis Toro', 'Sostenedor', 'Ausente', null],
      ['Eva Lagos', 'Asistente de la educación', 'Presente', null],
    ]);
    expect(a.attendanceSummary).toBe('2 de 3 participantes presentes');
  });

  it('writes agreements with their due date and state, and the reviewed ones from earlier sessions', () => {
    const a = buildActa(input());
    expect(a.agreements.map((r) => [r.text, r.responsible, r.dueDate, r.status])).toEqual([
      ['Ajustar calendario', 'María Soto', '15-05-2026', 'Pendiente'],
      ['Cotizar materiales', 'Luis Toro', '01-06-2026', 'Cumplido el 20-05-2026'],
    ]);
    expect(a.reviewed.map((r) => [r.text, r.dueDate, r.status])).toEqual([
      ['Enviar la nómina', '10-04-2026', 'Cumplido el 06-05-2026'],
      ['Publicar el diagnóstico', '30-04-2026', 'Pendiente'],
      ['Firmar convenio', '01-04-2026', 'Cumplido'],
    ]);
  });

  it('passes photo refs through, and handles a session with no one, no theme and no agreements', () => {
    expect(buildActa(input()).photos).toEqual([PHOTO]);
    const empty = buildActa(
      input({
        session: session({
          date: '2026-03-02',
          startTime: '15:15',
          endTime: '16:00',
          type: 'acompanamiento',
          participants: [],
          agreements: [],
          photos: [],
        }),
        monthTheme: '  ',
        reviewed: [],
      }),
    );
    expect(empty.monthTheme).toBeNull();
    expect(empty.typeLabel).toBe('Acompañamiento');
    expect(empty.duration).toBe('45 min');
    expect(empty.attendanceSummary).toBe('0 de 0 participantes presentes');
    expect([empty.agreements, empty.reviewed, empty.photos]).toEqual([[], [], []]);
    const one = buildActa(input({ session: session({ participants: [participant({ present: true })] }) }));
    expect(one.attendanceSummary).toBe('1 de 1 participante presente');
  });
});
