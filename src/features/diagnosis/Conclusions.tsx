import type { ReviewHandle } from '../../data/docs/diagnosis/index.ts';
import { BufferedTextarea } from '../forms/index.ts';
import { useView } from '../session/index.ts';

const CONCLUSIONS_MAX = 20_000;

/** The advisor's conclusions for the Informe Diagnóstico, saved once per burst of typing (merged by character). */
export function Conclusions({ review }: { review: ReviewHandle }) {
  const text = useView(review.conclusions);
  return (
    <div className="field wide">
      <label htmlFor="diag-conclusions">Conclusiones del asesor (para el Informe Diagnóstico)</label>
      <BufferedTextarea
        id="diag-conclusions"
        rows={6}
        value={text}
        limit={CONCLUSIONS_MAX}
        onCommit={(text) => review.setConclusions(text)}
      />
    </div>
  );
}
