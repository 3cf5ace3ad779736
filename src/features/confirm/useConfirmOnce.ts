import { useRef, useState } from 'react';

/**
 * Runs a confirmed step at most once per opening: a second tap while it works (or after it
 * succeeded) does nothing; a failure shows `describeError`'s Spanish message and allows a retry.
 */
export function useConfirmOnce(
  onConfirm: () => void | Promise<void>,
  blocked: string | null,
  describeError?: (e: unknown) => string,
) {
  const used = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (used.current || blocked) return;
    used.current = true;
    setBusy(true);
    try {
      await onConfirm();
    } catch (e) {
      console.error('confirmed step failed', e);
      setError(describeError ? describeError(e) : 'No se pudo completar la acción.');
      used.current = false;
      setBusy(false);
    }
  };
  return { busy, error, confirm };
}
