// Month 8: sistematización (lessons, good practices, recommendations) and the close of the asesoría —
// hours used against those contracted and the deliverables — plus every output of the evaluation.
import { useState } from 'react';
import { BufferedTextarea } from '../forms/index.ts';
import { CLOSE_TEXT_MAX, closeSummary, type CloseSummary } from '../../domain/evaluation/close.ts';
import { formatMinutes } from '../../domain/programme/units.ts';
import type { ProgrammeView } from '../../data/docs/programme/read.ts';
import {
  AsesoriaClosedError,
  type CloseTextField,
  type CloseView,
  type EvaluationContent,
  type EvaluationHandle,
} from '../../data/docs/evaluation/index.ts';
import { ConfirmDialog } from '../confirm/index.ts';
import { SatisfactionSurvey } from './SatisfactionSurvey.tsx';
import { formatIsoDate, localIsoDate, formatLocalTimestamp } from '../../domain/shared/localDates.ts';

const FIELDS: { field: CloseTextField; label: string }[] = [
  { field: 'lecciones', label: 'Lecciones aprendidas' },
  { field: 'buenasPracticas', label: 'Buenas prácticas' },
  { field: 'recomendaciones', label: 'Recomendaciones' },
];

interface Props {
  handle: EvaluationHandle;
  evaluation: EvaluationContent;
  programme: ProgrammeView | null;
}

function summaryOf(programme: ProgrammeView | null): CloseSummary | null {
  if (!programme?.engagement) return null;
  const { sessions, plan, deliverables } = programme;
  const { hoursContracted } = programme.engagement;
  return closeSummary({ sessions, hoursContracted, plan, deliverables, today: localIsoDate() });
}

function deliverableState({ state }: CloseSummary['deliverables'][number]): string {
  if (state.status === 'entregado') return `entregado el ${formatIsoDate(state.deliveredOn)}`;
  return state.status === 'en-elaboracion' ? 'en elaboración' : 'pendiente';
}

function Sistematizacion({ handle, close }: { handle: EvaluationHandle; close: CloseView }) {
  const { closedAt, closedBy } = close;
  return (
    <>
      <h3>Sistematización</h3>
      {closedAt && (
        <p className="banner info" data-testid="close-frozen">
          Asesoría cerrada el {formatLocalTimestamp(closedAt)} por {closedBy || 'sin nombre'}: la sistematización no se
          puede modificar.
        </p>
      )}
      <div className="form-grid">
        {FIELDS.map(({ field, label }) =>
          closedAt ? (
            <div key={field} className="field wide">
              <strong>{label}</strong>
              <p className="frozen-value" data-testid={`close-${field}`}>
                {close[field] || '—'}
              </p>
            </div>
          ) : (
            <div key={field} className="field wide">
              <label htmlFor={`close-${field}`}>{label}</label>
              <BufferedTextarea
                id={`close-${field}`}
                rows={3}
                limit={CLOSE_TEXT_MAX}
                value={close[field]}
                onCommit={(text) => handle.setCloseText(field, text)}
                data-testid={`close-${field}`}
              />
            </div>
          ),
        )}
      </div>
    </>
  );
}

function HoursAndDeliverables({ summary }: { summary: CloseSummary | null }) {
  if (!summary) return <p className="muted">La asesoría de este establecimiento no está abierta en «Asesoría».</p>;
  return (
    <div data-testid="close-summary">
      <p>
        Horas realizadas: <strong>{formatMinutes(summary.usedMinutes)}</strong> de{' '}
        {formatMinutes(summary.contractedMinutes)}
        {summary.overrun
          ? ` (excedidas en ${formatMinutes(summary.overrunMinutes)})`
          : ` · quedan ${formatMinutes(summary.leftMinutes)}`}
      </p>
      <ul>
        {summary.deliverables.map((d) => (
          <li key={d.code}>
            {d.label}: {deliverableState(d)}
          </li>
        ))}
      </ul>
      {!summary.allDelivered && (
        <p className="banner warning">Faltan entregables por marcar como entregados en «Asesoría».</p>
      )}
    </div>
  );
}

export function CloseTab({ handle, evaluation, programme }: Props) {
  const summary = summaryOf(programme);
  const [confirming, setConfirming] = useState(false);
  const { closedAt, closedBy } = evaluation.close;
  return (
    <div>
      <Sistematizacion handle={handle} close={evaluation.close} />
      <h3>Cierre de la asesoría</h3>
      <HoursAndDeliverables summary={summary} />
      <SatisfactionSurvey evaluation={handle} responses={evaluation.satisfaction} />
      {closedAt ? (
        <p data-testid="closed">
          Asesoría cerrada el {formatLocalTimestamp(closedAt)} por {closedBy}.
        </p>
      ) : (
        <button
          type="button"
          disabled={!summary || confirming}
          onClick={() => setConfirming(true)}
          data-testid="close-asesoria"
        >
          Cerrar la asesoría
        </button>
      )}
      {confirming && summary && !closedAt && (
        <CloseConfirm
          summary={summary}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            handle.closeAsesoria();
            setConfirming(false);
          }}
        />
      )}
    </div>
  );
}

/** CL-3, CL-4: the hours, the deliverables and what closing means, before closing. */
interface ConfirmProps {
  summary: CloseSummary;
  onConfirm: () => void;
  onCancel: () => void;
}

function CloseConfirm({ summary, onConfirm, onCancel }: ConfirmProps) {
  const pending = summary.deliverables.filter((d) => d.state.status !== 'entregado');
  return (
    <ConfirmDialog
      title="¿Cerrar la asesoría?"
      confirmLabel="Cerrar la asesoría"
      onConfirm={onConfirm}
      onCancel={onCancel}
      describeError={(e) =>
        e instanceof AsesoriaClosedError ? 'La asesoría ya estaba cerrada.' : 'No se pudo cerrar la asesoría.'
      }
      testId="confirm-close-asesoria"
    >
      <ul data-testid="confirm-close-asesoria-summary">
        <li>
          Horas realizadas: {formatMinutes(summary.usedMinutes)} de {formatMinutes(summary.contractedMinutes)}
          {summary.overrun ? ` (excedidas en ${formatMinutes(summary.overrunMinutes)})` : ''}
        </li>
        <li>
          Entregables entregados: {summary.deliverables.length - pending.length} de {summary.deliverables.length}
        </li>
      </ul>
      {pending.length > 0 && (
        <div className="banner warning" data-testid="confirm-close-asesoria-pending">
          <p>Sin marcar como entregados:</p>
          <ul>
            {pending.map((d) => (
              <li key={d.code}>{d.label}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        Al cerrar, la fecha y su nombre quedan registrados y la sistematización (lecciones, buenas prácticas y
        recomendaciones) ya no se podrá modificar.
      </p>
    </ConfirmDialog>
  );
}
