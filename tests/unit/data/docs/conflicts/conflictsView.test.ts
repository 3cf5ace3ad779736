// S-21: the conflicts panel's view over the create-merge's records; resolving goes through the actor.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { actorOf } from '../../../../../src/data/docs/actor.ts';
import { watchSchoolConflicts, type SchoolConflict } from '../../../../../src/data/docs/conflicts/index.ts';
import type { Workspace } from '../../../../../src/data/workspace.ts';
import { docName, toSchoolId } from '../../../../../src/domain/wire/documentNames.ts';
import { exchange, replicas, resolutionOf } from '../../../../support/mergeReplicas.ts';

const NOW = new Date('2027-03-02T12:00:00Z');
const actor = actorOf({ userId: 'u-ana', name: 'Ana Rojas' }, () => NOW);
const SCHOOL = toSchoolId(7423);

/** The two calls the view makes of the workspace: the documents open now, and those opened later. */
function workspaceWith(open: [string, Y.Doc][]) {
  const listeners = new Set<(name: string, doc: Y.Doc) => void>();
  const workspace = {
    openDocs: () => open,
    onDocOpened: (l: (name: string, doc: Y.Doc) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  } as unknown as Workspace;
  return { workspace, opened: (name: string, doc: Y.Doc) => listeners.forEach((l) => l(name, doc)) };
}

function conflicted(): Y.Doc[] {
  const [a, b] = replicas(2);
  a!.getText('profile.name').insert(0, 'Escuela de Maitencillo');
  b!.getText('profile.name').insert(0, 'Escuela Básica de Maitencillo');
  exchange([a!, b!]);
  return [a!, b!];
}

describe('watchSchoolConflicts', () => {
  it("S-21 lists the open documents' conflicts of the school and kinds asked; resolve writes in the actor's name", () => {
    const [profile] = conflicted();
    const [evaluation] = conflicted();
    const { workspace, opened } = workspaceWith([[docName(SCHOOL, 'profile'), profile!]]);
    let seen: SchoolConflict[] = [];
    const stop = watchSchoolConflicts(workspace, SCHOOL, ['profile'], actor, (list) => (seen = list));
    expect(seen.map((c) => [c.kind, c.conflict.path])).toEqual([['profile', ['profile.name']]]);
    opened(docName(SCHOOL, 'evaluation'), evaluation!);
    expect(seen).toHaveLength(1);
    const [only] = seen;
    expect(only!.resolve('other')).toBe(true);
    expect(seen).toEqual([]);
    expect(profile!.getText('profile.name').toString()).toBe(only!.conflict.other);
    expect(resolutionOf(profile!, only!.conflict.id)).toMatchObject({ by: 'Ana Rojas', at: NOW.toISOString() });
    stop();
  });
});
