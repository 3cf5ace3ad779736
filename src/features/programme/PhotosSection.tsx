// Evidence photos: taken with the tablet's camera or chosen from files, stored on the device and
// uploaded when online; shown as thumbnails (downloaded on demand on another device). Each photo
// is made upright, ≤ 2,048 px and JPEG on the device first (PH-1), unless the original is kept.
import { useState } from 'react';
import { useStore } from 'zustand';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { PHOTO_ACCEPT } from '../../domain/photos/index.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';
import { useAttachments } from '../session/index.ts';
import { KeepOriginalCheckbox, photoRejectionMessage } from '../photos/index.ts';
import { AttachmentImage } from './AttachmentImage.tsx';

type Props = { programme: ProgrammeHandle; schoolId: SchoolId; session: SessionDraft };

// Longer than 60 lines: the thumbnails, the input and its messages are one section's markup.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function PhotosSection({ programme, schoolId, session }: Props) {
  const attachments = useAttachments();
  const pending = useStore(attachments.status, (s) => s.pending);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [keepOriginal, setKeepOriginal] = useState(false);
  const onFiles = async (files: FileList | null) => {
    if (!files) return;
    setBusy(true);
    const problems: string[] = [];
    for (const file of Array.from(files)) {
      const r = await attachments.addPhoto(schoolId, file, { name: file.name, keepOriginal });
      if (r.ok) programme.photos.add(session.id, r.ref);
      else {
        console.error(`photo ${file.name} refused: ${r.error}`);
        problems.push(photoRejectionMessage(file.name, r.error));
      }
    }
    setError(problems.length > 0 ? problems.join(' ') : null);
    setBusy(false);
  };
  return (
    <section>
      <h3>Fotos (evidencias)</h3>
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
      <label className="button">
        {busy ? 'Guardando…' : 'Tomar o elegir fotos'}
        <input
          type="file"
          accept={PHOTO_ACCEPT}
          capture="environment"
          multiple
          hidden
          data-testid="photo-input"
          onChange={(e) => void onFiles(e.target.files).then(() => (e.target.value = ''))}
        />
      </label>
      <KeepOriginalCheckbox checked={keepOriginal} onChange={setKeepOriginal} testId="photo-keep-original" />
      {pending > 0 && (
        <p className="muted" data-testid="attachments-pending">
          {pending === 1 ? '1 foto o firma sin subir' : `${pending} fotos o firmas sin subir`}: se subirán al haber
          conexión.
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
