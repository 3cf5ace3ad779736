// "Trabajo sin sincronizar" on the storage status (EX-12, EX-14): export what the relay has not
// confirmed to a file, and import such a file. Works offline; the code behind it loads on demand.
import { useState, type ChangeEvent } from 'react';
import { useAttachments, useSession } from '../session/index.ts';
import type { LoginResponse } from '../../domain/wire/protocol.ts';
import type { Workspace } from '../../data/workspace.ts';
import {
  EXPORT_FAILED,
  exportedMessage,
  fileErrorMessage,
  IMPORT_FAILED,
  importedMessage,
  NOTHING_TO_EXPORT,
  readOnlyMessage,
  refusedMessage,
} from './transferMessages.ts';

const loadActions = () => import('./transferActions.ts');

interface Message {
  tone: 'info' | 'warning';
  text: string;
}

/** Runs the export and says what it wrote; shared with the expired-session screen. */
export async function runExport(user: LoginResponse['user'], workspace: Workspace | null): Promise<Message> {
  try {
    const outcome = await (await loadActions()).exportWork(user, workspace);
    if (outcome.kind === 'empty') return { tone: 'info', text: NOTHING_TO_EXPORT };
    return {
      tone: 'info',
      text: exportedMessage(outcome.fileName, outcome.docs, outcome.attachments, outcome.schools),
    };
  } catch (err) {
    console.error('Export of unsynced work failed', err);
    return { tone: 'warning', text: EXPORT_FAILED };
  }
}

async function runImport(file: File, session: LoginResponse, workspace: Workspace): Promise<Message> {
  try {
    const outcome = await (await loadActions()).importWork(file, session, workspace);
    switch (outcome.kind) {
      case 'invalid':
        return { tone: 'warning', text: fileErrorMessage(outcome.error) };
      case 'refused':
        return { tone: 'warning', text: refusedMessage(outcome.schools) };
      case 'read-only':
        return { tone: 'warning', text: readOnlyMessage(outcome.docs) };
      case 'imported':
        return { tone: 'info', text: importedMessage(outcome.summary) };
    }
  } catch (err) {
    console.error('Import of a transfer file failed', err);
    return { tone: 'warning', text: IMPORT_FAILED };
  }
}

export function TransferMessage({ message }: { message: Message | null }) {
  if (!message) return null;
  return (
    <p
      className={`transfer-message ${message.tone === 'warning' ? 'form-error' : ''}`}
      role={message.tone === 'warning' ? 'alert' : 'status'}
      data-testid="transfer-message"
    >
      {message.text}
    </p>
  );
}

export function TransferPanel() {
  const session = useSession();
  const attachments = useAttachments();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  if (session.status !== 'signed-in') return null;
  const run = async (work: () => Promise<Message>) => {
    setBusy(true);
    setMessage(null);
    setMessage(await work());
    setBusy(false);
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      const result = await runImport(file, session.session, session.workspace);
      void attachments.uploadPending();
      return result;
    });
  };
  return (
    <section className="transfer" data-testid="transfer" aria-label="Trabajo sin sincronizar">
      <button
        type="button"
        data-testid="export-unsynced"
        disabled={busy}
        onClick={() => void run(() => runExport(session.session.user, session.workspace))}
      >
        Exportar trabajo sin sincronizar
      </button>
      <label className={`button ${busy ? 'disabled' : ''}`}>
        Importar trabajo
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-work"
          disabled={busy}
          onChange={onFile}
        />
      </label>
      <TransferMessage message={message} />
    </section>
  );
}
