// The SMART check of an objective or meta, recomputed as the user types. It advises; it never blocks.
import type { SmartResult } from '../../domain/pme/smart.ts';

export function SmartPanel({ result, testId }: { result: SmartResult; testId: string }) {
  return (
    <div className={`smart ${result.ok ? 'smart-ok' : ''}`} data-testid={testId} aria-live="polite">
      <span className="smart-title">SMART:</span>
      <ul>
        {result.criteria.map((c) => (
          <li key={c.criterion} className={c.ok ? 'ok' : 'miss'} data-criterion={c.criterion}>
            <strong>
              {c.ok ? '✓' : '✗'} {c.label}
            </strong>
            {!c.ok && c.reasons.length > 0 && <span>: {c.reasons.map((r) => r.message).join('; ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
