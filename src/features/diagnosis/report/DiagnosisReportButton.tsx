import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import { useDiagnosisReport } from './useDiagnosisReport.ts';

/** "Descargar Informe Diagnóstico (PDF)": generated on this device, with or without connection. */
export function DiagnosisReportButton({ schoolId }: { schoolId: SchoolId }) {
  const { busy, error, download } = useDiagnosisReport(schoolId);
  return (
    <p>
      <button type="button" className="button" disabled={busy} data-writes-nothing onClick={() => void download()}>
        {busy ? 'Generando informe…' : 'Descargar Informe Diagnóstico (PDF)'}
      </button>
      {error && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
