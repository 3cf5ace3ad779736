import { useState } from 'react';

/**
 * Making a file on the device (a PDF, a spreadsheet, the dossier): one at a time, with a Spanish
 * message on the screen and the cause in the log when it fails. `busy` names the file being made.
 */
export function useFileAction(area: string): {
  busy: string | null;
  error: string | null;
  run: (what: string, make: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (what: string, make: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    try {
      await make();
    } catch (e) {
      console.error(`${area} output ${what} failed`, e);
      setError('No se pudo generar el archivo. Intente de nuevo; si el problema sigue, informe al equipo de soporte.');
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}
