// The figures of the evaluation of one annual plan, computed once: the Análisis screen and the
// Informe de Evaluación (and the dossier's copy of it) call `evaluationFigures(evaluationInputs(…))`
// and only format what comes back, so a figure cannot differ between them.
//
// The inputs, fixed here and nowhere else:
// - EV-1 The year evaluated is the annual plan's year: its actions (plan order of the PME document,
//   planIndex.ts), its cortes (cycles of that year), the effective monitoring records.
// - EV-2 Logro de metas is measured against each goal's target FOR THAT YEAR (goals.ts LM-2 with
//   `targetYear`), with the latest measurement dated on or before 31 December of that year (LM-1
//   `until`): a measurement of a later year never counts for an earlier plan. The year and the
//   target are printed beside every figure ("Meta 2027: 22").
// - EV-3 Impact compares the diagnosis and the evaluation over the stakeholder groups that answered
//   both (impact.ts IM-2); which groups each side has is part of the figures.
import type { DiagnosisAggregate } from '../diagnosis/aggregation.ts';
import type { MonitoringCycle } from '../monitoring/cycles.ts';
import type { IndicatorMeasurement, MonitoringRecord } from '../monitoring/records.ts';
import type { PmeAction, PmePlan } from '../pme/model.ts';
import { actionsOfYear } from '../pme/report/planIndex.ts';
import { complianceReport, type ComplianceReport } from './compliance.ts';
import type { Decision } from './decisions.ts';
import { goalAchievements, type GoalAchievement } from './goals.ts';
import {
  participatoryImpact,
  resultsSeries,
  type ParticipatoryImpact,
  type ResultsData,
  type ResultsSeries,
} from './impact.ts';
import {
  objectiveEvaluations,
  strategyEvaluations,
  type ObjectiveEvaluation,
  type StrategyEvaluation,
} from './objectives.ts';
import { projectiveEvaluation, type ProjectiveEvaluation } from './projective.ts';

/** What the screen and the report both start from. `cycles`: every corte (filtered to the year here). */
export interface EvaluationSources {
  year: number;
  pme: PmePlan;
  cycles: readonly MonitoringCycle[];
  /** Effective records (closed cortes from their snapshots). */
  records: readonly MonitoringRecord[];
  measurements: readonly IndicatorMeasurement[];
  decisions: readonly Decision[];
  /** Participatory aggregates (diagnosis/aggregation.ts); null without responses. */
  diagnosis: DiagnosisAggregate | null;
  evaluation: DiagnosisAggregate | null;
  results: ResultsData | null;
}

export interface EvaluationInputs {
  year: number;
  pme: PmePlan;
  /** EV-1. */
  actions: PmeAction[];
  cycles: MonitoringCycle[];
  records: readonly MonitoringRecord[];
  measurements: readonly IndicatorMeasurement[];
  /** EV-2: the target of `targetYear`, measurements until the year's last day. */
  goals: { targetYear: number; until: string };
  decisions: readonly Decision[];
  diagnosis: DiagnosisAggregate | null;
  evaluation: DiagnosisAggregate | null;
  results: ResultsData;
}

export interface EvaluationFigures {
  inputs: EvaluationInputs;
  compliance: ComplianceReport;
  achievements: GoalAchievement[];
  objectives: ObjectiveEvaluation[];
  strategies: StrategyEvaluation[];
  /** EV-3; null when either side has no responses. */
  impact: ParticipatoryImpact | null;
  series: ResultsSeries[];
  projective: ProjectiveEvaluation;
}

/** EV-1, EV-2: the one set of inputs. */
export function evaluationInputs(s: EvaluationSources): EvaluationInputs {
  return {
    year: s.year,
    pme: s.pme,
    actions: actionsOfYear(s.pme, s.year),
    cycles: s.cycles.filter((c) => c.year === s.year),
    records: s.records,
    measurements: s.measurements,
    goals: { targetYear: s.year, until: `${s.year}-12-31` },
    decisions: s.decisions,
    diagnosis: s.diagnosis,
    evaluation: s.evaluation,
    results: s.results ?? { simce: [], idps: [], efficiency: [] },
  };
}

export function evaluationFigures(inputs: EvaluationInputs): EvaluationFigures {
  const { pme } = inputs;
  const compliance = complianceReport({
    actions: inputs.actions,
    strategies: pme.strategies,
    records: inputs.records,
    cycles: inputs.cycles,
  });
  const achievements = goalAchievements(pme, inputs.measurements, inputs.goals);
  return {
    inputs,
    compliance,
    achievements,
    objectives: objectiveEvaluations(pme, achievements),
    strategies: strategyEvaluations(pme, compliance.actions, achievements),
    impact: inputs.diagnosis && inputs.evaluation ? participatoryImpact(inputs.diagnosis, inputs.evaluation) : null,
    series: resultsSeries(inputs.results),
    projective: projectiveEvaluation(inputs.year, inputs.decisions, pme, achievements),
  };
}
