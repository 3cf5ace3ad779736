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
import { evaluationSources, useEvaluationData } from './useEvaluation.ts';
import './evaluation.css';
import { useCurrentUser } from '../session/index.ts';
import { localYear } from '../../domain/calendar/localDates.ts';
import { ConflictPanel } from '../conflicts/index.ts';

type Tab = 'decisiones' | 'participativa' | 'analisis' | 'verificacion' | 'cierre';
const TABS: { id: Tab; label: string }[] = [
  { id: 'decisiones', label: 'Decisiones' },
  { id: 'participativa', label: 'Evaluación participativa' },
  { id: 'analisis', label: 'Análisis' },
  { id: 'verificacion', label: 'Verificación' },
  { id: 'cierre', label: 'Cierre' },
];

export function EvaluationScreen({ schoolId }: { schoolId: SchoolId }) {
  const data = useEvaluationData(schoolId);
  const who = useCurrentUser();
  const [tab, setTab] = useState<Tab>('decisiones');
  const [year, setYear] = useState<number | null>(null);
  const { doc, evaluation, pme, monitoring } = data;
  if (!doc || !evaluation || !pme || !monitoring) return <p className="muted">Abriendo…</p>;
  const years = cycleYears(pme.plan.cycle);
  const thisYear = localYear();
  const selectedYear = year ?? (years.includes(thisYear) ? thisYear : years[0]!);
  const mon = effectiveData(monitoring);
  const finalVersion = pme.versions.filter((v) => v.kind === 'final').at(-1) ?? null;
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
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'primary' : ''} data-testid={`eval-tab-${t.id}`} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </nav>
      {tab === 'decisiones' && <DecisionsTab doc={doc} pme={pme.plan} year={selectedYear} decisions={evaluation.decisions} records={mon.records} who={who.name} />}
      {tab === 'participativa' && <ParticipationTab schoolId={schoolId} participation={data.survey?.aggregate.participation ?? null} />}
      {tab === 'analisis' && (
        <AnalysisTab doc={doc} items={evaluation.projective} sources={evaluationSources(data, selectedYear)!} />
      )}
      {tab === 'verificacion' && <VerificationTab doc={doc} schoolId={schoolId} pme={pme.plan} year={selectedYear} actas={evaluation.actas} records={mon.records} pmeVersionId={finalVersion?.id ?? null} />}
      {tab === 'cierre' && <CloseTab doc={doc} evaluation={evaluation} programme={data.programme} who={who.name} />}
    </section>
  );
}
