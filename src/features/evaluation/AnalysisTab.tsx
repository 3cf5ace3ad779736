// Month 7: cumplimiento de acciones, logro de metas, estrategias and objectives, impact (diagnosis
// against evaluation, and results over the years) and the evaluación proyectiva.
import { useState } from 'react';
import type * as Y from 'yjs';
import type { PmePlan } from '../../domain/pme/model.ts';
import { formatPesos } from '../../domain/pme/money.ts';
import { complianceReport } from '../../domain/evaluation/compliance.ts';
import { categoryLabel, goalAchievements } from '../../domain/evaluation/goals.ts';
import { objectiveEvaluations, strategyEvaluations } from '../../domain/evaluation/objectives.ts';
import { participatoryImpact, resultsSeries, type ResultsData } from '../../domain/evaluation/impact.ts';
import { projectiveEvaluation, type ProjectiveItem } from '../../domain/evaluation/projective.ts';
import type { Decision } from '../../domain/evaluation/decisions.ts';
import type { MonitoringCycle } from '../../domain/monitoring/cycles.ts';
import type { IndicatorMeasurement, MonitoringRecord } from '../../domain/monitoring/records.ts';
import type { DiagnosisAggregate } from '../../domain/diagnosis/aggregation.ts';
import { putProjectiveItem, removeProjectiveItem } from '../../data/evaluationDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { num, pct } from '../../domain/evaluation/report/reportFormat.ts';
import { newId } from './useEvaluation.ts';

export interface AnalysisInput {
  pme: PmePlan;
  year: number;
  records: MonitoringRecord[];
  measurements: IndicatorMeasurement[];
  cycles: MonitoringCycle[];
  diagnosis: DiagnosisAggregate | null;
  evaluation: DiagnosisAggregate | null;
  results: ResultsData | null;
  decisions: Decision[];
}

export function analyse(input: AnalysisInput) {
  const { pme, year } = input;
  const actions = pme.actions.filter((a) => a.year === year);
  const cycles = input.cycles.filter((c) => c.year === year);
  const compliance = complianceReport({ actions, strategies: pme.strategies, records: input.records, cycles });
  const achievements = goalAchievements(pme, input.measurements);
  return {
    compliance,
    achievements,
    objectives: objectiveEvaluations(pme, achievements),
    strategies: strategyEvaluations(pme, compliance.actions, achievements),
    impact: input.diagnosis && input.evaluation ? participatoryImpact(input.diagnosis, input.evaluation) : null,
    series: input.results ? resultsSeries(input.results) : [],
    projective: projectiveEvaluation(year, input.decisions, pme, achievements),
  };
}


