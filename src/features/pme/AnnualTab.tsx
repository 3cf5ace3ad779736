// Fase anual: for one year of the cycle, the school year and SEP budget, the acciones under each
// estrategia, and the budget summary.
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { DIMENSIONS, type DimensionCode } from '../../domain/mge/modelo.ts';
import { PME_AREAS, type PmePlan } from '../../domain/pme/model.ts';
import { schoolYearOf } from '../../domain/pme/actionRules.ts';
import { defaultSchoolYear } from '../../domain/pme/calendar.ts';
import { ActionCard } from './ActionCard.tsx';
import { AnnualSettingsForm } from './AnnualSettingsForm.tsx';
import { BudgetSummary } from './BudgetSummary.tsx';
import { NewActionForm } from './NewActionForm.tsx';
import { ProposalsPanel } from './ProposalsPanel.tsx';

export function AnnualTab({ doc, plan, year, userName, schoolId }: { doc: Y.Doc; plan: PmePlan; year: number; userName: string; schoolId: SchoolId }) {
  const settings = plan.annual.find((a) => a.year === year);
  const fallback = useMemo(() => defaultSchoolYear(year), [year]);
  const schoolYear = schoolYearOf(plan, year);
  const actions = plan.actions.filter((a) => a.year === year);
  const strategyIds = new Set(plan.strategies.map((s) => s.id));
  const orphans = actions.filter((a) => !strategyIds.has(a.strategyId));
  let n = 0;
  return (
    <div>
      <AnnualSettingsForm doc={doc} year={year} settings={settings} fallback={fallback} />
      <ProposalsPanel schoolId={schoolId} plan={plan} year={year} />
      {plan.strategies.length === 0 && <p className="muted">Las acciones se agregan bajo una estrategia: defina primero objetivos y estrategias en la fase estratégica.</p>}
      {PME_AREAS.map((area) =>
        plan.objectives
          .filter((o) => o.dimension === area.code)
          .map((o) => {
            const strategies = plan.strategies.filter((s) => s.objectiveId === o.id);
            if (strategies.length === 0) return null;
            const dimension: DimensionCode = DIMENSIONS.some((d) => d.code === o.dimension) ? (o.dimension as DimensionCode) : 'GP';
            return (
              <section key={o.id} className="pme-annual-objective">
                <h3>
                  {area.label}: <span className="muted">{o.text || '(objetivo sin texto)'}</span>
                </h3>
                {strategies.map((s) => {
                  const list = actions.filter((a) => a.strategyId === s.id);
                  return (
                    <div key={s.id} className="pme-annual-strategy" data-strategy-id={s.id}>
                      <h4>Estrategia: {s.text || '(sin texto)'}</h4>
                      {list.map((a) => (
                        <ActionCard key={a.id} doc={doc} action={a} schoolYear={schoolYear} userName={userName} testId={`action-${n++}`} />
                      ))}
                      <NewActionForm doc={doc} strategyId={s.id} year={year} defaultDimension={dimension} testId={`new-action-${s.id}`} />
                    </div>
                  );
                })}
              </section>
            );
          }),
      )}
      {orphans.length > 0 && (
        <section className="pme-annual-objective" data-testid="orphan-actions">
          <h3>Acciones cuya estrategia fue eliminada</h3>
          <p className="muted">Restaure la estrategia desde «Eliminados» o elimine estas acciones.</p>
          {orphans.map((a) => (
            <ActionCard key={a.id} doc={doc} action={a} schoolYear={schoolYear} userName={userName} testId={`action-${n++}`} />
          ))}
        </section>
      )}
      <BudgetSummary plan={plan} year={year} />
    </div>
  );
}
