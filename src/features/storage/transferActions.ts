// What the two buttons do (EX-10…EX-14), loaded only when one is pressed (the first screen does not
// carry Yjs or the file format). Export needs only the device's data and the user's id; import
// checks the file, then who may import its schools, and only then merges it.
import { decodeTransferFile, refusedSchools, type TransferFileError } from '../../domain/transfer/index.ts';
import type { DocName, SchoolId } from '../../domain/wire/documentNames.ts';
import type { LoginResponse } from '../../domain/wire/protocol.ts';
import {
  exportUnsynced,
  importTransfer,
  loadRelaySchools,
  readOnlyDocsOf,
  webCryptoSha256,
  type ImportSummary,
} from '../../data/transfer/index.ts';
import type { Workspace } from '../../data/workspace.ts';
import { lookupSchool } from '../../sync/api.ts';
import { relaySchoolsStore } from '../../sync/relaySchools.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { saveBlob } from '../files/index.ts';

const LOOKUP_TIMEOUT_MS = 4000;

export type ExportOutcome =
  { kind: 'empty' } | { kind: 'saved'; fileName: string; docs: number; attachments: number; schools: number };

export async function exportWork(user: LoginResponse['user'], workspace: Workspace | null): Promise<ExportOutcome> {
  const now = new Date();
  const { text, manifest } = await exportUnsynced({
    user,
    deviceDescription: navigator.userAgent,
    now,
    workspace,
  });
  if (manifest.docs.length === 0 && manifest.attachments.length === 0) return { kind: 'empty' };
  const fileName = `bitacora-sin-sincronizar-${user.username}-${localIsoDate(now)}.json`;
  saveBlob(new Blob([text], { type: 'application/json' }), fileName);
  const { docs, attachments, schools } = manifest;
  return { kind: 'saved', fileName, docs: docs.length, attachments: attachments.length, schools: schools.length };
}

export type ImportOutcome =
  | { kind: 'invalid'; error: TransferFileError }
  | { kind: 'refused'; schools: { schoolId: SchoolId; name: string }[] }
  | { kind: 'read-only'; docs: DocName[] }
  | { kind: 'imported'; summary: ImportSummary };

/** Schools among `candidates` the relay answers `claimable` for now (none when it cannot be reached). */
async function claimableNow(token: string, candidates: SchoolId[]): Promise<Set<SchoolId>> {
  const answers = await Promise.all(candidates.map((id) => lookupSchool(token, id, LOOKUP_TIMEOUT_MS)));
  return new Set(answers.flatMap((a) => (a.ok && a.value.access === 'claimable' ? [a.value.schoolId] : [])));
}

async function grantedSchools(userId: string): Promise<Set<SchoolId> | null> {
  const heard = relaySchoolsStore.getState().schools?.map((s) => s.schoolId) ?? (await loadRelaySchools(userId));
  return heard ? new Set(heard) : null;
}

export async function importWork(file: Blob, session: LoginResponse, workspace: Workspace): Promise<ImportOutcome> {
  const read = await decodeTransferFile(await file.text(), webCryptoSha256);
  if (!read.ok) {
    console.warn(`Transfer file refused (${read.error}): ${read.detail}`);
    return { kind: 'invalid', error: read.error };
  }
  const { manifest } = read.contents;
  const schools = manifest.schools.map((s) => s.schoolId);
  const granted = await grantedSchools(session.user.id);
  const role = session.user.role;
  const notListed = refusedSchools(schools, { role, granted, claimable: new Set() });
  const claimable =
    role === 'asesor' && notListed.length > 0 ? await claimableNow(session.token, notListed) : new Set<SchoolId>();
  const refused = new Set(refusedSchools(schools, { role, granted, claimable }));
  if (refused.size > 0) {
    console.warn(`Transfer file refused: no access to schools ${[...refused].join(', ')}`);
    return { kind: 'refused', schools: manifest.schools.filter((s) => refused.has(s.schoolId)) };
  }
  const readOnly = readOnlyDocsOf(workspace, read.contents);
  if (readOnly.length > 0) {
    console.warn(`Transfer file refused: this session may only read ${readOnly.join(', ')}`);
    return { kind: 'read-only', docs: readOnly };
  }
  return { kind: 'imported', summary: await importTransfer(workspace, read.contents) };
}
