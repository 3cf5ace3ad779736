import { describe, expect, it } from 'vitest';
import { collapseSpaces, normalizeForSearch } from '../../../../src/domain/shared/text.ts';

describe('normalizeForSearch', () => {
  it.each([
    ['Concepción', 'concepcion'],
    ['LICEO JOSÉ MIGUEL CARRERA', 'liceo jose miguel carrera'],
    ['Ñuble', 'nuble'],
    ['Pingüino', 'pinguino'],
    ['COLEGIO JOAQUIN VICUÐA LARRAIN', 'colegio joaquin vicuna larrain'],
    ['jardín petete j.m. borgoðo', 'jardin petete j.m. borgono'],
    ['ESCUELA  ESPECIAL  N°196 AURINKO', 'escuela especial n°196 aurinko'],
    ['  COLEGIO \t TRABUNCO\u00A0 ', 'colegio trabunco'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('matches the mojibake name and the correct spelling to the same key', () => {
    expect(normalizeForSearch('Colegio Joaquín Vicuña Larraín')).toBe(
      normalizeForSearch('COLEGIO JOAQUIN VICUÐA LARRAIN'),
    );
  });

  it('gives the same key for the precomposed and decomposed forms', () => {
    expect(normalizeForSearch('Vicu\u00F1a')).toBe(normalizeForSearch('Vicun\u0303a'));
  });
});

describe('collapseSpaces', () => {
  it('trims and collapses whitespace, keeping case and accents', () => {
    expect(collapseSpaces(' COLEGIO  TRABUNCO ')).toBe('COLEGIO TRABUNCO');
    expect(collapseSpaces('Escuela\t\tRío  Ñuble\r\n')).toBe('Escuela Río Ñuble');
    expect(collapseSpaces('   ')).toBe('');
    expect(collapseSpaces('Liceo A-1')).toBe('Liceo A-1');
  });
});
