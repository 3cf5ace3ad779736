// Who signed the acta, and a name field and button for each cargo still to sign; the signature is drawn on
// the pad after the confirmation (SignConfirm), stored as an attachment and written through the handle.
import { useState } from 'react';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import { formatLocalTimestamp } from '../../../domain/shared/localDates.ts';
import { SIGNATORY_ROLES, type SignatoryRole } from '../../../domain/evaluation/acta.ts';
import type { ActaView, EvaluationHandle } from '../../../data/docs/evaluation/index.ts';
import { AttachmentImage, SignaturePad } from '../../programme/index.ts';
import { useAttachments } from '../../session/index.ts';
import { SignConfirm, roleLabel } from './SignConfirm.tsx';

type Signer = { role: SignatoryRole; name: string };

interface Props {
  evaluation: EvaluationHandle;
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

function SignedList({ schoolId, signatures }: { schoolId: SchoolId; signatures: ActaView['acta']['signatures'] }) {
  return (
    <ul className="signatures" data-testid="acta-signatures">
      {signatures.map((s) => (
        <li key={s.role}>
          {roleLabel(s.role)}: {s.name} · {formatLocalTimestamp(s.signedAt)}{' '}
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

/** Stores the drawn signature as an attachment, then signs the acta with it through the handle. */
function useSignActa({ evaluation, schoolId, view, setMessage }: Omit<Props, 'itemName'>) {
  const attachments = useAttachments();
  return (signer: Signer, png: Blob, done: () => void) =>
    void attachments.add(schoolId, png, `firma-${signer.role}.png`).then((r) => {
      if (!r.ok) return setMessage('No se pudo guardar la firma en este equipo.');
      const { name: _n, ...signature } = r.ref;
      try {
        evaluation.signActa(view.acta.id, { role: signer.role, name: signer.name, signature });
        setMessage(null);
      } catch (e) {
        console.error('acta signature refused', e);
        setMessage('La firma no se pudo registrar: el acta cambió o ese cargo ya firmó.');
      }
      done();
    });
}

export function ActaSignatures({ evaluation, schoolId, view, itemName, setMessage }: Props) {
  const sign = useSignActa({ evaluation, schoolId, view, setMessage });
  const [signing, setSigning] = useState<Signer | null>(null);
  const [confirming, setConfirming] = useState<Signer | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const { acta } = view;
  return (
    <>
      <h4>Firmas</h4>
      <SignedList schoolId={schoolId} signatures={acta.signatures} />
      {SIGNATORY_ROLES.filter((r) => !acta.signatures.some((s) => s.role === r.code)).map((r) => (
        <SignerField
          key={r.code}
          role={r}
          name={names[r.code] ?? ''}
          setName={(name) => setNames({ ...names, [r.code]: name })}
          disabled={confirming !== null || signing !== null}
          onSign={(name) => setConfirming({ role: r.code, name })}
        />
      ))}
      {confirming && (
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
      )}
      {signing && (
        <SignaturePad
          name={signing.name}
          onCancel={() => setSigning(null)}
          onSave={(png) => sign(signing, png, () => setSigning(null))}
        />
      )}
    </>
  );
}
