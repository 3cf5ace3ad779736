// Field schemas shared by the programme's records (engagement, team, sessions): ids and required text.
import { z } from 'zod';

export const idSchema = z.string().min(1);

/** Required text, trimmed: empty → `message`; longer than `max` → "Use como máximo …". */
export const requiredText = (message: string, max: number) =>
  z
    .string({ message })
    .trim()
    .min(1, { message })
    .max(max, { message: `Use como máximo ${max} caracteres` });
