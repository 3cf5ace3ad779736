// Month 6: decisions from the monitoring data, per acción and per estrategia — continuar, ajustar,
// reprogramar, descontinuar — with the rationale, the records and indicators it rests on, who and when.
import { useState } from 'react';
import type { PmePlan } from '../../domain/pme/model.ts';
import {
  currentDecisions,
  decisionKindLabel,
  proposalsForNextYear,
  type Decision,
  type DecisionScope,
} from '../../domain/evaluation/decisions.ts';
import type { MonitoringRecord } from '../../domain/monitoring/records.ts';
import type { EvaluationHandle } from '../../data/docs/evaluation/index.ts';
import { formatLocalTimestamp } from '../../domain/shared/localDates.ts';
import { DecisionForm } from './DecisionForm.tsx';

interface Props {
  evaluation: EvaluationHandle;
  pme: PmePlan;
  year: number;
  decisions: Decision[];
  records: MonitoringRecord[];
}

type Row = { scope: DecisionScope; id: string; title: string; objectiveId: string };

/** The rows to decide on: every estrategia, then the year's actions. */
function rowsOf(pme: PmePlan, year: number): Row[] {
  const objectiveOf = (strategyId: string) => pme.strategies.find((s) => s.id === strategyId)?.objectiveId ?? '';
  return [
    ...pme.strategies.map((s) => ({
      scope: 'estrategia' as const,
      id: s.id,
      title: s.text,
      objectiveId: s.objectiveId,
    })),
    ...pme.actions
      .filter((a) => a.year === year)
      .map((a) => ({ scope: 'accion' as const, id: a.id, title: a.nombre, objectiveId: objectiveOf(a.strategyId) })),
  ];
}

function CurrentDecision({ decision: d }: { decision: Decision | undefined }) {
  if (!d) return <span className="muted">Sin decisión</span>;
  return (
    <>
      <strong>{decisionKindLabel(d.kind)}</strong>{' '}
      <span className="muted">
        · {d.decidedBy} · {formatLocalTimestamp(d.decidedAt)}
      </span>
      <br />
      {d.rationale}
    </>
  );
}

type Proposal = ReturnType<typeof proposalsForNextYear>[number];

function Proposals({ year, proposals, rows }: { year: number; proposals: Proposal[]; rows: Row[] }) {
  if (proposals.length === 0) return null;
  return (
    <section data-testid="proposals">
      <h3>Propuestas para el plan anual {year + 1}</h3>
      <ul>
        {proposals.map((p) => (
          <li key={p.decisionId}>
            {decisionKindLabel(p.kind)}: {rows.find((r) => r.id === p.targetId)?.title ?? p.targetId}
            {p.proposal ? ` — ${p.proposal}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DecisionsTab({ evaluation, pme, year, decisions, records }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const current = currentDecisions(decisions.filter((d) => d.year === year));
  const latest = (scope: DecisionScope, id: string) => current.find((d) => d.scope === scope && d.targetId === id);
  const goalsOf = (objectiveId: string) =>
    pme.goals.filter((g) => g.objectiveId === objectiveId).map((g) => ({ id: g.id, name: g.indicator.name || g.text }));
  const proposals = proposalsForNextYear(current);
  const rows = rowsOf(pme, year);
  return (
    <div>
      <p className="muted">
        Decisiones tomadas con el equipo a partir de los datos del monitoreo. Cada nueva decisión queda registrada; vale
        la más reciente.
      </p>
      <table className="programme-table" data-testid="decisions">
        <tbody>
          {rows.map((r, i) => {
            const d = latest(r.scope, r.id);
            const key = `${r.scope}:${r.id}`;
            return (
              <tr key={key} data-testid={`decision-row-${i}`}>
                <td>
                  <span className="muted">{r.scope === 'accion' ? 'Acción' : 'Estrategia'}:</span>{' '}
                  {r.title || '(sin texto)'}
                  {open === key && (
                    <DecisionForm
                      evaluation={evaluation}
                      scope={r.scope}
                      targetId={r.id}
                      year={year}
                      records={r.scope === 'accion' ? records.filter((x) => x.actionId === r.id) : []}
                      goals={goalsOf(r.objectiveId)}
                      testId={`decision-form-${i}`}
                      onDone={() => setOpen(null)}
                    />
                  )}
                </td>
                <td data-testid={`decision-current-${i}`}>
                  <CurrentDecision decision={d} />
                </td>
                <td>
                  {open !== key && (
                    <button type="button" className="link" onClick={() => setOpen(key)} data-testid={`decide-${i}`}>
                      {d ? 'Nueva decisión' : 'Decidir'}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Proposals year={year} proposals={proposals} rows={rows} />
    </div>
  );
}
