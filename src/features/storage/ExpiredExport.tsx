// On the sign-in screen after a token expired offline (EX-12): the device still holds the user's
// work, so it can be exported with the saved user's id alone, before or without signing in again.
import { useEffect, useState } from 'react';
import { loadSession } from '../../data/appDb.ts';
import type { LoginResponse } from '../../domain/wire/protocol.ts';
import { runExport, TransferMessage } from './TransferPanel.tsx';

export function ExpiredExport() {
  const [user, setUser] = useState<LoginResponse['user'] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Awaited<ReturnType<typeof runExport>> | null>(null);
  useEffect(() => {
    void loadSession().then((saved) => setUser(saved?.user ?? null));
  }, []);
  if (!user) return null;
  const onExport = async () => {
    setBusy(true);
    setMessage(await runExport(user, null));
    setBusy(false);
  };
  return (
    <section className="card transfer" data-testid="expired-export">
      <p>
        Si este equipo tiene trabajo de {user.displayName || user.username} sin sincronizar, puede guardarlo en un
        archivo ahora, sin conexión, e importarlo en otro equipo.
      </p>
      <button type="button" data-testid="export-unsynced" disabled={busy} onClick={() => void onExport()}>
        Exportar trabajo sin sincronizar
      </button>
      <TransferMessage message={message} />
    </section>
  );
}
