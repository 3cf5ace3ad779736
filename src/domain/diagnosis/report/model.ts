// The shape of the Informe Diagnóstico: what the report builder (content.ts) takes and what it gives
// the PDF renderer — plain data, no formatting.
import type { IdentificationRows, SchoolIdentity } from '../../schools/schoolIdentification.ts';
import type { DiagnosisAggregate } from '../aggregation.ts';
import type { Finding } from '../findings.ts';
import type { ArticulationMatrix, Pei, PlanRecord } from '../peiPlanes.ts';
import type { PrioritisationMethod, Problem } from '../prioritisation.ts';
import type { EfficiencyYear, IdpsResult, SimceResult } from '../../results/schemas.ts';

export type ReportSchool = SchoolIdentity;

export interface ReportFinding extends Finding {
  /** The team's note (from the review), if any. */
  note?: string;
}

export interface ReportProblem extends Pick<Problem, 'id' | 'text' | 'scores'> {
  selected: boolean;
}

export interface DiagnosisReportInput {
  school: ReportSchool;
  advisor: string;
  /** ISO date (or date-time) of the report. */
  date: string;
  aggregate: DiagnosisAggregate;
  findings: readonly ReportFinding[];
  results: { simce: readonly SimceResult[]; idps: readonly IdpsResult[]; efficiency: readonly EfficiencyYear[] };
  peiPlanes: { pei: Pei; plans: readonly PlanRecord[]; matrix: ArticulationMatrix };
  prioritisation: { method: PrioritisationMethod; problems: readonly ReportProblem[] };
  conclusions: string;
}

export interface ReportBar {
  label: string;
  /** A 1–4 mean; null when there is none. */
  value: number | null;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; title?: string; headers: string[]; rows: string[][] }
  | { kind: 'chart'; title: string; bars: ReportBar[] };

export type ReportSectionId =
  | 'portada'
  | 'indice'
  | 'metodologia'
  | 'dimensiones'
  | 'fortalezas'
  | 'resultados'
  | 'pei'
  | 'problemas'
  | 'conclusiones';

export interface ReportSection {
  id: ReportSectionId;
  title: string;
  blocks: ReportBlock[];
}

export interface DiagnosisReport {
  title: string;
  cover: {
    title: string;
    school: string;
    rbd: string;
    /** The school's identification rows (IDN-1). */
    identification: IdentificationRows;
    advisor: string;
    date: string;
  };
  sections: ReportSection[];
}
