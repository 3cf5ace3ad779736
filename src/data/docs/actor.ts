// Who is editing, and when: every handle writes through one actor, so screens never pass the user,
// the clock or the transaction origin by hand.

export interface Actor {
  /** The signed-in user's id (what access and merge records key on). */
  userId: string;
  /** The name records print ("registrado por"): display name, else username. */
  name: string;
  /** The clock; tests pass a fixed one. */
  now(): Date;
}

export const systemClock = (): Date => new Date();

export function actorOf(user: { userId: string; name: string }, now: () => Date = systemClock): Actor {
  return { userId: user.userId, name: user.name, now };
}
