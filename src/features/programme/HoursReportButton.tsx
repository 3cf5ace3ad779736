// "Informe de horas y actividades (PDF)" for a period (default: the whole programme).
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { programmeEndDate, type MonthPlan } from '../../domain/programme/index.ts';
import { buildHoursReport } from '../../domain/programme/report/hoursReport.ts';
import type { SessionDraft, StoredEngagement } from '../../data/docs/programme/index.ts';
import { OutputButton, OutputError, saveBlob, useSchoolInfo } from '../files/index.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import { useCurrentUser } from '../session/index.ts';

type Props = { schoolId: SchoolId; engagement: StoredEngagement; plan: MonthPlan[]; sessions: SessionDraft[] };

export function HoursReportButton({ schoolId, engagement, plan, sessions }: Props) {
  const school = useSchoolInfo(schoolId);
  const advisor = useCurrentUser().name;
  const first = plan[0]?.startDate ?? localIsoDate();
  const [from, setFrom] = useState(first);
  const [to, setTo] = useState(plan.length > 0 ? programmeEndDate(plan) : localIsoDate());
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    if (!from || !to || to < from) return setError('Indique un período válido (desde ≤ hasta).');
    setError(null);
    try {
      const { renderHoursReportPdf } = await import('./report/renderHoursReport.ts');
      const today = localIsoDate();
      const content = buildHoursReport({ school, advisor, engagement, plan, sessions, from, to, today });
      const pdf = new Blob([renderHoursReportPdf(content) as BlobPart], { type: 'application/pdf' });
      saveBlob(pdf, `horas-${school.rbd}-${from}-${to}.pdf`);
    } catch (e) {
      console.error('hours report failed', e);
      setError('No se pudo generar el informe. Intente de nuevo.');
    }
  };
  return (
    <div className="inline-form" data-testid="hours-report">
      <div className="field">
        <label htmlFor="hr-from">Desde</label>
        <input id="hr-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="hr-to">Hasta</label>
        <input id="hr-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <OutputButton testId="hours-report-pdf" onClick={download}>
        Informe de horas y actividades (PDF)
      </OutputButton>
      <OutputError error={error} />
    </div>
  );
}
