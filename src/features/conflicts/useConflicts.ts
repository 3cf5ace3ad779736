import { useEffect, useState } from 'react';
import type { DocKind, SchoolId } from '../../domain/wire/documentNames.ts';
import { actorOf } from '../../data/docs/actor.ts';
import { watchSchoolConflicts, type SchoolConflict } from '../../data/docs/conflicts/index.ts';
import { useCurrentUser, useWorkspace } from '../session/index.ts';

export type DocConflict = SchoolConflict;

/**
 * Unresolved conflicts of a school's documents that are open on this device (all kinds, or the
 * ones given), re-read after every change; documents opened later are picked up as they open.
 */
export function useSchoolConflicts(schoolId: SchoolId, kinds?: readonly DocKind[]): DocConflict[] {
  const workspace = useWorkspace();
  const { userId, name } = useCurrentUser();
  const [list, setList] = useState<DocConflict[]>([]);
  const kindsKey = kinds?.join(',') ?? '';
  useEffect(
    () => watchSchoolConflicts(workspace, schoolId, kinds, actorOf({ userId, name }), setList),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- kinds by value
    [workspace, schoolId, kindsKey, userId, name],
  );
  return list;
}
