import { describe, expect, it } from 'vitest';
import {
  PRIORITISATION_METHODS,
  prioritisationMethodSchema,
  prioritise,
  problemSchema,
  type Problem,
} from '../../../../src/domain/diagnosis/prioritisation.ts';

const s = (a: number, b: number) => ({ a, b });

describe('prioritise', () => {
  it('averages the participants and multiplies the means', () => {
    // p1: A (4+5+3)/3 = 4, B (2+3+4)/3 = 3 → 12
    // p2: A 5, B 5 → 25
    // p3: no scores → last
    // p4: A (1+2)/2 = 1.5, B 4 → 6
    const problems: Problem[] = [
      { id: 'p1', text: 'Baja asistencia', scores: [s(4, 2), s(5, 3), s(3, 4)] },
      { id: 'p2', text: 'Convivencia en recreos', scores: [s(5, 5)] },
      { id: 'p3', text: 'Uso de biblioteca', scores: [] },
      { id: 'p4', text: 'Reuniones de apoderados', scores: [s(1, 4), s(2, 4)] },
    ];
    expect(prioritise(problems)).toEqual([
      { id: 'p2', text: 'Convivencia en recreos', scoreA: 5, scoreB: 5, priority: 25, rank: 1 },
      { id: 'p1', text: 'Baja asistencia', scoreA: 4, scoreB: 3, priority: 12, rank: 2 },
      { id: 'p4', text: 'Reuniones de apoderados', scoreA: 1.5, scoreB: 4, priority: 6, rank: 3 },
      { id: 'p3', text: 'Uso de biblioteca', scoreA: null, scoreB: null, priority: null, rank: null },
    ]);
  });

  it('breaks ties by scoreA, then scoreB, then text (es), then id', () => {
    // every priority is 12: 4×3 or 3×4; 'c' reaches 4×3 through means, A (3+5)/2 = 4, B 3
    const problems: Problem[] = [
      { id: 'b', text: 'B', scores: [s(3, 4)] }, // A 3
      { id: 'a', text: 'A', scores: [s(4, 3)] }, // A 4
      { id: 'c', text: 'C', scores: [s(3, 3), s(5, 3)] }, // A 4, B 3 → same as 'a'; text C after A
      { id: 'z', text: 'Ñandú', scores: [s(4, 3)] }, // es: Ñ after N, before O
      { id: 'y', text: 'Nube', scores: [s(4, 3)] },
      { id: 'x', text: 'Ola', scores: [s(4, 3)] },
      { id: 'w', text: 'Ola', scores: [s(4, 3)] }, // same text: id w before x
    ];
    expect(prioritise(problems).map((p) => [p.id, p.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['y', 3],
      ['z', 4],
      ['w', 5],
      ['x', 6],
      ['b', 7],
    ]);
  });

  it('ties exactly equal priorities whatever the floating-point rounding', () => {
    // p: A (3+3+4)/3 = 10/3, B 3 → 10 exactly; q: A 5, B 2 → 10. Tie → scoreA 5 > 10/3 → q first.
    // r: A 10/3, B 3 again but text earlier → after q, before p.
    const out = prioritise([
      { id: 'p', text: 'Zeta', scores: [s(3, 3), s(3, 3), s(4, 3)] },
      { id: 'q', text: 'Beta', scores: [s(5, 2)] },
      { id: 'r', text: 'Alfa', scores: [s(3, 3), s(4, 3), s(3, 3)] },
      { id: 't', text: 'Theta', scores: [s(2, 5)] }, // A 2 < 10/3 → last scored
    ]);
    expect(out.map((p) => p.id)).toEqual(['q', 'r', 'p', 't']);
    expect(out[1]?.priority).toBeCloseTo(10, 12);
  });

  it('puts unscored problems last, by text', () => {
    const out = prioritise([
      { id: '1', text: 'Óptica', scores: [] },
      { id: '2', text: 'azul', scores: [] },
      { id: '3', text: 'Medio', scores: [s(1, 1)] },
    ]);
    expect(out.map((p) => p.id)).toEqual(['3', '2', '1']);
  });
});

describe('schemas', () => {
  it('accept a valid problem and reject out-of-range scores in Spanish', () => {
    const ok = problemSchema.safeParse({
      id: 'p1',
      text: ' Baja asistencia ',
      scores: [{ participant: 'UTP', a: 5, b: 3 }],
    });
    expect(ok.success).toBe(true);
    const bad = problemSchema.safeParse({ id: 'p1', text: 'x', scores: [{ a: 6, b: 0.5 }] });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('El puntaje máximo es 5');
    expect(messages).toContain('El puntaje debe ser un número entero');
    expect(problemSchema.safeParse({ id: 'p', text: '  ', scores: [] }).error?.issues[0]?.message).toBe(
      'Escriba el problema',
    );
  });

  it('offers the two methods with Spanish labels', () => {
    expect(PRIORITISATION_METHODS.map((m) => m.label)).toEqual(['Importancia × urgencia', 'Impacto × factibilidad']);
    expect(prioritisationMethodSchema.safeParse('otro').success).toBe(false);
  });
});
