// The prioritisation matrix of a participatory session: problems (from the diagnosis' weaknesses,
// proposed or marked by the team, or written by the team), scored 1–5 on two criteria by each
// participant, ordered by the product of the mean scores. Rows keep their place while scores are
// given; "Ordenar por puntaje" (or coming back to the screen) orders them. The problems marked here
// are the priorities the PME starts from.
import { useMemo } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  PRIORITISATION_METHODS,
  isOutOfOrder,
  prioritise,
  prioritisationMethodSchema,
  weaknessesToOffer,
  type PrioritisationMethod,
  type PrioritisedProblem,
} from '../../domain/diagnosis/prioritisation.ts';
import { aggregateDiagnosis } from '../../domain/diagnosis/aggregation.ts';
import { proposeFindings } from '../../domain/diagnosis/findings.ts';
import { applyFindingOverrides } from '../../domain/diagnosis/findingOverrides.ts';
import type { PrioritisationHandle, StoredProblem } from '../../data/docs/diagnosis/index.ts';
import { useView } from '../session/index.ts';
import { AddTextForm } from '../forms/index.ts';
import { useDiagnosis, useSurvey } from './useSurvey.ts';
import { ProblemRow } from './prioritisation/ProblemRow.tsx';
import { useStableOrder } from './prioritisation/useStableOrder.ts';
import { EditableArea } from '../screenShell/index.ts';

type FindingOverrides = Parameters<typeof applyFindingOverrides>[1];

/** The weaknesses the team kept after its review, not yet written as problems. */
function useWeaknessesToOffer(schoolId: SchoolId, problems: StoredProblem[], overrides: FindingOverrides) {
  const diagnosis = useSurvey(schoolId);
  const findings = useMemo(
    () => proposeFindings(aggregateDiagnosis(diagnosis.instruments, diagnosis.responses, diagnosis.population)),
    [diagnosis.instruments, diagnosis.responses, diagnosis.population],
  );
  return weaknessesToOffer(applyFindingOverrides(findings, overrides), new Set(problems.map((p) => p.text)));
}

function MethodSelect({ method, priorities }: { method: PrioritisationMethod; priorities: PrioritisationHandle }) {
  return (
    <div className="field">
      <label htmlFor="prio-method">Método</label>
      <select
        id="prio-method"
        value={method}
        onChange={(e) => {
          const m = prioritisationMethodSchema.safeParse(e.target.value);
          if (m.success) priorities.setMethod(m.data);
        }}
      >
        {PRIORITISATION_METHODS.map((m) => (
          <option key={m.code} value={m.code}>
            {m.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TableProps {
  rows: PrioritisedProblem[];
  problems: StoredProblem[];
  method: PrioritisationMethod;
  priorities: PrioritisationHandle;
}

function ProblemTable({ rows, problems, method, priorities }: TableProps) {
  const { criteria } = PRIORITISATION_METHODS.find((m) => m.code === method) ?? PRIORITISATION_METHODS[0];
  const byId = new Map(problems.map((p) => [p.id, p]));
  return (
    <table className="participation" data-testid="priorities">
      <thead>
        <tr>
          <th>N°</th>
          <th>Problema</th>
          <th>{criteria[0].label}</th>
          <th>{criteria[1].label}</th>
          <th>Prioridad</th>
          <th>Puntajes</th>
          <th>Para el PME</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <ProblemRow
            key={p.id}
            problem={p}
            stored={byId.get(p.id)}
            criteria={[criteria[0].label, criteria[1].label]}
            priorities={priorities}
          />
        ))}
      </tbody>
    </table>
  );
}

export function PrioritisationScreen({ schoolId }: { schoolId: SchoolId }) {
  const handle = useDiagnosis(schoolId);
  const matrix = useView(handle?.priorities.view);
  // The team's review of the findings lives in the same diagnosis document.
  const overrides = useView(handle?.review.overrides);
  const ranked = useMemo(() => (matrix ? prioritise(matrix.problems) : []), [matrix]);
  const { rows, resort } = useStableOrder(ranked, matrix !== undefined && overrides !== undefined);
  const toOffer = useWeaknessesToOffer(schoolId, matrix?.problems ?? [], overrides ?? {});
  if (!handle || !matrix || !overrides) return <p className="muted">Abriendo…</p>;
  const priorities = handle.priorities;
  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/diagnostico`}>← Diagnóstico</a>
      <h1>Priorización de problemas</h1>
      <EditableArea kind="diagnosis">
        <MethodSelect method={matrix.method} priorities={priorities} />
        {toOffer.length > 0 && (
          <button type="button" onClick={() => toOffer.forEach((t) => priorities.addProblem(t))}>
            Agregar las debilidades del diagnóstico como problemas ({toOffer.length})
          </button>
        )}
        <AddTextForm
          inputId="prio-new"
          label="Nuevo problema"
          submitLabel="Agregar"
          maxLength={500}
          onAdd={(t) => priorities.addProblem(t)}
        />
        <p className="actions">
          <button type="button" disabled={!isOutOfOrder(rows, ranked)} onClick={resort}>
            Ordenar por puntaje
          </button>
        </p>
        <ProblemTable rows={rows} problems={matrix.problems} method={matrix.method} priorities={priorities} />
      </EditableArea>
    </section>
  );
}
