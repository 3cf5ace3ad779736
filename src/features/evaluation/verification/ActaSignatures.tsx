// Who signed the acta, and a name field and button for each cargo still to sign; the signature is drawn on
// the pad after the confirmation (SignConfirm), stored as an attachment and written through the handle:
// the director's and the asesor's in the evaluation document, the sostenedor's in the review document
// (CM-5: a sostenedor may write only that one), once the first signature has fixed the content.
import { useState } from 'react';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import { formatLocalTimestamp } from '../../../domain/shared/localDates.ts';
import { SIGNATORY_ROLES, invalidSignatures, type SignatoryRole } from '../../../domain/evaluation/acta.ts';
import type { ActaView, EvaluationHandle } from '../../../data/docs/evaluation/index.ts';
import type { ReviewHandle } from '../../../data/docs/review/index.ts';
import type { SostenedorSignCheck } from '../../../domain/review/sostenedorSignature.ts';
import { AttachmentImage, SignaturePad } from '../../programme/index.ts';
import { useAttachments, useCurrentUser } from '../../session/index.ts';
import { DocArea } from '../../screenShell/index.ts';
import { SignConfirm, roleLabel } from './SignConfirm.tsx';

type Signer = { role: SignatoryRole; name: string };

interface Props {
  evaluation: EvaluationHandle;
  /** Where the sostenedor signs; without it the sostenedor cannot sign here. */
  review: ReviewHandle | null;
  schoolId: SchoolId;
  view: ActaView;
  itemName: (actionId: string) => string;
  setMessage: (message: string | null) => void;
}

interface FieldProps {
  role: { code: SignatoryRole; label: string };
  name: string;
  setName: (name: string) => void;
  disabled: boolean;
  onSign: (name: string) => void;
}

function SignerField({ role, name, setName, disabled, onSign }: FieldProps) {
  return (
    <div className="inline-form">
      <label htmlFor={`sign-${role.code}`}>{role.label}</label>
      <input
        id={`sign-${role.code}`}
        placeholder="Nombre"
        value={name}
        onChange={(e) => setName(e.target.value)}
        data-testid={`sign-${role.code}-name`}
      />
      <button
        type="button"
        disabled={!name.trim() || disabled}
        onClick={() => onSign(name.trim())}
        data-testid={`sign-${role.code}`}
      >
        Firmar
      </button>
    </div>
  );
}

/** AV-3 as the PDF prints it: a signature made on other content is listed, and said not to count. */
const OTHER_CONTENT = 'firma hecha sobre otro contenido: no vale para esta acta';

function SignedList({ schoolId, acta }: { schoolId: SchoolId; acta: ActaView['acta'] }) {
  const invalid = new Set(invalidSignatures(acta));
  return (
    <ul className="signatures" data-testid="acta-signatures">
      {acta.signatures.map((s) => (
        <li key={s.role} data-testid={`acta-signature-${s.role}`}>
          {roleLabel(s.role)}: {s.name} · {formatLocalTimestamp(s.signedAt)}
          {invalid.has(s.role) && <strong className="late-flag"> · {OTHER_CONTENT}</strong>}{' '}
          <AttachmentImage
            schoolId={schoolId}
            attachment={s.signature}
            alt={`Firma de ${s.name}`}
            className="signature-thumb"
          />
        </li>
      ))}
    </ul>
  );
}

const REFUSED = 'La firma no se pudo registrar: el acta cambió o ese cargo ya firmó.';
const SOSTENEDOR_REFUSED: Record<Exclude<SostenedorSignCheck, { ok: true }>['code'], string> = {
  'not-frozen': 'El sostenedor firma después de la primera firma, cuando el contenido del acta ya está fijo.',
  'already-signed': 'El sostenedor ya firmó esta acta.',
  'hash-mismatch': REFUSED,
};
/** The sostenedor signs in the review document (CM-5): usable where the evaluation is read-only. */
const areaOf = (role: Signer['role']) => (role === 'sostenedor' ? 'review' : 'evaluation');

const SOSTENEDOR_WAITS = 'El sostenedor puede firmar cuando el acta tenga su primera firma (contenido fijo).';

/** Signs with a stored signature image: the sostenedor in the review document, the others in the evaluation. */
function writeSignature(
  { evaluation, review, view }: Pick<Props, 'evaluation' | 'review' | 'view'>,
  signer: Signer,
  signature: ActaView['acta']['signatures'][number]['signature'],
): string | null {
  if (signer.role === 'sostenedor') {
    const result = review?.signActa(view, { name: signer.name, signature });
    return !result ? REFUSED : result.ok ? null : SOSTENEDOR_REFUSED[result.code];
  }
  try {
    evaluation.signActa(view.acta.id, { role: signer.role, name: signer.name, signature });
    return null;
  } catch (e) {
    console.error('acta signature refused', e);
    return REFUSED;
  }
}

/** Stores the drawn signature as an attachment, then signs the acta with it through the right handle. */
function useSignActa({ schoolId, setMessage, ...handles }: Omit<Props, 'itemName'>) {
  const attachments = useAttachments();
  return (signer: Signer, png: Blob, done: () => void) =>
    void attachments.add(schoolId, png, `firma-${signer.role}.png`).then((r) => {
      if (!r.ok) return setMessage('No se pudo guardar la firma en este equipo.');
      const { name: _n, ...signature } = r.ref;
      setMessage(writeSignature(handles, signer, signature));
      done();
    });
}

export function ActaSignatures({ evaluation, review, schoolId, view, itemName, setMessage }: Props) {
  const sign = useSignActa({ evaluation, review, schoolId, view, setMessage });
  const [signing, setSigning] = useState<Signer | null>(null);
  const [confirming, setConfirming] = useState<Signer | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const me = useCurrentUser();
  // A sostenedor signs with their own account: their name is offered, and can still be corrected.
  const nameOf = (code: SignatoryRole) => names[code] ?? (code === 'sostenedor' && me.role === code ? me.name : '');
  const { acta } = view;
  const sostenedorWaits = !review || !view.signed || acta.signatures.length === 0;
  const missing = SIGNATORY_ROLES.filter((r) => !acta.signatures.some((s) => s.role === r.code));
  return (
    <>
      <h4>Firmas</h4>
      <SignedList schoolId={schoolId} acta={acta} />
      {missing.map((r) => (
        <DocArea key={r.code} kind={areaOf(r.code)}>
          <SignerField
            role={r}
            name={nameOf(r.code)}
            setName={(name) => setNames({ ...names, [r.code]: name })}
            disabled={confirming !== null || signing !== null || (r.code === 'sostenedor' && sostenedorWaits)}
            onSign={(name) => setConfirming({ role: r.code, name })}
          />
        </DocArea>
      ))}
      {review && sostenedorWaits && missing.some((r) => r.code === 'sostenedor') && (
        <p className="muted">{SOSTENEDOR_WAITS}</p>
      )}
      {confirming && (
        <DocArea kind={areaOf(confirming.role)}>
          <SignConfirm
            view={view}
            who={confirming}
            itemName={itemName}
            onCancel={() => setConfirming(null)}
            onConfirm={() => {
              setSigning(confirming);
              setConfirming(null);
            }}
          />
        </DocArea>
      )}
      {signing && (
        <DocArea kind={areaOf(signing.role)}>
          <SignaturePad
            name={signing.name}
            onCancel={() => setSigning(null)}
            onSave={(png) => sign(signing, png, () => setSigning(null))}
          />
        </DocArea>
      )}
    </>
  );
}