export function AnalysisTab({ doc, input, items }: { doc: Y.Doc; input: AnalysisInput; items: ProjectiveItem[] }) {
  const a = analyse(input);
  const [text, setText] = useState('');
  const [list, setList] = useState<ProjectiveItem['list']>('keep');
  const t = a.compliance.total;
  return (
    <div className="analysis" data-testid="analysis">
      <section>
        <h3>Cumplimiento de acciones {input.year}</h3>
        <p data-testid="compliance-total">
          {t.actions} acciones: {t.counts.cumplida} cumplidas ({pct(t.percents.cumplida)}), {t.counts.parcial} parcialmente ({pct(t.percents.parcial)}), {t.counts['no-realizada']} no realizadas ({pct(t.percents['no-realizada'])}). Ejecutado {formatPesos(t.executed)} de {formatPesos(t.planned)} ({pct(t.executedPercent)}).
        </p>
        <table className="programme-table">
          <thead>
            <tr>
              <th>Dimensión</th>
              <th>Acciones</th>
              <th>Cumplidas</th>
              <th>Avance promedio</th>
              <th>Ejecutado</th>
            </tr>
          </thead>
          <tbody>
            {a.compliance.byDimension.filter((g) => g.actions > 0).map((g) => (
              <tr key={g.key}>
                <td>{g.label}</td>
                <td>{g.actions}</td>
                <td>{pct(g.percents.cumplida)}</td>
                <td>{pct(g.meanProgress)}</td>
                <td>{pct(g.executedPercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>Logro de metas</h3>
        <table className="programme-table" data-testid="goal-achievement">
          <thead>
            <tr>
              <th>Meta (indicador)</th>
              <th>Línea base</th>
              <th>Valor final</th>
              <th>Meta</th>
              <th>Distancia recorrida</th>
              <th>Logro</th>
            </tr>
          </thead>
          <tbody>
            {a.achievements.map((g) => (
              <tr key={g.goalId} data-goal-id={g.goalId}>
                <td>{g.name}</td>
                <td>{num(g.baseline)}</td>
                <td>{num(g.final?.value ?? null)}</td>
                <td>{g.target ? `${num(g.target.value)} (${g.target.year})` : '—'}</td>
                <td className="goal-covered">{pct(g.coveredPercent)}</td>
                <td className={`status goal-${g.category}`}>{categoryLabel(g.category)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h4>Acercamiento a los objetivos estratégicos</h4>
        <ul>
          {a.objectives.map((o) => (
            <li key={o.objectiveId}>
              {o.text}: {pct(o.meanCoveredPercent)} · {categoryLabel(o.category)}
            </li>
          ))}
        </ul>
        <h4>Estrategias</h4>
        <ul>
          {a.strategies.filter((s) => s.actions > 0).map((s) => (
            <li key={s.strategyId}>
              {s.text}: {pct(s.cumplidaPercent)} de acciones cumplidas, avance medio {pct(s.meanCompliance)}, metas {categoryLabel(s.goals.category).toLowerCase()}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Impacto: diagnóstico y evaluación</h3>
        {!a.impact ? (
          <p className="muted">Se necesitan respuestas del diagnóstico y de la evaluación.</p>
        ) : (
          <table className="programme-table" data-testid="impact">
            <thead>
              <tr>
                <th>Dimensión</th>
                <th>Diagnóstico</th>
                <th>Evaluación</th>
                <th>Cambio</th>
              </tr>
            </thead>
            <tbody>
              {a.impact.dimensions.map((d) => (
                <tr key={d.code}>
                  <td>{d.label}</td>
                  <td>
                    <span className="mini-bar" style={{ width: `${((d.overall.before ?? 0) / 4) * 100}%` }} /> {num(d.overall.before, 2)}
                  </td>
                  <td>
                    <span className="mini-bar after" style={{ width: `${((d.overall.after ?? 0) / 4) * 100}%` }} /> {num(d.overall.after, 2)}
                  </td>
                  <td>{d.overall.delta === null ? '—' : `${d.overall.delta > 0 ? '+' : ''}${num(d.overall.delta, 2)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {a.series.length > 0 && (
          <>
            <h4>Resultados a lo largo de los años</h4>
            <ul>
              {a.series.map((s) => (
                <li key={s.key}>
                  {s.label}: {s.points.map((p) => `${p.year}: ${num(p.value)}`).join(' · ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section data-testid="projective">
        <h3>Evaluación proyectiva para {input.year + 1}</h3>
        <p className="muted">Sugerido desde las decisiones y el logro de metas; el equipo lo redacta.</p>
        {(
          [
            ['keep', 'Mantener', a.projective.keep.map((e) => e.label)],
            ['change', 'Cambiar', a.projective.change.map((e) => `${e.label}${e.proposal ? `: ${e.proposal}` : ''}`)],
            ['add', 'Agregar', a.projective.add.map((e) => `Abordar la meta «${e.label}» (${categoryLabel(e.category).toLowerCase()})`)],
            ['drop', 'Dejar de hacer', a.projective.drop.map((e) => e.label)],
          ] as const
        ).map(([code, label, suggested]) => (
          <div key={code}>
            <h4>{label}</h4>
            <ul>
              {suggested.map((s, i) => (
                <li key={`s${i}`} className="muted">
                  {s}
                </li>
              ))}
              {items.filter((i) => i.list === code).map((i) => (
                <li key={i.id}>
                  {i.text}{' '}
                  <button type="button" className="link" onClick={() => removeProjectiveItem(doc, i.id, LOCAL_EDIT)}>
                    Quitar
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            putProjectiveItem(doc, { id: newId(), list, text: text.trim(), decisionId: null, goalIds: [] }, LOCAL_EDIT);
            setText('');
          }}
        >
          <select aria-label="Lista" value={list} onChange={(e) => setList(e.target.value as ProjectiveItem['list'])}>
            <option value="keep">Mantener</option>
            <option value="change">Cambiar</option>
            <option value="add">Agregar</option>
            <option value="drop">Dejar de hacer</option>
          </select>
          <input aria-label="Texto de la evaluación proyectiva" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">Agregar</button>
        </form>
      </section>
    </div>
  );
}
