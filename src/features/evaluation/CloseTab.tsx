// Month 8: sistematización (lessons, good practices, recommendations) and the close of the asesoría —
// hours used against those contracted and the deliverables — plus every output of the evaluation.
import type * as Y from 'yjs';
import { LimitedTextarea } from '../forms/index.ts';
import { CLOSE_TEXT_MAX, closeSummary } from '../../domain/evaluation/close.ts';
import { formatMinutes } from '../../domain/programme/units.ts';
import type { ProgrammeView } from '../../data/programmeDoc.ts';
import { markClosed, setCloseText, type CloseTextField, type EvaluationView } from '../../data/evaluationDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { SatisfactionSurvey } from './SatisfactionSurvey.tsx';
import { localIsoDate, formatLocalTimestamp } from '../../domain/pme/calendar.ts';

const FIELDS: { field: CloseTextField; label: string }[] = [
  { field: 'lecciones', label: 'Lecciones aprendidas' },
  { field: 'buenasPracticas', label: 'Buenas prácticas' },
  { field: 'recomendaciones', label: 'Recomendaciones' },
];

export function CloseTab({ doc, evaluation, programme, who }: { doc: Y.Doc; evaluation: EvaluationView; programme: ProgrammeView | null; who: string }) {
  const summary = programme?.engagement
    ? closeSummary({ sessions: programme.sessions, hoursContracted: programme.engagement.hoursContracted, plan: programme.plan, deliverables: programme.deliverables, today: localIsoDate() })
    : null;
  return (
    <div>
      <h3>Sistematización</h3>
      <div className="form-grid">
        {FIELDS.map(({ field, label }) => (
          <div key={field} className="field wide">
            <label htmlFor={`close-${field}`}>{label}</label>
            <LimitedTextarea id={`close-${field}`} rows={3} limit={CLOSE_TEXT_MAX} value={evaluation.close[field]} onChange={(e) => setCloseText(doc, field, e.target.value, LOCAL_EDIT)} />
          </div>
        ))}
      </div>
      <h3>Cierre de la asesoría</h3>
      {!summary ? (
        <p className="muted">La asesoría de este establecimiento no está abierta en «Asesoría».</p>
      ) : (
        <div data-testid="close-summary">
          <p>
            Horas realizadas: <strong>{formatMinutes(summary.usedMinutes)}</strong> de {formatMinutes(summary.contractedMinutes)}
            {summary.overrun ? ` (excedidas en ${formatMinutes(summary.overrunMinutes)})` : ` · quedan ${formatMinutes(summary.leftMinutes)}`}
          </p>
          <ul>
            {summary.deliverables.map((d) => (
              <li key={d.code}>
                {d.label}: {d.state.status === 'entregado' ? `entregado el ${d.state.deliveredOn.split('-').reverse().join('-')}` : d.state.status === 'en-elaboracion' ? 'en elaboración' : 'pendiente'}
              </li>
            ))}
          </ul>
          {!summary.allDelivered && <p className="banner warning">Faltan entregables por marcar como entregados en «Asesoría».</p>}
        </div>
      )}
      <SatisfactionSurvey doc={doc} responses={evaluation.satisfaction} />
      {evaluation.close.closedAt ? (
        <p data-testid="closed">
          Asesoría cerrada el {formatLocalTimestamp(evaluation.close.closedAt)} por {evaluation.close.closedBy}.
        </p>
      ) : (
        <button type="button" disabled={!summary?.readyToClose} onClick={() => markClosed(doc, new Date().toISOString(), who, LOCAL_EDIT)}>
          Cerrar la asesoría
        </button>
      )}
    </div>
  );
}
