// Seeded randomness for property tests: a failing run is replayed exactly from its seed.
// mulberry32 is a tiny 32-bit PRNG (public domain), good enough to drive test scenarios.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }
  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }
  /** Integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => Math.floor(this.next() * 256));
  }
  word(maxLength = 6): string {
    const letters = 'abcdefghijklmnopqrstuvwxyzáéíóúñ ';
    return Array.from({ length: this.int(1, maxLength) }, () => this.pick([...letters])).join('');
  }
}

/** Runs `body`; a failure is rethrown with the seed in its message so the run can be replayed. */
export async function withSeed<T>(seed: number, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const message = `[seed ${seed}] ${error instanceof Error ? error.message : String(error)}`;
    console.error(`failing seed: ${seed}`);
    if (error instanceof Error) {
      error.message = message;
      throw error;
    }
    throw new Error(message);
  }
}

/**
 * The seeds a property test runs: `defaults`, or TEST_SEED=7 to replay one, or TEST_SEED=1-300 for a
 * range (a soak run while hunting a rare failure).
 */
export function seedsFromEnv(defaults: number[], value = process.env.TEST_SEED): number[] {
  if (!value) return defaults;
  const [from, to = from] = value.split('-').map(Number) as [number, number?];
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) throw new Error(`TEST_SEED: bad value ${value}`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
