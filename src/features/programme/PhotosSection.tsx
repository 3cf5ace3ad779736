// Evidence photos: taken with the tablet's camera or chosen from files, stored on the device and
// uploaded when online; shown as thumbnails (downloaded on demand on another device). Each photo
// is made upright, ≤ 2,048 px and JPEG on the device first (PH-1), unless the original is kept.
import { useStore } from 'zustand';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { PHOTO_ACCEPT } from '../../domain/photos/index.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';
import { useAttachments } from '../session/index.ts';
import { KeepOriginalCheckbox } from '../photos/index.ts';
import { AttachmentImage } from './AttachmentImage.tsx';
import { usePhotoUpload } from './usePhotoUpload.ts';

type Props = { programme: ProgrammeHandle; schoolId: SchoolId; session: SessionDraft };

export function PhotosSection({ programme, schoolId, session }: Props) {
  const { addFiles, busy, error, keepOriginal, setKeepOriginal } = usePhotoUpload(programme, schoolId, session.id);
  return (
    <section>
      <h3>Fotos (evidencias)</h3>
      <PhotoThumbnails programme={programme} schoolId={schoolId} session={session} />
      <label className="button">
        {busy ? 'Guardando…' : 'Tomar o elegir fotos'}
        <input
          type="file"
          accept={PHOTO_ACCEPT}
          capture="environment"
          multiple
          hidden
          data-testid="photo-input"
          onChange={(e) => void addFiles(e.target.files).then(() => (e.target.value = ''))}
        />
      </label>
      <KeepOriginalCheckbox checked={keepOriginal} onChange={setKeepOriginal} testId="photo-keep-original" />
      <PendingUploadsNote />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function PhotoThumbnails({ programme, schoolId, session }: Props) {
  return (
    <div className="photos" data-testid="photos">
      {session.photos.map((p, i) => (
        <figure key={p.hash}>
          <AttachmentImage
            schoolId={schoolId}
            attachment={p}
            alt={p.name ?? `Foto ${i + 1}`}
            className="photo-thumb"
            testId={`photo-${i}`}
          />
          <button type="button" className="link" onClick={() => programme.photos.remove(session.id, p.hash)}>
            Quitar
          </button>
        </figure>
      ))}
    </div>
  );
}

/** How many photos and signatures of this device still wait for a connection to be uploaded. */
function PendingUploadsNote() {
  const pending = useStore(useAttachments().status, (s) => s.pending);
  if (pending === 0) return null;
  return (
    <p className="muted" data-testid="attachments-pending">
      {pending === 1 ? '1 foto o firma sin subir' : `${pending} fotos o firmas sin subir`}: se subirán al haber
      conexión.
    </p>
  );
}
