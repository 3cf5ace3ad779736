// "Acta de sesión (PDF)": made on this device, offline too, with the signatures and photos this
// device holds (or can download now); a missing image is named in the PDF, never silently dropped.
// WebP photos and sideways JPEGs are drawn upright as JPEG first (printableImage, PH-5).
import { useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { AttachmentRef } from '../../domain/wire/attachments.ts';
import { sessionSchema, type Agreement, type MonthPlan } from '../../domain/programme/index.ts';
import { buildActa } from '../../domain/programme/report/acta.ts';
import type { SessionDraft } from '../../data/docs/programme/index.ts';
import { printableImage } from '../../data/images/index.ts';
import { saveBlob, useSchoolInfo } from '../files/index.ts';
import { useAttachments } from '../session/index.ts';

type Props = { schoolId: SchoolId; session: SessionDraft; plan: MonthPlan[]; review: Agreement[]; advisor: string };

export function ActaButton({ schoolId, session, plan, review, advisor }: Props) {
  const school = useSchoolInfo(schoolId);
  const attachments = useAttachments();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const check = sessionSchema.safeParse(session);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const signatures = session.participants.flatMap((p) => (p.signature ? [p.signature] : []));
      const refs: AttachmentRef[] = [...signatures, ...session.photos];
      const images = new Map<string, { bytes: Uint8Array; type: AttachmentRef['type'] }>();
      for (const ref of refs) {
        const got = await attachments.fetchAttachment(schoolId, ref.hash);
        const printable = got.ok ? await printableImage(new Uint8Array(await got.blob.arrayBuffer())) : null;
        if (printable) images.set(ref.hash, printable);
      }
      const { renderActaPdf } = await import('./report/renderActa.ts');
      const monthTheme = plan.find((m) => m.month === session.programmeMonth)?.theme ?? null;
      const content = buildActa({ school, advisor, session, monthTheme, reviewed: review });
      const pdf = new Blob([renderActaPdf(content, images) as BlobPart], { type: 'application/pdf' });
      saveBlob(pdf, `acta-${school.rbd}-${session.date}.pdf`);
    } catch (e) {
      console.error('acta PDF failed', e);
      setError('No se pudo generar el acta. Intente de nuevo.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <p>
      <button type="button" disabled={busy} onClick={() => void download()} data-testid="acta-pdf" data-writes-nothing>
        {busy ? 'Generando acta…' : 'Acta de sesión (PDF)'}
      </button>
      {!check.success && (
        <span className="muted"> · El registro tiene datos pendientes: {check.error.issues[0]?.message}</span>
      )}
      {error && (
        <span role="alert" className="form-error">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
