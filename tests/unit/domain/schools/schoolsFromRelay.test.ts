// The pure rules behind the schools the relay grants (docs/spec/access.md A-7): which relay
// schools the list shows by RBD until their profile arrives, and what registering an RBD does.
import { describe, expect, it } from 'vitest';
import { schoolsNotYetIndexed } from '../../../../src/domain/schools/schoolIndex.ts';
import { relayVerdict, type RelayVerdict } from '../../../../src/domain/schools/relayVerdict.ts';
import type { SchoolAccess } from '../../../../src/domain/wire/protocol.ts';
import type { SchoolId } from '../../../../src/domain/wire/documentNames.ts';

const relay = (id: string, stored = true) => ({ schoolId: id as SchoolId, stored });

describe('A-7 schoolsNotYetIndexed', () => {
  it.each<[string, ReturnType<typeof relay>[], string[], string, string[]]>([
    ['nothing from the relay', [], ['7423'], '', []],
    ['every relay school already in the index', [relay('7423')], ['7423'], '', []],
    ['one arriving, one indexed', [relay('7423'), relay('484')], ['7423'], '', ['484']],
    ['sorted by RBD as a number', [relay('7423', false), relay('484'), relay('5834')], [], '', ['484', '5834', '7423']],
    ['a search matches on the RBD', [relay('484'), relay('5834')], [], '58', ['5834']],
    ['a search by name matches none (the name is not known yet)', [relay('484')], [], 'Maitenes', []],
    ['a blank search is no filter', [relay('484')], [], '   ', ['484']],
  ])('%s', (_case, fromRelay, indexed, query, expected) => {
    expect(schoolsNotYetIndexed(fromRelay, new Set(indexed), query).map((s) => s.schoolId)).toEqual(expected);
  });
});

describe('A-7 relayVerdict', () => {
  it.each<[boolean, SchoolAccess, RelayVerdict]>([
    [true, 'readable', 'open-existing'],
    [true, 'claimable', 'open-existing'],
    [true, 'school-held-by-other', 'held-by-other'],
    [true, 'not-authorized', 'not-authorized'],
    [false, 'readable', 'register'],
    [false, 'claimable', 'register'],
    [false, 'school-held-by-other', 'held-by-other'],
    [false, 'not-authorized', 'not-authorized'],
  ])('stored=%s, access=%s → %s', (stored, access, expected) => {
    expect(relayVerdict({ stored, access })).toBe(expected);
  });
});
