// What each role may change, and the RUT a sostenedor is bound by (docs/spec/access.md ).
import { describe, expect, it } from 'vitest';
import {
  SOSTENEDOR_MAX_UPLOAD_BYTES,
  canEdit,
  canUpload,
  readsEverySchool,
} from '../../../../src/domain/access/roles.ts';
import { parseSostenedorRut } from '../../../../src/domain/access/sostenedorRut.ts';
import { DOC_KINDS } from '../../../../src/domain/wire/documentNames.ts';
import { ROLES } from '../../../../src/domain/wire/protocol.ts';

describe('A-10 canEdit', () => {
  it('every role but sostenedor edits every kind; a sostenedor edits only the review document', () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, DOC_KINDS.filter((kind) => canEdit(role, kind))]));
    expect(table).toEqual({
      admin: [...DOC_KINDS],
      coordinador: [...DOC_KINDS],
      asesor: [...DOC_KINDS],
      escuela: [...DOC_KINDS],
      sostenedor: ['review'],
    });
  });

  it('A-9 only admin and coordinador read every school', () => {
    expect(ROLES.filter(readsEverySchool)).toEqual(['admin', 'coordinador']);
  });
});

describe('A-12 canUpload', () => {
  it('a sostenedor uploads a PNG signature up to 1 MiB and nothing else; other roles any accepted image', () => {
    expect(canUpload('sostenedor', 'image/png', 40_000)).toBe(true);
    expect(canUpload('sostenedor', 'image/png', SOSTENEDOR_MAX_UPLOAD_BYTES)).toBe(true);
    expect(canUpload('sostenedor', 'image/png', SOSTENEDOR_MAX_UPLOAD_BYTES + 1)).toBe(false);
    expect(canUpload('sostenedor', 'image/jpeg', 40_000)).toBe(false);
    expect(canUpload('sostenedor', 'image/webp', 40_000)).toBe(false);
    expect(canUpload('asesor', 'image/jpeg', 5_000_000)).toBe(true);
    expect(canUpload('escuela', 'image/png', SOSTENEDOR_MAX_UPLOAD_BYTES + 1)).toBe(true);
  });
});

describe('A-9 parseSostenedorRut', () => {
  it.each([
    ['62000660', '62000660'],
    [' 62.000.660 ', '62000660'],
    ['62.000.660-2', '62000660'],
    ['61935400-1', '61935400'],
    ['69.070.100-6', '69070100'],
    ['069070100', '69070100'],
  ])('reads %s as %s', (text, rut) => {
    expect(parseSostenedorRut(text)).toEqual({ ok: true, rut });
  });

  it.each([
    ['62.000.660-3', 'rut-check-digit'],
    ['62000660-K', 'rut-check-digit'],
    ['', 'rut-format'],
    ['62,000,660', 'rut-format'],
    ['62.00.660', 'rut-format'],
    ['RUT 62000660', 'rut-format'],
    ['0', 'rut-format'],
    ['123456789', 'rut-format'],
  ])('refuses %s (%s)', (text, error) => {
    expect(parseSostenedorRut(text)).toEqual({ ok: false, error });
  });
});
