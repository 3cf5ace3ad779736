import { describe, expect, it } from 'vitest';
import {
  IMPLEMENTATION_LEVELS,
  isProgressInLevel,
  progressOutOfRangeMessage,
} from '../../../../src/domain/monitoring/levels.ts';
import { monitoringRecordSchema } from '../../../../src/domain/monitoring/records.ts';
import { record } from './fixtures.ts';

describe('niveles de implementación (NIV_IMPLEM)', () => {
  it('are Mineduc’s six labels, exactly, in order', () => {
    expect(IMPLEMENTATION_LEVELS.map((l) => l.label)).toEqual([
      'Implementación completa: 100%',
      'Implementación avanzada: 75% a 99%',
      'Implementación adecuada: 50% a 74%',
      'Implementación parcial: 25% a 49%',
      'Implementación inicial: 1% a 24%',
      'Implementación no efectuada: 0%',
    ]);
  });

  it.each([
    [100, 'completa'],
    [99, 'avanzada'],
    [75, 'avanzada'],
    [74, 'adecuada'],
    [50, 'adecuada'],
    [49, 'parcial'],
    [25, 'parcial'],
    [24, 'inicial'],
    [1, 'inicial'],
    [0, 'no-efectuada'],
    [-1, null],
    [101, null],
    [74.5, null],
  ] as const)('%s%% → %s', (p, level) => {
    // The table's level holds p, and no other level does (none for a fraction or outside 0–100).
    expect(IMPLEMENTATION_LEVELS.filter((l) => isProgressInLevel(l.code, p)).map((l) => l.code)).toEqual(
      level === null ? [] : [level],
    );
  });

  it('every integer 0–100 is inside exactly one level', () => {
    for (let p = 0; p <= 100; p++)
      expect(IMPLEMENTATION_LEVELS.filter((l) => isProgressInLevel(l.code, p))).toHaveLength(1);
  });
});

describe('% de avance within its level (record schema)', () => {
  it.each([
    ['avanzada', 80, true],
    ['avanzada', 74, false],
    ['avanzada', 100, false],
    ['completa', 100, true],
    ['completa', 99, false],
    ['no-efectuada', 0, true],
    ['no-efectuada', 1, false],
    ['inicial', 0, false],
    ['inicial', 24, true],
  ] as const)('%s with %s%% valid: %s', (level, progress, ok) => {
    const parsed = monitoringRecordSchema.safeParse({ ...record(), level, progress });
    expect(parsed.success).toBe(ok);
  });

  it('says in Spanish which range applies', () => {
    const parsed = monitoringRecordSchema.safeParse({ ...record(), level: 'avanzada', progress: 60 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['progress', 'Con «Implementación avanzada: 75% a 99%» el % de avance debe estar entre 75\u00a0% y 99\u00a0%'],
    ]);
    expect(progressOutOfRangeMessage('completa')).toBe(
      'Con «Implementación completa: 100%» el % de avance debe ser 100\u00a0%',
    );
  });

  it('rejects decimal pesos, a medio ticked twice and a fractional %', () => {
    expect(
      monitoringRecordSchema.safeParse({ ...record(), executed: { ...record().executed, sep: 10.5 } }).success,
    ).toBe(false);
    const m = { index: 0, text: 'Listas de asistencia', attachments: [] };
    expect(monitoringRecordSchema.safeParse({ ...record(), medios: [m, m] }).success).toBe(false);
    expect(monitoringRecordSchema.safeParse({ ...record(), progress: 60.5 }).success).toBe(false);
  });
});
