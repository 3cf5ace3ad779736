// One acta: its rows while a draft, fixed at the first signature (shown with its hash), its signatures,
// and the correction that replaces it once signed (AV-4).
import { useState } from 'react';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../../domain/pme/model.ts';
import { formatIsoDate, formatLocalTimestamp, localIsoDate } from '../../../domain/shared/localDates.ts';
import type { MonitoringRecord } from '../../../domain/monitoring/records.ts';
import { ACTA_LOCKED_MESSAGE, isSigned, type ActaItem } from '../../../domain/evaluation/acta.ts';
import { actaTotals } from '../../../domain/evaluation/report/actaContent.ts';
import type { ActaView, EvaluationHandle } from '../../../data/docs/evaluation/index.ts';
import { ActaItems } from './ActaItems.tsx';
import { ActaSignatures } from './ActaSignatures.tsx';
import type { ReviewHandle } from '../../../data/docs/review/index.ts';
import { DocArea } from '../../screenShell/index.ts';

function evidenceFor(actionId: string, records: MonitoringRecord[]): ActaItem['evidence'] {
  return records
    .filter((r) => r.actionId === actionId && (r.medios.length > 0 || r.level === 'completa'))
    .slice(-1)
    .map((r) => ({ kind: 'registro' as const, recordId: r.id }));
}

/** The row after a change: evidence from the app's records when it says "en la app"; none, not verified. */
function nextItem(item: ActaItem, patch: Partial<ActaItem>, records: MonitoringRecord[]): ActaItem {
  let next = { ...item, ...patch };
  if (patch.mediosExist === 'en-app' && next.evidence.length === 0) {
    next = { ...next, evidence: evidenceFor(item.actionId, records) };
  }
  if (patch.mediosExist === 'no') next = { ...next, result: 'no-verificada' };
  return next;
}

interface Props {
  evaluation: EvaluationHandle;
  review: ReviewHandle | null;
  schoolId: SchoolId;
  pme: PmePlan;
  view: ActaView;
  records: MonitoringRecord[];
  corrects: ActaView | null;
}

function FrozenBanner({ view }: { view: ActaView }) {
  const first = [...view.acta.signatures].sort((a, b) => (a.signedAt < b.signedAt ? -1 : 1))[0];
  return (
    <p className="banner info" data-testid="acta-frozen">
      {first ? `Firmada el ${formatLocalTimestamp(first.signedAt)} por ${first.name}` : 'Firmada'}: el contenido no se
      puede modificar; para corregir cree una corrección. Huella (SHA-256):{' '}
      <code data-testid="acta-hash">{view.hash}</code>
    </p>
  );
}

export function ActaEditor({ evaluation, review, schoolId, pme, view, records, corrects }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const { acta } = view;
  // AV-4: the first signature fixes the content; from then on it is shown as text, never as fields.
  const frozen = view.signed || acta.signatures.length > 0;
  const name = (id: string) => pme.actions.find((x) => x.id === id)?.nombre ?? '(acción eliminada)';
  const edit = (item: ActaItem, patch: Partial<ActaItem>) => {
    const result = evaluation.setActaItem(acta.id, nextItem(item, patch, records));
    if (result.ok) setMessage(null);
    else setMessage(result.code === 'locked' ? ACTA_LOCKED_MESSAGE : `${name(item.actionId)}: ${result.message}`);
  };
  return (
    <section className="acta" data-testid="acta">
      <h3>
        Acta de Verificación del PME {acta.year} · {formatIsoDate(acta.date)}
      </h3>
      {corrects && (
        <p className="muted">
          Corrige el acta del {formatIsoDate(corrects.acta.date)} (huella {corrects.hash.slice(0, 12)}…).
        </p>
      )}
      {frozen && <FrozenBanner view={view} />}
      {view.lateEdits && (
        <p className="banner warning">
          Llegaron cambios hechos sin conexión después de la firma; se conservan, pero el acta firmada no cambia.
        </p>
      )}
      {message && (
        <p className="form-error" role="alert" data-testid="acta-message">
          {message}
        </p>
      )}
      <DocArea kind="evaluation">
        <ActaItems items={acta.items} frozen={frozen} name={name} edit={edit} />
      </DocArea>
      <p data-testid="acta-totals">
        {actaTotals(acta)
          .map(([label, count]) => `${label}: ${count}`)
          .join(' · ')}
      </p>
      <ActaSignatures
        evaluation={evaluation}
        review={review}
        schoolId={schoolId}
        view={view}
        itemName={name}
        setMessage={setMessage}
      />
      {isSigned(acta) && (
        <DocArea kind="evaluation">
          <p>
            <strong data-testid="acta-signed">Acta firmada.</strong>{' '}
            <button type="button" className="link" onClick={() => evaluation.correctActa(acta, localIsoDate())}>
              Crear una corrección
            </button>
          </p>
        </DocArea>
      )}
    </section>
  );
}
