// What a month of the asesoría covers (MX-4): its workshops and the deliverables due at its end.
import type { MonthContents } from '../../domain/programme/index.ts';

export function MonthContentsList({ contents }: { contents: MonthContents }) {
  return (
    <div className="month-contents" data-testid={`month-${contents.month}-contents`}>
      <ul>
        {contents.workshops.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      {contents.deliverables.length > 0 && <p className="hint">Entregables: {contents.deliverables.join('; ')}</p>}
    </div>
  );
}
