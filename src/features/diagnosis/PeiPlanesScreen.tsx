// PEI–planes articulation: the PEI's identity, the six plans the law requires, and a matrix of how
// each present plan serves each sello; the gaps are listed as the diagnosis will report them.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { PEI_TEXT_MAX, articulationGaps, describeGap, type Pei } from '../../domain/diagnosis/peiPlanes.ts';
import type { PeiPlanesHandle, PeiTextField } from '../../data/docs/diagnosis/index.ts';
import { useView } from '../session/index.ts';
import { BufferedTextarea, SellosEditor } from '../forms/index.ts';
import { useDiagnosis } from './useSurvey.ts';
import { NormativePlansTable } from './peiPlanes/NormativePlansTable.tsx';
import { ArticulationTable } from './peiPlanes/ArticulationTable.tsx';
import { EditableArea } from '../screenShell/index.ts';

const TEXT_FIELDS: { field: PeiTextField; label: string }[] = [
  { field: 'vision', label: 'Visión' },
  { field: 'mision', label: 'Misión' },
  { field: 'perfilEgreso', label: 'Perfil de egreso' },
];

function PeiTextFields({ pei, values }: { pei: PeiPlanesHandle; values: Pei }) {
  return (
    <div className="form-grid">
      {TEXT_FIELDS.map(({ field, label }) => (
        <div key={field} className="field wide">
          <label htmlFor={`pei-${field}`}>{label}</label>
          <BufferedTextarea
            id={`pei-${field}`}
            rows={3}
            limit={PEI_TEXT_MAX[field]}
            value={values[field]}
            onCommit={(text) => pei.setText(field, text)}
          />
        </div>
      ))}
    </div>
  );
}

function GapList({ gaps, pei }: { gaps: ReturnType<typeof articulationGaps>; pei: Pei }) {
  if (gaps.length === 0) return <p>No se observan brechas de articulación.</p>;
  return (
    <ul data-testid="gaps">
      {gaps.map((g) => (
        <li key={JSON.stringify(g)}>{describeGap(g, pei)}</li>
      ))}
    </ul>
  );
}

export function PeiPlanesScreen({ schoolId }: { schoolId: SchoolId }) {
  const pei = useDiagnosis(schoolId)?.pei;
  const read = useView(pei?.view);
  if (!pei || !read) return <p className="muted">Abriendo…</p>;
  const present = read.plans.filter((p) => p.present);
  const sellos = read.pei.sellos;
  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/diagnostico`}>← Diagnóstico</a>
      <h1>Articulación PEI – planes normativos</h1>
      <EditableArea kind="diagnosis">
        <h3>Proyecto Educativo Institucional</h3>
        <PeiTextFields pei={pei} values={read.pei} />
        <SellosEditor
          sellos={sellos}
          inputId="pei-sello"
          onAdd={(text) => pei.addSello(text)}
          onRemove={(id) => pei.removeSello(id)}
        />
        <NormativePlansTable plans={read.plans} pei={pei} />
        {sellos.length > 0 && present.length > 0 && (
          <ArticulationTable sellos={sellos} present={present} matrix={read.matrix} pei={pei} />
        )}
        <h3>Brechas</h3>
        <GapList gaps={articulationGaps(read.pei, read.plans, read.matrix)} pei={read.pei} />
      </EditableArea>
    </section>
  );
}
