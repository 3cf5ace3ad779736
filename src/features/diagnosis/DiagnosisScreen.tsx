import { EditableArea } from '../screenShell/index.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { useMemo } from 'react';
import type { Instrument, Response, StakeholderGroup } from '../../domain/diagnosis/model.ts';
import type { DiagnosisHandle } from '../../data/docs/diagnosis/index.ts';
import { aggregateDiagnosis } from '../../domain/diagnosis/aggregation.ts';
import { ParticipationTable } from './ParticipationTable.tsx';
import { useDiagnosis, useSurvey } from './useSurvey.ts';
import { ResultsView } from './ResultsView.tsx';
import { Conclusions } from './Conclusions.tsx';
import { responsesToCsv } from '../../domain/diagnosis/responsesCsv.ts';
import { saveBlob, useSchoolInfo } from '../files/index.ts';
import { DiagnosisReportButton } from './report/DiagnosisReportButton.tsx';
import { ConflictPanel } from '../conflicts/index.ts';

/** Participation and results from one aggregation: the figures the Informe Diagnóstico prints. */
interface FiguresProps {
  diagnosis: DiagnosisHandle | null;
  schoolId: SchoolId;
  instruments: Instrument[];
  responses: Response[];
  population: Partial<Record<StakeholderGroup, number>>;
}

export function DiagnosisFigures({ diagnosis, schoolId, instruments, responses, population }: FiguresProps) {
  const agg = useMemo(
    () => aggregateDiagnosis(instruments, responses, population),
    [instruments, responses, population],
  );
  return (
    <>
      <ParticipationTable
        survey={diagnosis?.survey ?? null}
        schoolId={schoolId}
        participation={agg.participation}
        population={population}
      />
      {diagnosis && <ResultsView review={diagnosis.review} agg={agg} />}
    </>
  );
}

/** The diagnosis of one school: participation per stakeholder group and the way into kiosk mode. */
export function DiagnosisScreen({ schoolId }: { schoolId: SchoolId }) {
  const diagnosis = useDiagnosis(schoolId);
  const { instruments, responses, population } = useSurvey(schoolId);
  const school = useSchoolInfo(schoolId);
  const downloadCsv = () =>
    saveBlob(
      new Blob([responsesToCsv(instruments, responses, school)], { type: 'text/csv;charset=utf-8' }),
      `respuestas-diagnostico-${schoolId}.csv`,
    );
  return (
    <section className="card">
      <ConflictPanel schoolId={schoolId} kinds={['diagnosis']} />
      <a href={`#/escuelas/${schoolId}`}>← Ficha del establecimiento</a>
      <h1>Diagnóstico Institucional Participativo</h1>
      <p className="muted">
        Cada grupo responde su cuestionario en una tableta en modo kiosco, sin conexión. Las respuestas de varias
        tabletas se reúnen al sincronizar.
      </p>
      <nav className="school-nav">
        <a href={`#/escuelas/${schoolId}/diagnostico/papel`}>Ingresar encuestas en papel</a>
        <a href={`#/escuelas/${schoolId}/diagnostico/datos`}>Datos de resultados (SIMCE, IDPS, eficiencia interna)</a>
        <a href={`#/escuelas/${schoolId}/diagnostico/pei`}>Articulación PEI – planes</a>
        <a href={`#/escuelas/${schoolId}/diagnostico/priorizacion`}>Priorización de problemas</a>
      </nav>
      <EditableArea kind="diagnosis">
        <DiagnosisFigures
          diagnosis={diagnosis}
          schoolId={schoolId}
          instruments={instruments}
          responses={responses}
          population={population}
        />
        {diagnosis && <Conclusions review={diagnosis.review} />}
      </EditableArea>
      <DiagnosisReportButton schoolId={schoolId} />
      {responses.length > 0 && (
        <p>
          <button type="button" className="button" onClick={downloadCsv}>
            Descargar respuestas (CSV anónimo)
          </button>
        </p>
      )}
    </section>
  );
}
