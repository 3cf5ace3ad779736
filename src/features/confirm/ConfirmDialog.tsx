// The one confirmation for irreversible steps (Versión Final, closing a corte, signing the acta,
// closing the asesoría): a modal <dialog> that shows what will be frozen and asks before doing it.
// showModal() makes the rest of the page inert (focus stays inside); Tab wraps between the first and
// last control; Escape or "Cancelar" cancels. The confirm button runs `onConfirm` at most once per
// opening and stays disabled while it works, so a double tap cannot do the step twice.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './confirm.css';

export interface ConfirmDialogProps {
  title: string;
  /** The verb on the button, e.g. "Marcar Versión Final". */
  confirmLabel: string;
  /** Why it cannot be confirmed now (shown, and the button disabled); null when it can. */
  blocked?: string | null;
  /** May be async; an error it throws is shown in the dialog in Spanish by the caller's `describeError`. */
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
  describeError?: (e: unknown) => string;
  testId?: string;
  /** The summary of what will be frozen. */
  children: ReactNode;
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function ConfirmDialog({
  title,
  confirmLabel,
  blocked = null,
  onConfirm,
  onCancel,
  describeError,
  testId = 'confirm-dialog',
  children,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const used = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (typeof d.showModal === 'function' && !d.open) d.showModal();
    else d.setAttribute('open', '');
    const first = d.querySelector<HTMLElement>('[data-autofocus]') ?? d.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (d.open && typeof d.close === 'function') d.close();
    };
  }, []);

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

  const trapTab = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items.at(-1)!;
    if (e.shiftKey && document.activeElement === first) (e.preventDefault(), last.focus());
    else if (!e.shiftKey && document.activeElement === last) (e.preventDefault(), first.focus());
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-modal="true"
      data-testid={testId}
      onKeyDown={trapTab}
      onCancel={(e) => {
        // Escape: close through React so the caller's state follows.
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h3 id={titleId}>{title}</h3>
      <div className="confirm-summary">{children}</div>
      {blocked && (
        <p className="banner warning" data-testid={`${testId}-blocked`}>
          {blocked}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
      <div className="confirm-buttons">
        <button type="button" onClick={onCancel} disabled={busy} data-autofocus data-testid={`${testId}-cancel`}>
          Cancelar
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || blocked !== null}
          onClick={() => void confirm()}
          data-testid={`${testId}-confirm`}
        >
          {busy ? 'Guardando…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
