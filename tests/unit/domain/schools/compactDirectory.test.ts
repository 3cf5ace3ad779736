// DIR-1, DIR-2: the compact file is read back all or nothing.
import { describe, expect, it } from 'vitest';
import {
  COMPACT_DIRECTORY_COLUMNS,
  COMPACT_DIRECTORY_FORMAT,
  readCompactDirectory,
} from '../../../../src/domain/schools/compactDirectory.ts';

const school = [7423, '3', 'ESCUELA RURAL', '10307', 2, 1, '69210201', 12, 2 + 16, 0, 1];
const file = (schools: unknown[], overrides: Record<string, unknown> = {}) => ({
  format: COMPACT_DIRECTORY_FORMAT,
  edition: 'test',
  columns: [...COMPACT_DIRECTORY_COLUMNS],
  schools,
  ...overrides,
});

describe('DIR-2 readCompactDirectory', () => {
  it('reads a school with its region from the comuna and niveles from the mask', () => {
    const read = readCompactDirectory(file([school]));
    expect(read).toEqual({
      ok: true,
      directory: {
        edition: 'test',
        schools: [
          {
            rbd: 7423,
            dv: '3',
            name: 'ESCUELA RURAL',
            regionCode: '10',
            comunaCode: '10307',
            dependencia: '2',
            ruralidad: 'rural',
            sostenedorRut: '69210201',
            matricula: 12,
            niveles: ['basica', 'especial'],
            pie: false,
            estado: '1',
          },
        ],
      },
    });
  });

  it.each([
    ['a wrong check digit', [file([[7423, '4', ...school.slice(2)]])]],
    ['an unknown comuna', [file([[7423, '3', 'E', '99999', ...school.slice(4)]])]],
    ['a dependencia out of range', [file([[7423, '3', 'E', '10307', 7, ...school.slice(5)]])]],
    ['a repeated RBD', [file([school, school])]],
    ['a short row', [file([school.slice(0, 5)])]],
    ['another format', [file([school], { format: 'other/1' })]],
    ['other columns', [file([school], { columns: ['rbd'] })]],
    ['not an object', ['[]']],
  ])('refuses a file with %s', (_, [json]) => {
    const read = readCompactDirectory(json);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(/^invalid directory file/);
  });
});
