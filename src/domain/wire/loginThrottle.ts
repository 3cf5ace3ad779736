// The relay's answer when sign-in is throttled (docs/spec/operations.md TH-4): HTTP 429 with a
// Retry-After header and this body; the app shows the wait in minutes.
import { z } from 'zod';

export const TOO_MANY_ATTEMPTS = 'too-many-attempts';

export const tooManyAttemptsSchema = z.object({
  error: z.literal(TOO_MANY_ATTEMPTS),
  /** Seconds until a new try is accepted (the same value as the Retry-After header). */
  retryAfterSeconds: z.number().int().positive(),
});
export type TooManyAttempts = z.infer<typeof tooManyAttemptsSchema>;
