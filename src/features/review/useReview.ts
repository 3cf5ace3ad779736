// The school's review document for screens: its handle, the comments and the sostenedor's signatures.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { reviewHandle, type ReviewHandle } from '../../data/docs/review/index.ts';
import { useHandle } from '../session/index.ts';

/** The review handle of the school (null while its document loads from the device). */
export function useReviewHandle(schoolId: SchoolId): ReviewHandle | null {
  return useHandle(schoolId, 'review', reviewHandle);
}
