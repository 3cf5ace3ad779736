// CLI-4: RBDs typed on the command line are checked with the domain rule before anything is written.
import { describe, expect, it } from 'vitest';
import { checkRbdArgument, checkRbdArguments } from '../../../../sync-server/src/cli/rbdArguments.ts';
import { RBD_DV_EXCEPTIONS, computeRbdCheckDigit } from '../../../../src/domain/schools/rbd.ts';

describe('CLI-4 checkRbdArgument', () => {
  it.each([
    ['7423-3', '7423', '7423-3', false],
    ['7423 - 3', '7423', '7423-3', false],
    ['7423', '7423', '7423-3', true],
    ['8104', '8104', '8104-3', true],
    ['99999999', '99999999', `99999999-${computeRbdCheckDigit(99_999_999)}`, true],
  ])('accepts %j as %s (%s)', (text, schoolId, label, bare) => {
    expect(checkRbdArgument(text)).toEqual({ ok: true, rbd: { schoolId, label, bare } });
  });

  it('refuses 7423-9 and names the right check digit', () => {
    const result = checkRbdArgument('7423-9');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/7423-9: wrong check digit; RBD 7423 has check digit 3 \(7423-3\)/);
  });

  it('accepts an official exception only with its official digit', () => {
    const [rbd, official] = [...RBD_DV_EXCEPTIONS][0] ?? [0, ''];
    expect(checkRbdArgument(`${rbd}-${official}`).ok).toBe(true);
    const modulo11 = checkRbdArgument(`${rbd}-${computeRbdCheckDigit(rbd)}`);
    expect(!modulo11.ok && modulo11.message).toContain(`(${rbd}-${official})`);
    expect(checkRbdArgument(String(rbd))).toMatchObject({ ok: true, rbd: { label: `${rbd}-${official}` } });
  });

  it.each([
    ['0', /between 1 and 99,999,999/],
    ['0-0', /between 1 and 99,999,999/],
    ['123456789', /between 1 and 99,999,999/],
    ['123456789-1', /between 1 and 99,999,999/],
    ['abc', /not an RBD/],
    ['7423.5', /not an RBD/],
    ['-7423', /not an RBD/],
    ['7423-X', /check digit must be one digit 0-9 or K/],
    ['7423-', /check digit must be one digit 0-9 or K/],
  ])('refuses %j', (text, message) => {
    const result = checkRbdArgument(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe('CLI-4 checkRbdArguments', () => {
  it('is all or nothing: one wrong RBD refuses the list, and every wrong one is named', () => {
    const result = checkRbdArguments(['7423-3', '7423-9', '8104', 'abc']);
    expect(result).toEqual({
      ok: false,
      messages: [expect.stringContaining('7423-9'), expect.stringContaining('abc')],
    });
  });

  it('returns each school once', () => {
    const result = checkRbdArguments(['7423', '7423-3', '8104-3']);
    expect(result.ok && result.rbds.map((r) => r.label)).toEqual(['7423-3', '8104-3']);
  });
});
