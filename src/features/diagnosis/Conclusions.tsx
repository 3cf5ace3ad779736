import type { ReviewHandle } from '../../data/docs/diagnosis/index.ts';
import { LimitedTextarea } from '../forms/index.ts';
import { useView } from '../session/index.ts';

const CONCLUSIONS_MAX = 20_000;

/** The advisor's conclusions for the Informe Diagnóstico, saved as typed (merged by character). */
export function Conclusions({ review }: { review: ReviewHandle }) {
  const text = useView(review.conclusions);
  return (
    <div className="field wide">
      <label htmlFor="diag-conclusions">Conclusiones del asesor (para el Informe Diagnóstico)</label>
      <LimitedTextarea
        id="diag-conclusions"
        rows={6}
        value={text}
        limit={CONCLUSIONS_MAX}
        onChange={(e) => review.setConclusions(e.target.value)}
      />
    </div>
  );
}
