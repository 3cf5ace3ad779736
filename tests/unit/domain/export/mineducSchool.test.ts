// MX-1: the identifying columns we write for a school are the ones Mineduc's directory publishes for it,
// checked against every school of the official directory (shared/data).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MINEDUC_SCHOOL_COLUMNS,
  mineducSchoolCells,
  mineducSchoolOf,
} from '../../../../src/domain/export/mineducSchool.ts';
import { parseDirectoryCsv } from '../../../../src/domain/schools/directory.ts';
import type { DependenciaCode } from '../../../../src/domain/schools/enums.ts';
import { sharedDataFile } from '../../../support/sharedData.ts';

const text = readFileSync(sharedDataFile('directorio_oficial_ee_2025.csv'), 'utf8');
const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
const header = lines[0]!.split(';');
const raw = new Map(
  lines
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cells = l.split(';');
      return [Number(cells[header.indexOf('RBD')]), cells] as const;
    }),
);

describe('MX-1 identifying columns of Mineduc open data', () => {
  it('are the directory column names, in the directory order', () => {
    const positions = MINEDUC_SCHOOL_COLUMNS.map((c) => header.indexOf(c));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('hold the values the directory publishes, for every school of it', () => {
    const { rows } = parseDirectoryCsv(text);
    expect(rows.length).toBeGreaterThan(16_000);
    const mismatches: string[] = [];
    for (const row of rows) {
      const profile = {
        rbd: row.rbd,
        dv: row.dv,
        name: row.name,
        comunaCode: row.comunaCode,
        dependencia: String(row.dependenciaCode) as DependenciaCode,
        ruralidad: row.rural ? ('rural' as const) : ('urbano' as const),
      };
      const ours = mineducSchoolCells(mineducSchoolOf(String(row.rbd), profile), 2025);
      const theirs = raw.get(row.rbd)!;
      const published = MINEDUC_SCHOOL_COLUMNS.map((c) => theirs[header.indexOf(c)]!.trim());
      const written = ours.map((v) => String(v));
      // NOM_RBD: the parser collapses runs of spaces.
      published[3] = published[3]!.replace(/\s+/g, ' ');
      if (JSON.stringify(written) !== JSON.stringify(published)) {
        mismatches.push(`${row.rbd}: ${JSON.stringify(written)} ≠ ${JSON.stringify(published)}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('leave blank what the profile lacks', () => {
    expect(mineducSchoolCells(mineducSchoolOf('7423', {}), 2026)).toEqual([2026, 7423, '', '', '', '', '', '']);
  });
});
