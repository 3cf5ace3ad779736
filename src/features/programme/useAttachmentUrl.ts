// An object URL for an attachment: from this device's store, or downloaded on demand from the relay
// (a photo taken on another tablet). Revoked when the component goes away.
import { useEffect, useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { AttachmentRef } from '../../domain/wire/attachments.ts';
import { useAttachments } from '../session/index.ts';

export type AttachmentUrl =
  { state: 'loading' } | { state: 'ready'; url: string } | { state: 'missing'; offline: boolean };

export function useAttachmentUrl(schoolId: SchoolId, ref: AttachmentRef | null): AttachmentUrl {
  const attachments = useAttachments();
  const [result, setResult] = useState<AttachmentUrl>({ state: 'loading' });
  const hash = ref?.hash ?? null;
  useEffect(() => {
    if (!hash) return;
    let url: string | null = null;
    let cancelled = false;
    const load = async () => {
      const got = await attachments.fetchAttachment(schoolId, hash);
      if (cancelled) return;
      if (got.ok) {
        url = URL.createObjectURL(got.blob);
        setResult({ state: 'ready', url });
      } else {
        if (got.error !== 'offline')
          console.error(`attachment ${hash.slice(0, 12)} of school ${schoolId}: ${got.error}`);
        setResult({ state: 'missing', offline: got.error === 'offline' });
      }
    };
    void load();
    // A photo missing because the device was offline is fetched when the network returns.
    const retry = () => void load();
    window.addEventListener('online', retry);
    return () => {
      cancelled = true;
      window.removeEventListener('online', retry);
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachments, schoolId, hash]);
  return result;
}
