import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readConclusions, setConclusions } from '../../data/diagnosisReviewDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { LimitedTextarea } from '../forms/index.ts';

const CONCLUSIONS_MAX = 20_000;

/** The advisor's conclusions for the Informe Diagnóstico, saved as typed (merged by character). */
export function Conclusions({ doc }: { doc: Y.Doc }) {
  const [text, setText] = useState(() => readConclusions(doc));
  useEffect(() => {
    const sync = (tr: Y.Transaction) => {
      if (tr.origin !== LOCAL_EDIT) setText(readConclusions(doc));
    };
    doc.on('afterTransaction', sync);
    return () => doc.off('afterTransaction', sync);
  }, [doc]);
  return (
    <div className="field wide">
      <label htmlFor="diag-conclusions">Conclusiones del asesor (para el Informe Diagnóstico)</label>
      <LimitedTextarea
        id="diag-conclusions"
        rows={6}
        value={text}
        limit={CONCLUSIONS_MAX}
        onChange={(e) => {
          setText(e.target.value);
          setConclusions(doc, e.target.value, LOCAL_EDIT);
        }}
      />
    </div>
  );
}
