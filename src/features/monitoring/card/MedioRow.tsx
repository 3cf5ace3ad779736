import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { MonitoringRecord } from '../../../domain/monitoring/records.ts';
import { PHOTO_ACCEPT } from '../../../domain/photos/index.ts';
import { AttachmentImage } from '../../programme/index.ts';

type StoredMedio = MonitoringRecord['medios'][number];
type MedioValue = Pick<StoredMedio, 'text' | 'attachments'>;

interface Props {
  medio: { index: number; text: string; checked: boolean };
  stored: StoredMedio | undefined;
  canAttach: boolean;
  schoolId: SchoolId;
  tid: string;
  /** The ticked medio with its evidence kept, or null when unticked. */
  onTick: (value: MedioValue | null) => void;
  onAttach: (files: FileList | null) => Promise<void>;
}

/** One medio de verificación: its tick, the photos attached as evidence, and the button that adds them. */
export function MedioRow({ medio, stored, canAttach, schoolId, tid, onTick, onAttach }: Props) {
  return (
    <div className="medio">
      <label className="check big">
        <input
          type="checkbox"
          checked={medio.checked}
          data-testid={`${tid}-medio-${medio.index}`}
          onChange={(e) =>
            onTick(e.target.checked ? { text: medio.text, attachments: stored?.attachments ?? [] } : null)
          }
        />{' '}
        {medio.text}
      </label>
      <span className="photos">
        {stored?.attachments.map((a) => (
          <AttachmentImage
            key={a.hash}
            schoolId={schoolId}
            attachment={a}
            alt={`Evidencia: ${medio.text}`}
            className="photo-thumb"
          />
        ))}
      </span>
      {canAttach && (
        <label className="button">
          Adjuntar evidencia
          <input
            type="file"
            accept={PHOTO_ACCEPT}
            capture="environment"
            hidden
            data-testid={`${tid}-evidence-${medio.index}`}
            onChange={(e) => void onAttach(e.target.files).then(() => (e.target.value = ''))}
          />
        </label>
      )}
    </div>
  );
}
