// The frames the app and the relay write and read themselves for the catch-up (docs/spec/sync.md
// CU-1, CU-2, CU-4) are byte for byte what lib0 / the Hocuspocus provider write.
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { stateVectorOfSyncStep1, syncStep1Frame, updateFrame } from '../../../src/sync/syncFrames.ts';
import { statelessFrame } from '../../../src/domain/wire/frames.ts';
import { tokenOfAuthFrame } from '../../../sync-server/src/socketSession.ts';
import { SYNC_STEP_1, SYNC_UPDATE, authFrame, syncFrame } from '../../support/frames.ts';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31) % 256);
const longName = `school:${'9'.repeat(150)}:pme`;

describe('CU-2 sync frames', () => {
  it.each([0, 1, 127, 128, 20_000])('SyncStep1 and Update with a %i-byte payload match lib0', (n) => {
    for (const name of ['school:7423:pme', longName]) {
      expect(syncStep1Frame(name, bytes(n))).toEqual(syncFrame(name, SYNC_STEP_1, bytes(n)));
      expect(updateFrame(name, bytes(n))).toEqual(syncFrame(name, SYNC_UPDATE, bytes(n)));
    }
  });
});

describe('CU-2 the relay’s SyncStep1 is read back', () => {
  it('returns the state vector of a SyncStep1 and null for other or truncated frames', () => {
    expect(stateVectorOfSyncStep1(syncFrame(longName, SYNC_STEP_1, bytes(300)))).toEqual(bytes(300));
    expect(stateVectorOfSyncStep1(syncFrame(longName, SYNC_UPDATE, bytes(300)))).toBeNull();
    expect(stateVectorOfSyncStep1(syncFrame(longName, SYNC_STEP_1, bytes(300)).subarray(0, 200))).toBeNull();
    expect(stateVectorOfSyncStep1(authFrame(longName, 'x'))).toBeNull();
  });
});

describe('CU-4 stateless frame', () => {
  it('matches lib0 for a non-ASCII payload', () => {
    const payload = JSON.stringify({ type: 'checkpoints', items: [], nota: 'año ñandú' }).repeat(20);
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, '#checkpoints');
    encoding.writeVarUint(encoder, 5);
    encoding.writeVarString(encoder, payload);
    expect(statelessFrame('#checkpoints', payload)).toEqual(encoding.toUint8Array(encoder));
  });
});

describe('CU-1 the relay reads the token of an Auth frame', () => {
  it('returns the token, an empty one, or null for anything else', () => {
    expect(tokenOfAuthFrame(authFrame('school:7423:pme', 'abc.def'))).toBe('abc.def');
    expect(tokenOfAuthFrame(authFrame(longName, ''))).toBe('');
    expect(tokenOfAuthFrame(syncFrame('school:7423:pme', SYNC_UPDATE, bytes(10)))).toBeNull();
    expect(tokenOfAuthFrame(authFrame('school:7423:pme', 'abc').subarray(0, 10))).toBeNull();
    expect(tokenOfAuthFrame(new Uint8Array([0xff, 0xff, 0xff]))).toBeNull();
  });
});
