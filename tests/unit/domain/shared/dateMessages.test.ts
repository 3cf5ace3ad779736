// FT2-1: a date message a person can meet in a form names the format the date field shows
// (dd-mm-aaaa in es-CL) and writes its bounds as local dates; no ISO date is ever on screen.
// The app reads no date from a file today: the last test guards that, so that an importer which
// starts reading ISO dates gets its own "aaaa-mm-dd" message instead of reusing the form's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVALID_DATE_MESSAGE, isoDateSchema } from '../../../../src/domain/shared/localDates.ts';
import { validateAction } from '../../../../src/domain/pme/actionRules.ts';
import { actionSchema } from '../../../../src/domain/pme/model.ts';
import { ANSWER_PROBLEM_MESSAGES } from '../../../../src/domain/monitoring/instruments.ts';
import { readingDateError } from '../../../../src/domain/bounds.ts';
import { schoolYearSchema } from '../../../../src/domain/shared/schoolYear.ts';
import { readingSchemaFor } from '../../../../src/features/monitoring/measurement/readingSchema.ts';
import { actionInput } from '../pme/fixtures.ts';

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const FORM_MESSAGE = 'La fecha no es válida (formato dd-mm-aaaa)';
const SCHOOL_YEAR = { start: '2026-03-02', end: '2026-12-18' };

function expectShownDateMessage(message: string | undefined): void {
  expect(message).toBeDefined();
  expect(message).not.toMatch(ISO_DATE);
  expect(message).not.toContain('aaaa-mm-dd');
}

describe('FT2-1 date messages of forms name dd-mm-aaaa', () => {
  it('FT2-1 the shared date schema refuses a blank or impossible date in dd-mm-aaaa words', () => {
    expect(INVALID_DATE_MESSAGE).toBe(FORM_MESSAGE);
    for (const typed of ['', '2026-02-30', '15-06-2026']) {
      const r = isoDateSchema.safeParse(typed);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual([FORM_MESSAGE]);
    }
  });

  it('FT2-1 the PME action rules say dd-mm-aaaa and write the school year as local dates', () => {
    const broken = { ...actionSchema.parse(actionInput()), fechaInicio: '', fechaTermino: '2026-12-19' };
    const messages = validateAction(broken, SCHOOL_YEAR).map((p) => p.message);
    expect(messages).toEqual([
      `${FORM_MESSAGE}: fecha de inicio`,
      'La acción queda fuera del año escolar: el 19-12-2026 no está entre el 02-03-2026 y el 18-12-2026',
    ]);
    messages.forEach(expectShownDateMessage);
  });

  it('FT2-1 a monitoring instrument date answer says dd-mm-aaaa', () => {
    expect(ANSWER_PROBLEM_MESSAGES['bad-date']).toBe(FORM_MESSAGE);
  });

  it('FT2-1 the school year settings name dd-mm-aaaa under the field typed wrong', () => {
    const r = schoolYearSchema.safeParse({ start: '', end: '2026-12-18' });
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([`start: ${FORM_MESSAGE}`]);
  });

  it('FT2-1 the reading form: a blank date names dd-mm-aaaa, the corte bound is written as local dates', () => {
    const goal = { indicator: { name: 'Asistencia', unit: '%', min: 0, max: 100 } } as never;
    const corte = { start: '2026-03-01', end: '2026-06-30' };
    const r = readingSchemaFor(goal, corte).safeParse({ value: '88', date: '', source: '' });
    const shown = r.error?.issues.filter((i) => i.path[0] === 'date').map((i) => i.message) ?? [];
    expect(shown[0]).toBe(FORM_MESSAGE);
    shown.forEach(expectShownDateMessage);
    const bound = readingDateError('2099-01-01', corte);
    expect(bound).toBe('La fecha debe estar dentro del corte (01-03-2026 a 30-06-2026)');
    expectShownDateMessage(bound ?? undefined);
  });
});

describe('FT2-1 files keep their own format', () => {
  const IMPORTERS = ['src/domain/results', 'src/domain/transfer', 'src/domain/schools/compactDirectory.ts'];
  const filesOf = (path: string): string[] =>
    path.endsWith('.ts')
      ? [path]
      : readdirSync(path)
          .map((f) => join(path, f))
          .filter((f) => f.endsWith('.ts'));

  it('FT2-1 no file importer reads a date through the form message (a file holds aaaa-mm-dd)', () => {
    const files = IMPORTERS.flatMap(filesOf);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/isoDateSchema|INVALID_DATE_MESSAGE|formato dd-mm-aaaa/);
    }
  });
});
