// Month 6: decisions from the monitoring data, per acción and per estrategia — continuar, ajustar,
// reprogramar, descontinuar — with the rationale, the records and indicators it rests on, who and when.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type * as Y from 'yjs';
import { z } from 'zod';
import type { PmePlan } from '../../domain/pme/model.ts';
import { DECISION_KINDS, currentDecisions, decisionKindLabel, decisionKindSchema, proposalsForNextYear, type Decision, type DecisionScope } from '../../domain/evaluation/decisions.ts';
import { levelInfo } from '../../domain/monitoring/levels.ts';
import type { MonitoringRecord } from '../../domain/monitoring/records.ts';
import { addDecision } from '../../data/evaluationDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { newId } from './useEvaluation.ts';
import { formatLocalTimestamp } from '../../domain/pme/calendar.ts';
import { formatPercent } from '../../domain/format/numbers.ts';

const formSchema = z.object({
  kind: decisionKindSchema,
  rationale: z.string().trim().min(1, { message: 'Explique en qué evidencia se basa la decisión' }).max(4000),
  proposal: z.string().trim().max(4000),
  recordIds: z.array(z.string()),
  goalIds: z.array(z.string()),
});
type Form = z.input<typeof formSchema>;

function DecisionForm({ doc, scope, targetId, year, records, goals, who, testId, onDone }: { doc: Y.Doc; scope: DecisionScope; targetId: string; year: number; records: MonitoringRecord[]; goals: { id: string; name: string }[]; who: string; testId: string; onDone: () => void }) {
  const { register, handleSubmit, formState } = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { kind: 'continuar', rationale: '', proposal: '', recordIds: [], goalIds: [] } });
  return (
    <form
      className="decision-form"
      noValidate
      data-testid={testId}
      onSubmit={handleSubmit((v) => {
        addDecision(doc, { id: newId(), scope, targetId, year, kind: v.kind, rationale: v.rationale, proposal: v.proposal, recordIds: v.recordIds, goalIds: v.goalIds, decidedBy: who, decidedAt: new Date().toISOString() }, LOCAL_EDIT);
        onDone();
      })}
    >
      <fieldset className="field">
        <legend>Decisión</legend>
        {DECISION_KINDS.map((k) => (
          <label key={k.code} className="check big">
            <input type="radio" value={k.code} {...register('kind')} data-testid={`${testId}-${k.code}`} /> {k.label}
          </label>
        ))}
      </fieldset>
      <div className="field wide">
        <label htmlFor={`${testId}-rationale`}>Fundamento (evidencia)</label>
        <textarea id={`${testId}-rationale`} rows={2} {...register('rationale')} data-testid={`${testId}-rationale`} />
        {formState.errors.rationale && <span className="field-error">{formState.errors.rationale.message}</span>}
      </div>
      <div className="field wide">
        <label htmlFor={`${testId}-proposal`}>Ajuste o reprogramación propuesta</label>
        <textarea id={`${testId}-proposal`} rows={2} {...register('proposal')} />
      </div>
      {records.length > 0 && (
        <fieldset className="field">
          <legend>Registros de monitoreo en que se basa</legend>
          {records.map((r) => (
            <label key={r.id} className="check">
              <input type="checkbox" value={r.id} {...register('recordIds')} /> {r.recordedBy}: {levelInfo(r.level).short}, {formatPercent(r.progress, 0)}
            </label>
          ))}
        </fieldset>
      )}
      {goals.length > 0 && (
        <fieldset className="field">
          <legend>Indicadores en que se basa</legend>
          {goals.map((g) => (
            <label key={g.id} className="check">
              <input type="checkbox" value={g.id} {...register('goalIds')} /> {g.name}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" className="primary" data-testid={`${testId}-save`}>
        Registrar decisión
      </button>{' '}
      <button type="button" onClick={onDone}>
        Cancelar
      </button>
    </form>
  );
}

export function DecisionsTab({ doc, pme, year, decisions, records, who }: { doc: Y.Doc; pme: PmePlan; year: number; decisions: Decision[]; records: MonitoringRecord[]; who: string }) {
  const [open, setOpen] = useState<string | null>(null);
  const current = currentDecisions(decisions.filter((d) => d.year === year));
  const latest = (scope: DecisionScope, id: string) => current.find((d) => d.scope === scope && d.targetId === id);
  const goalsOf = (objectiveId: string) => pme.goals.filter((g) => g.objectiveId === objectiveId).map((g) => ({ id: g.id, name: g.indicator.name || g.text }));
  const proposals = proposalsForNextYear(current);
  const rows: { scope: DecisionScope; id: string; title: string; objectiveId: string }[] = [
    ...pme.strategies.map((s) => ({ scope: 'estrategia' as const, id: s.id, title: s.text, objectiveId: s.objectiveId })),
    ...pme.actions.filter((a) => a.year === year).map((a) => ({ scope: 'accion' as const, id: a.id, title: a.nombre, objectiveId: pme.strategies.find((s) => s.id === a.strategyId)?.objectiveId ?? '' })),
  ];
  return (
    <div>
      <p className="muted">Decisiones tomadas con el equipo a partir de los datos del monitoreo. Cada nueva decisión queda registrada; vale la más reciente.</p>
      <table className="programme-table" data-testid="decisions">
        <tbody>
          {rows.map((r, i) => {
            const d = latest(r.scope, r.id);
            const key = `${r.scope}:${r.id}`;
            return (
              <tr key={key} data-testid={`decision-row-${i}`}>
                <td>
                  <span className="muted">{r.scope === 'accion' ? 'Acción' : 'Estrategia'}:</span> {r.title || '(sin texto)'}
                  {open === key && (
                    <DecisionForm
                      doc={doc}
                      scope={r.scope}
                      targetId={r.id}
                      year={year}
                      records={r.scope === 'accion' ? records.filter((x) => x.actionId === r.id) : []}
                      goals={goalsOf(r.objectiveId)}
                      who={who}
                      testId={`decision-form-${i}`}
                      onDone={() => setOpen(null)}
                    />
                  )}
                </td>
                <td data-testid={`decision-current-${i}`}>
                  {d ? (
                    <>
                      <strong>{decisionKindLabel(d.kind)}</strong> <span className="muted">· {d.decidedBy} · {formatLocalTimestamp(d.decidedAt)}</span>
                      <br />
                      {d.rationale}
                    </>
                  ) : (
                    <span className="muted">Sin decisión</span>
                  )}
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
      {proposals.length > 0 && (
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
      )}
    </div>
  );
}
