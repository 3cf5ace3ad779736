// The buttons that make a file on the device, and the one message shown when making one failed.
import type { ReactNode } from 'react';

interface ButtonProps {
  testId: string;
  /** Another file is being made: one at a time (see useFileAction). */
  busy?: boolean;
  onClick: () => Promise<void>;
  children: ReactNode;
}

export function OutputButton({ testId, busy = false, onClick, children }: ButtonProps) {
  return (
    <button type="button" disabled={busy} data-testid={testId} data-writes-nothing onClick={() => void onClick()}>
      {children}
    </button>
  );
}

export function OutputError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <span role="alert" className="form-error">
      {error}
    </span>
  );
}
