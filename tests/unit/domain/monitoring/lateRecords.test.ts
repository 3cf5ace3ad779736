// FT-5: which stored records of a closed corte are late — missing from its snapshot or changed
// since — and how many the Seguimiento tab reports.
import { describe, expect, it } from 'vitest';
import { effectiveData, isLateRecord } from '../../../../src/domain/monitoring/effective.ts';
import { record } from './fixtures.ts';

const frozen = record({ id: 'r1' });
const snapshot = { records: [frozen] };

describe('FT-5 late records of a closed corte', () => {
  it('FT-5 a record the snapshot holds as it is is not late; a changed or missing one is', () => {
    expect(isLateRecord(record({ id: 'r1' }), snapshot)).toBe(false);
    expect(isLateRecord(record({ id: 'r1', progress: 70, recordedAt: '2026-05-21T10:00:00Z' }), snapshot)).toBe(true);
    expect(isLateRecord(record({ id: 'r2' }), snapshot)).toBe(true);
  });

  it('FT-5 R-3 the count per corte uses the same rule, and the figures stay the frozen ones', () => {
    const late = record({ id: 'r2', actionId: 'a2', level: 'avanzada', progress: 85 });
    const data = effectiveData({
      snapshots: [{ cycleId: 'c1', ...snapshot } as never],
      records: [record({ id: 'r1' }), late],
      measurements: [],
    });
    expect(data.lateByCycle.get('c1')).toBe(1);
    expect(data.records.map((r) => r.id)).toEqual(['r1']);
  });
});
