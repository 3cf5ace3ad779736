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
import { localYear } from '../../domain/shared/localDates.ts';
import { ConflictPanel } from '../conflicts/index.ts';

type Tab = 'decisiones' | 'participativa' | 'analisis' | 'verificacion' | 'cierre';
const TABS: { id: Tab; label: string }[] = [
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
  const [year, setYear] = useState<number | null>(null);
  const { handle, evaluation, pme, monitoring } = data;
  if (!handle || !evaluation || !pme || !monitoring) return <p className="muted">Abriendo…</p>;
  const years = cycleYears(pme.plan.cycle);
  const thisYear = localYear();
  const selectedYear = year ?? (years.includes(thisYear) ? thisYear : years[0]!);
  return (
    <section className="card evaluation">
      <ConflictPanel schoolId={schoolId} kinds={['evaluation']} />
      <a href={`#/escuelas/${schoolId}`}>← Establecimiento</a>
      <h1>Evaluación, verificación y cierre</h1>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="eval-year">Año evaluado</label>
          <select id="eval-year" value={selectedYear} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <EvaluationOutputs schoolId={schoolId} data={data} year={selectedYear} />
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'primary' : ''}
            data-testid={`eval-tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <TabBody {...{ tab, schoolId, year: selectedYear, data, handle, evaluation, pme, monitoring }} />
    </section>
  );
}
