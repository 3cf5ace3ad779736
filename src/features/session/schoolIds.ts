import { schoolIdSchema, type SchoolId } from '../../domain/wire/documentNames.ts';

export function toSchoolIdOrNull(value: string): SchoolId | null {
  const parsed = schoolIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
