// SDP-3, CS-1: when a session's background opening starts. The Panel holds it until its rows show:
// with 100 schools, the 1.5 s grace ran out while the Panel still read its digests and 500 documents
// began opening and deriving against it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstScreenGate } from '../../../src/sync/session/firstScreen.ts';

const GRACE = 1500;
const LIMIT = 15_000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function gate() {
  const start = vi.fn();
  return { start, gate: firstScreenGate(start, { graceMs: GRACE, holdLimitMs: LIMIT }) };
}

describe('first screen gate', () => {
  it('CS-1: with no screen saying so, the opening starts after the grace', () => {
    const { start, gate: g } = gate();
    g.opened();
    vi.advanceTimersByTime(GRACE - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('SDP-3: a Panel still reading holds the opening past the grace, and starts it once shown', () => {
    const { start, gate: g } = gate();
    g.opened();
    const release = g.hold();
    vi.advanceTimersByTime(GRACE * 4);
    expect(start).not.toHaveBeenCalled();
    g.shown();
    expect(start).toHaveBeenCalledTimes(1);
    release();
    vi.advanceTimersByTime(LIMIT * 2);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('SDP-3: a Panel left before it showed releases the opening (at once when the grace is over)', () => {
    const { start, gate: g } = gate();
    g.opened();
    const release = g.hold();
    vi.advanceTimersByTime(GRACE);
    expect(start).not.toHaveBeenCalled();
    release();
    release();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('SDP-3: a Panel released within the grace lets the grace start the opening', () => {
    const { start, gate: g } = gate();
    g.opened();
    g.hold()();
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(GRACE);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('SDP-3, CS-2: a hold never keeps the opening (and unsynced work) waiting longer than its limit', () => {
    const { start, gate: g } = gate();
    g.opened();
    g.hold();
    vi.advanceTimersByTime(GRACE + LIMIT - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
