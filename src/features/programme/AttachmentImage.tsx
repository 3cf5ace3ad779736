import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { AttachmentRef } from '../../domain/wire/attachments.ts';
import { useAttachmentUrl } from './useAttachmentUrl.ts';

export function AttachmentImage({
  schoolId,
  attachment,
  alt,
  className,
  testId,
}: {
  schoolId: SchoolId;
  attachment: AttachmentRef;
  alt: string;
  className: string;
  testId?: string;
}) {
  const r = useAttachmentUrl(schoolId, attachment);
  if (r.state === 'ready')
    return <img src={r.url} alt={alt} className={className} data-testid={testId} data-hash={attachment.hash} />;
  return (
    <span className="photo-missing" data-testid={testId ? `${testId}-missing` : undefined}>
      {r.state === 'loading'
        ? 'Cargando…'
        : r.offline
          ? 'Está en otro equipo; se descargará al haber conexión'
          : 'No disponible'}
    </span>
  );
}
