import { describe, expect, it } from 'vitest';
import {
  type Answer,
  instrumentRecordSchema,
  latestInstruments,
  monitoringInstrumentSchema,
  reviseInstrument,
  validateAnswers,
} from '../../../../src/domain/monitoring/instruments.ts';
import {
  INSTRUMENT_TEMPLATES,
  instrumentFromTemplate,
  templateByCode,
} from '../../../../src/domain/monitoring/templates.ts';
import { PHOTO } from './fixtures.ts';

describe('templates', () => {
  it('the four ready templates are valid instruments', () => {
    expect(INSTRUMENT_TEMPLATES.map((t) => t.title)).toEqual([
      'Seguimiento de acciones PME',
      'Pauta de acompañamiento al aula',
      'Registro de asistencia y atrasos',
      'Encuesta breve de clima',
    ]);
    for (const t of INSTRUMENT_TEMPLATES)
      expect(monitoringInstrumentSchema.safeParse(instrumentFromTemplate(t, `i-${t.code}`)).success).toBe(true);
  });

  it('copies the fields: editing the copy leaves the template as it was', () => {
    const t = templateByCode('clima-breve')!;
    const copy = instrumentFromTemplate(t, 'mine');
    copy.fields[0]!.label = 'Otro';
    expect(t.fields[0]?.label).toBe('Me siento seguro/a en el establecimiento');
    expect(copy.version).toBe(1);
  });
});

describe('versions', () => {
  const v1 = instrumentFromTemplate(templateByCode('seguimiento-acciones')!, 'seg');
  it('an edit keeps the version while unused, and makes version + 1 once records use it', () => {
    const edited = { title: 'Seguimiento', purpose: '', fields: v1.fields.slice(0, 2) };
    expect(reviseInstrument(v1, edited, false).version).toBe(1);
    const v2 = reviseInstrument(v1, edited, true);
    expect(v2.version).toBe(2);
    expect(v1.fields).toHaveLength(8);
    expect(latestInstruments([v1, v2]).map((i) => i.version)).toEqual([2]);
  });

  it('rejects duplicate field ids and an instrument with no fields', () => {
    expect(monitoringInstrumentSchema.safeParse({ ...v1, fields: [v1.fields[0], v1.fields[0]] }).success).toBe(false);
    expect(monitoringInstrumentSchema.safeParse({ ...v1, fields: [] }).success).toBe(false);
  });
});

describe('validateAnswers', () => {
  const instr = monitoringInstrumentSchema.parse({
    id: 'i',
    templateCode: null,
    title: 'Prueba',
    purpose: '',
    version: 1,
    fields: [
      { id: 'c', kind: 'checklist', label: 'Ítem', required: true },
      { id: 's', kind: 'scale', label: 'Escala', required: true },
      { id: 'n', kind: 'number', label: 'N', required: false, min: 0, max: 10 },
      { id: 'p', kind: 'percentage', label: '%', required: false },
      { id: 'd', kind: 'date', label: 'Fecha', required: false },
      { id: 't', kind: 'shortText', label: 'Breve', required: false },
      { id: 'l', kind: 'longText', label: 'Largo', required: false },
      { id: 'y', kind: 'yesNo', label: 'Sí/No', required: false },
      { id: 'e', kind: 'evidence', label: 'Foto', required: true, accept: 'photo' },
    ],
  });
  const ok = { c: false, s: 3, n: 5, p: 100, d: '2026-05-01', t: 'x', l: 'y'.repeat(5000), y: true, e: [PHOTO] };

  it('accepts a complete, well-typed answer set (false is an answer)', () => {
    expect(validateAnswers(instr, ok)).toEqual([]);
  });

  it.each([
    [{ c: null }, 'c', 'required'],
    [{ e: [] }, 'e', 'required'],
    [{ s: 5 }, 's', 'out-of-range'],
    [{ s: 2.5 }, 's', 'out-of-range'],
    [{ s: '3' }, 's', 'wrong-type'],
    [{ n: 11 }, 'n', 'out-of-range'],
    [{ n: -1 }, 'n', 'out-of-range'],
    [{ p: 100.1 }, 'p', 'out-of-range'],
    [{ d: '2026-02-30' }, 'd', 'bad-date'],
    [{ t: 'x'.repeat(301) }, 't', 'out-of-range'],
    [{ y: 'sí' }, 'y', 'wrong-type'],
    [{ e: 'foto.jpg' }, 'e', 'wrong-type'],
    [{ zz: 1 }, 'zz', 'unknown-field'],
  ] as const)('%j → %s %s', (patch, fieldId, code) => {
    expect(validateAnswers(instr, { ...ok, ...(patch as Record<string, Answer>) })).toEqual([{ fieldId, code }]);
  });

  it('a filled instrument keeps its version and target', () => {
    const rec = instrumentRecordSchema.parse({
      id: 'f1',
      instrumentId: 'i',
      instrumentVersion: 1,
      cycleId: 'c1',
      target: { kind: 'action', actionId: 'a1' },
      date: '2026-05-02',
      recordedAt: '2026-05-02T10:00:00Z',
      recordedBy: 'Jefa de UTP',
      answers: ok,
    });
    expect([rec.instrumentId, rec.instrumentVersion]).toEqual([instr.id, instr.version]);
  });
});
