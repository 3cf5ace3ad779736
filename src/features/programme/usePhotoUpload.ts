// Adding evidence photos to a session: each file is prepared and stored on the device (PH-1) and
// then referred to from the session; the files refused are reported together, in Spanish.
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { useAttachments } from '../session/index.ts';
import { photoRejectionMessage } from '../photos/index.ts';

export function usePhotoUpload(programme: ProgrammeHandle, schoolId: SchoolId, sessionId: string) {
  const attachments = useAttachments();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [keepOriginal, setKeepOriginal] = useState(false);
  const addFiles = async (files: FileList | null) => {
    if (!files) return;
    setBusy(true);
    const problems: string[] = [];
    for (const file of Array.from(files)) {
      const r = await attachments.addPhoto(schoolId, file, { name: file.name, keepOriginal });
      if (r.ok) programme.photos.add(sessionId, r.ref);
      else {
        console.error(`photo ${file.name} refused: ${r.error}`);
        problems.push(photoRejectionMessage(file.name, r.error));
      }
    }
    setError(problems.length > 0 ? problems.join(' ') : null);
    setBusy(false);
  };
  return { addFiles, busy, error, keepOriginal, setKeepOriginal };
}
