// The one confirmation for irreversible steps (Versión Final, closing a corte, signing the acta,
// closing the asesoría): a modal <dialog> that shows what will be frozen and asks before doing it.
// showModal() makes the rest of the page inert (focus stays inside); Tab wraps between the first and
// last control; Escape or "Cancelar" cancels. The confirm button runs `onConfirm` at most once per
// opening and stays disabled while it works, so a double tap cannot do the step twice.
import { useId, type ReactNode } from 'react';
import { useConfirmOnce } from './useConfirmOnce.ts';
import { useModalDialog } from './useModalDialog.ts';
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
  const { ref, trapTab } = useModalDialog();
  const { busy, error, confirm } = useConfirmOnce(onConfirm, blocked, describeError);
  const titleId = useId();
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
