// Paper entry: where the surveys were answered on paper, the advisor types the forms in, keyboard
// only, into a grid (see paper/PaperGrid.tsx). Kiosk responses are never shown here.
import { useEffect, useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { STAKEHOLDER_GROUPS, stakeholderGroupSchema, type StakeholderGroup } from '../../domain/diagnosis/model.ts';
import { useSurvey } from './useSurvey.ts';
import { ensureInstrument, latestInstrument } from './instruments.ts';
import { PaperGrid } from './paper/PaperGrid.tsx';
import { SURVEYS, type SurveyKind } from './survey.ts';
import './paper/paper.css';
import { EditableArea } from '../screenShell/index.ts';

const groupKey = (schoolId: SchoolId) => `paper-group:${schoolId}`;

function savedGroup(schoolId: SchoolId): StakeholderGroup | '' {
  const parsed = stakeholderGroupSchema.safeParse(sessionStorage.getItem(groupKey(schoolId)));
  return parsed.success ? parsed.data : '';
}

export function PaperEntryScreen({ schoolId, survey = 'diagnosis' }: { schoolId: SchoolId; survey?: SurveyKind }) {
  const { survey: handle, instruments, responses } = useSurvey(schoolId, survey);
  const [group, setGroup] = useState<StakeholderGroup | ''>(() => savedGroup(schoolId));
  const instrument = group ? latestInstrument(instruments, group) : undefined;

  useEffect(() => {
    if (handle && group && !latestInstrument(instruments, group)) ensureInstrument(handle, instruments, group, survey);
  }, [handle, instruments, group, survey]);

  return (
    <section className="card">
      <a href={`#/escuelas/${schoolId}/${SURVEYS[survey].path}`}>← {SURVEYS[survey].backLabel}</a>
      <h1>Ingreso de encuestas en papel</h1>
      <EditableArea kind={SURVEYS[survey].docKind}>
        <p className="muted">
          Escriba cada formulario en una fila. Cada respuesta se guarda al escribirla. Las respuestas del modo kiosco no
          se muestran aquí.
        </p>
        <div className="paper-toolbar">
          <label>
            Grupo encuestado
            <select
              data-writes-nothing
              value={group}
              onChange={(e) => {
                const g = stakeholderGroupSchema.safeParse(e.target.value);
                const next = g.success ? g.data : '';
                sessionStorage.setItem(groupKey(schoolId), next);
                setGroup(next);
              }}
            >
              <option value="">Elija un grupo…</option>
              {STAKEHOLDER_GROUPS.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {group && (!handle || !instrument) && <p>Preparando el cuestionario…</p>}
        {group && handle && instrument && (
          <PaperGrid
            key={`${group}:${instrument.id}@${instrument.version}`}
            survey={handle}
            instrument={instrument}
            instruments={instruments}
            responses={responses}
            group={group}
          />
        )}
      </EditableArea>
    </section>
  );
}
