// Evidence photos: taken with the tablet's camera or chosen from files, stored on the device and
// uploaded when online; shown as thumbnails (downloaded on demand on another device).
import { useState } from 'react';
import { useStore } from 'zustand';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { MAX_ATTACHMENT_BYTES } from '../../domain/wire/attachments.ts';
import { addPhoto, removePhoto, type SessionDraft } from '../../data/programmeDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { useAttachments } from '../session/index.ts';
import { AttachmentImage } from './AttachmentImage.tsx';

const REJECTED = {
  empty: 'El archivo está vacío.',
  'too-large': `La foto supera ${Math.round(MAX_ATTACHMENT_BYTES / 1024 / 1024)} MB.`,
  'unsupported-type': 'Solo se aceptan fotos JPEG, PNG o WebP.',
} as const;

export function PhotosSection({ doc, schoolId, session }: { doc: Y.Doc; schoolId: SchoolId; session: SessionDraft }) {
  const attachments = useAttachments();
  const pending = useStore(attachments.status, (s) => s.pending);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFiles = async (files: FileList | null) => {
    if (!files) return;
    setBusy(true);
    const problems: string[] = [];
    for (const file of Array.from(files)) {
      const r = await attachments.add(schoolId, file, file.name);
      if (r.ok) addPhoto(doc, session.id, r.ref, LOCAL_EDIT);
      else {
        console.error(`photo ${file.name} refused: ${r.error}`);
        problems.push(`${file.name}: ${REJECTED[r.error]}`);
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
            <AttachmentImage schoolId={schoolId} attachment={p} alt={p.name ?? `Foto ${i + 1}`} className="photo-thumb" testId={`photo-${i}`} />
            <button type="button" className="link" onClick={() => removePhoto(doc, session.id, p.hash, LOCAL_EDIT)}>
              Quitar
            </button>
          </figure>
        ))}
      </div>
      <label className="button">
        {busy ? 'Guardando…' : 'Tomar o elegir fotos'}
        <input type="file" accept="image/jpeg,image/png,image/webp" capture="environment" multiple hidden data-testid="photo-input" onChange={(e) => void onFiles(e.target.files).then(() => (e.target.value = ''))} />
      </label>
      {pending > 0 && (
        <p className="muted" data-testid="attachments-pending">
          {pending === 1 ? '1 foto o firma sin subir' : `${pending} fotos o firmas sin subir`}: se subirán al haber conexión.
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
