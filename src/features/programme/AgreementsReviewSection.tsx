// The agreements of earlier sessions still to review in this one, ticked off here when done.
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import type { agreementsToReview } from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';

type Review = ReturnType<typeof agreementsToReview>;

export function AgreementsReviewSection({ programme, review }: { programme: ProgrammeHandle; review: Review }) {
  if (review.length === 0) return null;
  return (
    <section data-testid="agreements-review">
      <h3>Acuerdos de sesiones anteriores a revisar</h3>
      {review.map(({ agreement: a, sessionDate }) => (
        <label key={a.id} className="agreement">
          <input
            type="checkbox"
            checked={a.done}
            onChange={(e) => programme.acuerdos.setDone(a.sessionId, a.id, e.target.checked)}
          />
          {a.text} · {a.responsible} · plazo {formatIsoDate(a.dueDate)}{' '}
          <span className="muted">(sesión del {formatIsoDate(sessionDate)})</span>
        </label>
      ))}
    </section>
  );
}
