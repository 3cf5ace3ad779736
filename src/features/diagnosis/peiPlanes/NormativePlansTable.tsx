// The six plans the law requires: whether each exists, its year and its objectives.
import { NORMATIVE_PLANS, PLAN_OBJECTIVES_MAX, type PlanRecord } from '../../../domain/diagnosis/peiPlanes.ts';
import { yearError } from '../../../domain/bounds.ts';
import type { PeiPlanesHandle } from '../../../data/docs/diagnosis/index.ts';
import { BoundedNumberInput, LimitedTextarea } from '../../forms/index.ts';

export const planLabel = (code: PlanRecord['code']) => NORMATIVE_PLANS.find((n) => n.code === code)?.label;

function PlanRow({ plan, pei, currentYear }: { plan: PlanRecord; pei: PeiPlanesHandle; currentYear: number }) {
  const meta = NORMATIVE_PLANS.find((n) => n.code === plan.code);
  return (
    <tr>
      <td>
        {meta?.label} <span className="muted">({meta?.law})</span>
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`Existe ${meta?.label}`}
          checked={plan.present}
          onChange={(e) => pei.setPlan({ ...plan, present: e.target.checked })}
        />
      </td>
      <td>
        <BoundedNumberInput
          id={`plan-year-${plan.code}`}
          label={`Año de ${meta?.label}`}
          stored={plan.year}
          check={(y) => yearError(y, currentYear)}
          onSave={(year) => pei.setPlan({ ...plan, year })}
        />
      </td>
      <td>
        <LimitedTextarea
          id={`plan-objectives-${plan.code}`}
          aria-label={`Objetivos de ${meta?.label}`}
          rows={2}
          limit={PLAN_OBJECTIVES_MAX}
          defaultValue={plan.objectives}
          onBlur={(e) => pei.setPlan({ ...plan, objectives: e.target.value })}
        />
      </td>
    </tr>
  );
}

export function NormativePlansTable({ plans, pei }: { plans: PlanRecord[]; pei: PeiPlanesHandle }) {
  const currentYear = new Date().getFullYear();
  return (
    <>
      <h3>Planes requeridos por normativa</h3>
      <table className="participation">
        <thead>
          <tr>
            <th>Plan</th>
            <th>Existe</th>
            <th>Año</th>
            <th>Objetivos</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <PlanRow key={p.code} plan={p} pei={pei} currentYear={currentYear} />
          ))}
        </tbody>
      </table>
    </>
  );
}
