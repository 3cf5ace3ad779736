// Month 8: the Acta de Verificación del PME. Per action: whether its medios de verificación exist
// (in the app, on paper, or not), the result and observations; signed on the tablet by the director
// and the advisor (and optionally the sostenedor). The first signature fixes its content, shown with
// its hash; a signed acta is never edited — a correction is a new acta linked to it.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import type { MonitoringRecord } from '../../domain/monitoring/records.ts';
import { currentActas } from '../../domain/evaluation/acta.ts';
import type { ActaView, EvaluationHandle } from '../../data/docs/evaluation/index.ts';
import { ActaEditor } from './verification/ActaEditor.tsx';
import type { ReviewHandle } from '../../data/docs/review/index.ts';
import { DocArea, ReadOnlyNotice } from '../screenShell/index.ts';

interface Props {
  evaluation: EvaluationHandle;
  /** Where the sostenedor signs (CM-5); absent, the sostenedor cannot sign here. */
  review?: ReviewHandle | null;
  schoolId: SchoolId;
  pme: PmePlan;
  year: number;
  actas: ActaView[];
  records: MonitoringRecord[];
  pmeVersionId: string | null;
}

export function VerificationTab({ evaluation, review, schoolId, pme, year, actas, records, pmeVersionId }: Props) {
  const mine = actas.filter((a) => a.acta.year === year);
  const current = currentActas(mine.map((a) => a.acta)).map((a) => mine.find((m) => m.acta.id === a.id)!);
  const create = () => {
    const actionIds = pme.actions.filter((a) => a.year === year).map((a) => a.id);
    evaluation.prepareActa({ schoolId, year, pmeVersionId, actionIds, date: localIsoDate() });
  };
  return (
    <div>
      <ReadOnlyNotice kind="evaluation" />
      {current.length === 0 && (
        <DocArea kind="evaluation">
          <button type="button" className="primary" onClick={create} data-testid="create-acta">
            Preparar Acta de Verificación {year}
          </button>
        </DocArea>
      )}
      {current.map((a) => (
        <ActaEditor
          key={a.acta.id}
          evaluation={evaluation}
          review={review ?? null}
          schoolId={schoolId}
          pme={pme}
          view={a}
          records={records}
          corrects={mine.find((m) => m.acta.id === a.acta.correctsActaId) ?? null}
        />
      ))}
      {mine.length > current.length && (
        <p className="muted">
          Hay {mine.length - current.length} acta(s) anteriores reemplazadas por una corrección; se conservan.
        </p>
      )}
    </div>
  );
}
