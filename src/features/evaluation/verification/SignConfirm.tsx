// What signing fixes (AV-4): the acta's content in short and who signs, before the signature is drawn.
import {
  REQUIRED_SIGNATORIES,
  SIGNATORY_ROLES,
  VERIFICATION_RESULTS,
  type SignatoryRole,
  type VerificationResult,
} from '../../../domain/evaluation/acta.ts';
import type { ActaView } from '../../../data/docs/evaluation/index.ts';
import { ConfirmDialog } from '../../confirm/index.ts';

export const roleLabel = (code: SignatoryRole): string => SIGNATORY_ROLES.find((r) => r.code === code)?.label ?? code;
const resultLabel = (code: VerificationResult) => VERIFICATION_RESULTS.find((r) => r.code === code)?.label;
const FIRST_SIGNATURE =
  'Es la primera firma: el contenido del acta queda fijo y no se podrá modificar; para corregirlo habrá que crear ' +
  'una corrección.';

interface Props {
  view: ActaView;
  who: { role: SignatoryRole; name: string };
  itemName: (id: string) => string;
  onConfirm: () => void;
  onCancel: () => void;
}

function Signatories({ view }: { view: ActaView }) {
  const { signatures } = view.acta;
  const labels = (required: boolean) =>
    SIGNATORY_ROLES.filter((r) => REQUIRED_SIGNATORIES.includes(r.code) === required).map((r) => r.label);
  const signed = signatures.map((s) => `${s.name} (${roleLabel(s.role)})`);
  return (
    <p data-testid="confirm-sign-signatories">
      Firmas requeridas: {labels(true).join(' y ')}; opcional: {labels(false).join(', ')}. Ya firmaron:{' '}
      {signed.length === 0 ? 'nadie' : signed.join(', ')}.
    </p>
  );
}

export function SignConfirm({ view, who, itemName, onConfirm, onCancel }: Props) {
  const { acta } = view;
  const first = acta.signatures.length === 0;
  const role = roleLabel(who.role);
  const count = (code: VerificationResult) => acta.items.filter((i) => i.result === code).length;
  const totals = VERIFICATION_RESULTS.map((r) => `${r.label}: ${count(r.code)}`).join(' · ');
  return (
    <ConfirmDialog
      title={`¿Firmar el acta como ${role}?`}
      confirmLabel="Firmar el acta"
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="confirm-sign"
    >
      <p>
        Firma: <strong>{who.name}</strong> ({role}).{' '}
        {first ? FIRST_SIGNATURE : 'El contenido ya está fijo; esta firma se hace sobre ese mismo contenido.'}
      </p>
      <p>
        Acta {acta.year}: {acta.items.length} acciones — {totals}.
      </p>
      <ul className="confirm-items" data-testid="confirm-sign-items">
        {acta.items.map((i) => (
          <li key={i.actionId}>
            {itemName(i.actionId)}: {resultLabel(i.result)}
          </li>
        ))}
      </ul>
      <Signatories view={view} />
    </ConfirmDialog>
  );
}
