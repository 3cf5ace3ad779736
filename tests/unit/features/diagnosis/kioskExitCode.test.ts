import { describe, expect, it } from 'vitest';
import { exitCodeProblem } from '../../../../src/features/diagnosis/kioskState.ts';

describe('exitCodeProblem: why "Iniciar encuesta" is disabled', () => {
  it.each<[string, string | null]>([
    ['', 'Escriba un código de 4 a 8 dígitos para iniciar la encuesta.'],
    ['1', 'Escriba un código de 4 a 8 dígitos para iniciar la encuesta (faltan 3 dígitos).'],
    ['123', 'Escriba un código de 4 a 8 dígitos para iniciar la encuesta (falta 1 dígito).'],
    ['12a4', 'Use solo dígitos (0–9).'],
    ['123456789', 'El código tiene 9 dígitos: use como máximo 8.'],
    ['1234', null],
    ['12345678', null],
  ])('%j → %j', (code, problem) => {
    expect(exitCodeProblem(code)).toBe(problem);
  });
});
