import type { SchoolId } from '../../domain/wire/documentNames.ts';

export function PaperEntryScreen({ schoolId }: { schoolId: SchoolId }) {
  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/diagnostico`}>← Diagnóstico</a>
      <h2>Ingreso de encuestas en papel</h2>
    </section>
  );
}
