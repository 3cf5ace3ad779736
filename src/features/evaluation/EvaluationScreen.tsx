// Months 6–8: decisions from the data, the participatory evaluation, the analysis (cumplimiento,
// logro de metas, impact, evaluación proyectiva), the Acta de Verificación and the close.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { cycleYears } from '../../domain/pme/model.ts';
import { AnalysisTab } from './AnalysisTab.tsx';
import { CloseTab } from './CloseTab.tsx';
import { DecisionsTab } from './DecisionsTab.tsx';
import { EvaluationOutputs } from './EvaluationOutputs.tsx';
import { ParticipationTab } from './ParticipationTab.tsx';
import { VerificationTab } from './VerificationTab.tsx';
import { effectiveData } from '../monitoring/report/index.ts';
import { evaluationSources, useEvaluationData, type EvaluationData } from './useEvaluation.ts';
import type { EvaluationContent, EvaluationHandle } from '../../data/docs/evaluation/index.ts';
import type { MonitoringView } from '../../data/docs/evaluation/otherDocs.ts';
import type { PmeView } from '../../data/docs/pme/read.ts';
import './evaluation.css';
import { EditableArea, ScreenShell, TabButtons, YearField, useYearChoice, type TabDef } from '../screenShell/index.ts';

type Tab = 'decisiones' | 'participativa' | 'analisis' | 'verificacion' | 'cierre';
const TABS: TabDef<Tab>[] = [
  { id: 'decisiones', label: 'Decisiones' },
  { id: 'participativa', label: 'Evaluación participativa' },
  { id: 'analisis', label: 'Análisis' },
  { id: 'verificacion', label: 'Verificación' },
  { id: 'cierre', label: 'Cierre' },
];

interface TabProps {
  tab: Tab;
  schoolId: SchoolId;
  year: number;
  data: EvaluationData;
  handle: EvaluationHandle;
  evaluation: EvaluationContent;
  pme: PmeView;
  monitoring: MonitoringView;
}

function TabBody({ tab, schoolId, year, data, handle, evaluation, pme, monitoring }: TabProps) {
  const { records } = effectiveData(monitoring);
  const finalVersion = pme.versions.filter((v) => v.kind === 'final').at(-1) ?? null;
  switch (tab) {
    case 'decisiones':
      return (
        <DecisionsTab
          evaluation={handle}
          pme={pme.plan}
          year={year}
          decisions={evaluation.decisions}
          records={records}
        />
      );
    case 'participativa':
      return <ParticipationTab schoolId={schoolId} participation={data.survey?.aggregate.participation ?? null} />;
    case 'analisis':
      return <AnalysisTab evaluation={handle} items={evaluation.projective} sources={evaluationSources(data, year)!} />;
    case 'verificacion':
      return (
        <VerificationTab
          evaluation={handle}
          review={data.review}
          schoolId={schoolId}
          pme={pme.plan}
          year={year}
          actas={evaluation.actas}
          records={records}
          pmeVersionId={finalVersion?.id ?? null}
        />
      );
    case 'cierre':
      return <CloseTab handle={handle} evaluation={evaluation} programme={data.programme} />;
  }
}

export function EvaluationScreen({ schoolId }: { schoolId: SchoolId }) {
  const data = useEvaluationData(schoolId);
  const [tab, setTab] = useState<Tab>('decisiones');
  const { handle, evaluation, pme, monitoring } = data;
  const years = pme ? cycleYears(pme.plan.cycle) : [];
  const [selectedYear, setYear] = useYearChoice(years);
  if (!handle || !evaluation || !pme || !monitoring) return <p className="muted">Abriendo…</p>;
  return (
    <ScreenShell schoolId={schoolId} kind="evaluation" className="evaluation" title="Evaluación, verificación y cierre">
      <div className="inline-form">
        <YearField id="eval-year" label="Año evaluado" years={years} value={selectedYear} onChange={setYear} />
      </div>
      <EvaluationOutputs schoolId={schoolId} data={data} year={selectedYear} />
      <nav className="tabs" role="tablist">
        <TabButtons tabs={TABS} current={tab} onSelect={setTab} testIdPrefix="eval-tab-" />
      </nav>
      {tab === 'verificacion' ? (
        // Marks its own editable parts: a sostenedor signs there (review document, CM-5) while the acta stays
        // read-only to them; a fieldset around the whole tab would disable their signature too.
        <TabBody {...{ tab, schoolId, year: selectedYear, data, handle, evaluation, pme, monitoring }} />
      ) : (
        <EditableArea kind="evaluation">
          <TabBody {...{ tab, schoolId, year: selectedYear, data, handle, evaluation, pme, monitoring }} />
        </EditableArea>
      )}
    </ScreenShell>
  );
}
