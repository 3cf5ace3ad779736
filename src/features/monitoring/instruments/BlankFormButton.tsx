// «Formulario en blanco (PDF)»: the instrument printed to fill by hand in the corte shown (MX-6); jspdf
// loads on demand.
import { fileSlug } from '../../../domain/shared/text.ts';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../../domain/pme/model.ts';
import type { MonitoringCycle } from '../../../domain/monitoring/cycles.ts';
import type { MonitoringInstrument } from '../../../domain/monitoring/instruments.ts';
import type { MonitoringPlan } from '../../../domain/monitoring/plan.ts';
import { blankFormContent } from '../../../domain/monitoring/report/blankForm.ts';
import { localIsoDate, localYear } from '../../../domain/shared/localDates.ts';
import { OutputError, saveBlob, useFileAction, useSchoolInfo } from '../../files/index.ts';

interface Props {
  schoolId: SchoolId;
  instrument: MonitoringInstrument;
  pme: PmePlan;
  plans: readonly MonitoringPlan[];
  cycle: MonitoringCycle | null;
}

export function BlankFormButton({ schoolId, instrument, pme, plans, cycle }: Props) {
  const school = useSchoolInfo(schoolId);
  const { busy, error, run } = useFileAction('monitoring');
  const year = cycle?.year ?? localYear();
  const make = () =>
    run('blank', async () => {
      const { renderBlankFormPdf } = await import('../report/renderBlankForm.ts');
      const plan = plans.find((p) => p.year === year) ?? null;
      const content = blankFormContent({ school, instrument, pme, plan, corte: cycle, year, date: localIsoDate() });
      saveBlob(
        new Blob([renderBlankFormPdf(content) as BlobPart], { type: 'application/pdf' }),
        `formulario-${fileSlug(instrument.title)}-${school.rbd}${cycle ? `-${fileSlug(cycle.name)}` : ''}.pdf`,
      );
    });
  return (
    <>
      <button type="button" className="link" data-testid="blank-form" disabled={busy !== null} onClick={make}>
        {busy ? 'Generando…' : 'Formulario en blanco (PDF)'}
      </button>
      <OutputError error={error} />
    </>
  );
}
