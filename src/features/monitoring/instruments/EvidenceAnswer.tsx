// An evidence field: photos added to the answer one file at a time; a rejected file is named and the
// others are kept.
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { Answer, InstrumentField } from '../../../domain/monitoring/instruments.ts';
import { PHOTO_ACCEPT } from '../../../domain/photos/index.ts';
import { useAttachments } from '../../session/index.ts';
import { KeepOriginalCheckbox, photoRejectionMessage } from '../../photos/index.ts';

interface Props {
  field: Extract<InstrumentField, { kind: 'evidence' }>;
  inputId: string;
  value: Answer | undefined;
  schoolId: SchoolId;
  keepOriginal: boolean;
  onKeepOriginal: (keep: boolean) => void;
  onAnswer: (value: Answer) => void;
  onFileError: (message: string) => void;
}

export function EvidenceAnswer(props: Props) {
  const { field, inputId, value, schoolId, keepOriginal, onAnswer, onFileError } = props;
  const attachments = useAttachments();
  const addFiles = async (input: HTMLInputElement) => {
    const refs = Array.isArray(value) ? [...value] : [];
    for (const file of Array.from(input.files ?? [])) {
      const r = await attachments.addPhoto(schoolId, file, { name: file.name, keepOriginal });
      if (r.ok) refs.push(r.ref);
      else onFileError(photoRejectionMessage(file.name, r.error));
    }
    onAnswer(refs);
    input.value = '';
  };
  return (
    <>
      <span className="muted">{Array.isArray(value) ? `${value.length} archivo(s) adjunto(s)` : 'Sin archivos'}</span>
      <input
        id={inputId}
        type="file"
        accept={PHOTO_ACCEPT}
        capture={field.accept === 'photo' ? 'environment' : undefined}
        onChange={(e) => addFiles(e.target)}
      />
      <KeepOriginalCheckbox
        checked={keepOriginal}
        onChange={props.onKeepOriginal}
        testId={`${inputId}-keep-original`}
      />
    </>
  );
}
