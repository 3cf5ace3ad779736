import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { setPopulation } from '../../data/diagnosisDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { useDiagnosisDoc } from './useDiagnosisDoc.ts';
import { ResultsView } from './ResultsView.tsx';
import { Conclusions } from './Conclusions.tsx';
import { responsesToCsv } from '../../domain/diagnosis/responsesCsv.ts';
import { saveBlob } from '../files/index.ts';
import { DiagnosisReportButton } from './report/DiagnosisReportButton.tsx';
import { formatShare } from '../../domain/numberFormat.ts';

/** The diagnosis of one school: participation per stakeholder group and the way into kiosk mode. */
export function DiagnosisScreen({ schoolId }: { schoolId: SchoolId }) {
  const { doc, instruments, responses, population } = useDiagnosisDoc(schoolId);
  const counts = new Map<StakeholderGroup, number>();
  for (const r of responses) if (Object.keys(r.answers).length > 0) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}`}>← Ficha del establecimiento</a>
      <h1>Diagnóstico Institucional Participativo</h1>
      <p className="muted">
        Cada grupo responde su cuestionario en una tableta en modo kiosco, sin conexión. Las respuestas de varias tabletas se
        reúnen al sincronizar.
      </p>
      <nav className="school-nav">
        <a href={`#/escuelas/${schoolId}/diagnostico/papel`}>Ingresar encuestas en papel</a>
        <a href={`#/escuelas/${schoolId}/diagnostico/datos`}>Datos de resultados (SIMCE, IDPS, eficiencia interna)</a>
        <a href={`#/escuelas/${schoolId}/diagnostico/pei`}>Articulación PEI – planes</a>
        <a href={`#/escuelas/${schoolId}/diagnostico/priorizacion`}>Priorización de problemas</a>
      </nav>
      <table className="participation" data-testid="participation">
        <thead>
          <tr>
            <th>Grupo</th>
            <th>Respuestas</th>
            <th>Total de personas</th>
            <th>Participación</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {STAKEHOLDER_GROUPS.map((g) => {
            const n = counts.get(g.code) ?? 0;
            const pop = population[g.code];
            return (
              <tr key={g.code} data-group={g.code}>
                <td>{g.label}</td>
                <td data-testid={`responses-${g.code}`}>{n}</td>
                <td>
                  <input
                    aria-label={`Total de ${g.label.toLowerCase()}`}
                    inputMode="numeric"
                    defaultValue={pop ?? ''}
                    onBlur={(e) => {
                      const v = e.target.value.trim();
                      const parsed = v === '' ? null : Number(v);
                      if (doc && (parsed === null || (Number.isInteger(parsed) && parsed >= 0))) setPopulation(doc, g.code, parsed, LOCAL_EDIT);
                    }}
                  />
                </td>
                <td>{pop ? formatShare(n / pop, 0) : '—'}</td>
                <td className="row-actions">
                  <a className="button" href={`#/escuelas/${schoolId}/diagnostico/instrumento/${g.code}`}>
                    Cuestionario
                  </a>
                  <a className="button" href={`#/escuelas/${schoolId}/diagnostico/kiosco/${g.code}`}>
                    Modo kiosco
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {doc && <ResultsView doc={doc} instruments={instruments} responses={responses} population={population} />}
      {doc && <Conclusions doc={doc} />}
      <DiagnosisReportButton schoolId={schoolId} />
      {responses.length > 0 && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => saveBlob(new Blob([responsesToCsv(instruments, responses)], { type: 'text/csv;charset=utf-8' }), `respuestas-diagnostico-${schoolId}.csv`)}
          >
            Descargar respuestas (CSV anónimo)
          </button>
        </p>
      )}
    </section>
  );
}
