// Medios de verificación of the action, ticked in the corte, each with photos as evidence.
import { useState } from 'react';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import { meansChecklist } from '../../../domain/monitoring/records.ts';
import { useAttachments } from '../../session/index.ts';
import { KeepOriginalCheckbox, photoRejectionMessage } from '../../photos/index.ts';
import type { CardPartProps } from './cardProps.ts';
import { MedioRow } from './MedioRow.tsx';

type Props = CardPartProps & { schoolId: SchoolId; onError: (message: string) => void };

export function MediosChecklist(props: Props) {
  const { records, action, cycleId, record, readOnly, tid, schoolId, onError } = props;
  const attachments = useAttachments();
  const [keepOriginal, setKeepOriginal] = useState(false);
  const checklist = meansChecklist(action.mediosVerificacion, record);
  const attach = async (i: number, text: string, files: FileList | null) => {
    if (!files || files.length === 0) return;
    const current = record?.medios.find((m) => m.index === i)?.attachments ?? [];
    const added = [];
    for (const f of Array.from(files)) {
      const r = await attachments.addPhoto(schoolId, f, { name: f.name, keepOriginal });
      if (r.ok) added.push(r.ref);
      else onError(photoRejectionMessage(f.name, r.error));
    }
    records.setMedio(action.id, cycleId, i, { text, attachments: [...current, ...added] });
  };
  return (
    <fieldset className="medios" disabled={readOnly || !record}>
      <legend>Medios de verificación</legend>
      {checklist.length === 0 && <p className="muted">La acción no tiene medios de verificación en el PME.</p>}
      {checklist.map((m) => (
        <MedioRow
          key={m.index}
          medio={m}
          stored={record?.medios.find((x) => x.index === m.index)}
          canAttach={!readOnly && !!record}
          schoolId={schoolId}
          tid={tid}
          onTick={(value) => records.setMedio(action.id, cycleId, m.index, value)}
          onAttach={(files) => attach(m.index, m.text, files)}
        />
      ))}
      {!readOnly && record && (
        <KeepOriginalCheckbox checked={keepOriginal} onChange={setKeepOriginal} testId={`${tid}-keep-original`} />
      )}
    </fieldset>
  );
}
