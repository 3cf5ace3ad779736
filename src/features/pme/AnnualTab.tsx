// Fase anual: for one year of the cycle, the school year and SEP budget, the acciones under each
// estrategia, and the budget summary. The tab re-renders when the year's outline changes (an action
// added, moved or deleted); each action card re-renders on its own edits.
import { useMemo, type ReactNode } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { DIMENSIONS, type DimensionCode } from '../../domain/mge/modelo.ts';
import { PME_AREAS } from '../../domain/pme/model.ts';
import { schoolYearOf } from '../../domain/pme/actionRules.ts';
import { defaultSchoolYear } from '../../domain/shared/schoolYear.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';
import type { AnnualOutline } from '../../data/docs/pme/views.ts';
import { useView } from '../session/index.ts';
import { ActionCard } from './ActionCard.tsx';
import { AnnualSettingsForm } from './AnnualSettingsForm.tsx';
import { BudgetSummary } from './BudgetSummary.tsx';
import { NewActionForm } from './NewActionForm.tsx';
import { ProposalsPanel } from './ProposalsPanel.tsx';

function YearBudget({ pme, year }: { pme: PmeHandle; year: number }) {
  const { plan } = useView(pme.views.whole);
  return <BudgetSummary plan={plan} year={year} />;
}

type YearOutline = AnnualOutline;

interface ObjectiveProps {
  pme: PmeHandle;
  year: number;
  outline: YearOutline;
  objective: YearOutline['objectives'][number];
  areaLabel: string;
  card: (actionId: string) => ReactNode;
}

/** One objective's estrategias with their acciones and the form to add one; nothing without estrategias. */
function AnnualObjective({ pme, year, outline, objective: o, areaLabel, card }: ObjectiveProps) {
  const strategies = outline.strategies.filter((s) => s.objectiveId === o.id);
  if (strategies.length === 0) return null;
  const dimension: DimensionCode = DIMENSIONS.some((d) => d.code === o.dimension)
    ? (o.dimension as DimensionCode)
    : 'GP';
  return (
    <section className="pme-annual-objective">
      <h3>
        {areaLabel}: <span className="muted">{o.text || '(objetivo sin texto)'}</span>
      </h3>
      {strategies.map((s) => (
        <div key={s.id} className="pme-annual-strategy" data-strategy-id={s.id}>
          <h4>Estrategia: {s.text || '(sin texto)'}</h4>
          {outline.actions.filter((a) => a.strategyId === s.id).map((a) => card(a.id))}
          <NewActionForm
            pme={pme}
            strategyId={s.id}
            year={year}
            defaultDimension={dimension}
            testId={`new-action-${s.id}`}
          />
        </div>
      ))}
    </section>
  );
}

function OrphanActions({ orphans, card }: { orphans: { id: string }[]; card: (actionId: string) => ReactNode }) {
  if (orphans.length === 0) return null;
  return (
    <section className="pme-annual-objective" data-testid="orphan-actions">
      <h3>Acciones cuya estrategia fue eliminada</h3>
      <p className="muted">Restaure la estrategia desde «Eliminados» o elimine estas acciones.</p>
      {orphans.map((a) => card(a.id))}
    </section>
  );
}

/** Each action's place on the screen (area, objective, estrategia, then the orphans): its test id. */
function screenOrder(outline: AnnualOutline, orphans: readonly { id: string }[]): Map<string, number> {
  const ids: string[] = [];
  for (const area of PME_AREAS) {
    for (const o of outline.objectives.filter((x) => x.dimension === area.code)) {
      for (const s of outline.strategies.filter((x) => x.objectiveId === o.id)) {
        ids.push(...outline.actions.filter((a) => a.strategyId === s.id).map((a) => a.id));
      }
    }
  }
  ids.push(...orphans.map((a) => a.id));
  return new Map(ids.map((id, i) => [id, i]));
}

/** The tab in screen order: settings, proposals, acciones per estrategia, budget. */
export function AnnualTab({ pme, year, schoolId }: { pme: PmeHandle; year: number; schoolId: SchoolId }) {
  const outline = useView(pme.views.year(year));
  const { settings } = outline;
  const fallback = useMemo(() => defaultSchoolYear(year), [year]);
  const schoolYear = useMemo(() => schoolYearOf({ annual: settings ? [settings] : [] }, year), [settings, year]);
  const strategyIds = new Set(outline.strategies.map((s) => s.id));
  const orphans = outline.actions.filter((a) => !strategyIds.has(a.strategyId));
  const order = screenOrder(outline, orphans);
  const card = (id: string) => (
    <ActionCard
      key={id}
      pme={pme}
      actionId={id}
      schoolYear={schoolYear}
      testId={`action-${order.get(id)}`}
      schoolId={schoolId}
    />
  );
  return (
    <div>
      <AnnualSettingsForm pme={pme} year={year} settings={settings} fallback={fallback} />
      <ProposalsPanel schoolId={schoolId} pme={pme} year={year} />
      {outline.strategies.length === 0 && (
        <p className="muted">
          Las acciones se agregan bajo una estrategia: defina primero objetivos y estrategias en la fase estratégica.
        </p>
      )}
      {PME_AREAS.map((area) =>
        outline.objectives
          .filter((o) => o.dimension === area.code)
          .map((o) => (
            <AnnualObjective key={o.id} {...{ pme, year, outline, objective: o, areaLabel: area.label, card }} />
          )),
      )}
      <OrphanActions orphans={orphans} card={card} />
      <YearBudget pme={pme} year={year} />
    </div>
  );
}
