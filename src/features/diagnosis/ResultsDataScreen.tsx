import type { SchoolId } from '../../domain/wire/documentNames.ts';

export function ResultsDataScreen({ schoolId }: { schoolId: SchoolId }) {
  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/diagnostico`}>← Diagnóstico</a>
      <h2>Datos de resultados del establecimiento</h2>
    </section>
  );
}
