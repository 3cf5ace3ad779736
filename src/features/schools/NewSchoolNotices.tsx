// What the new-school form says under its fields: the relay's verdict on the RBD, a school already
// on this device with that RBD, and the reminder to check the marked fields.
import type { SchoolLookup } from '../../domain/wire/protocol.ts';
import { RELAY_VERDICT_MESSAGES, type relayVerdict } from './relayCheck.ts';

type Props = {
  verdict: ReturnType<typeof relayVerdict> | null;
  relay: SchoolLookup | null;
  /** The school id already on this device with the typed RBD, if saving found one. */
  exists: string | null;
  showCheckFields: boolean;
};

export function NewSchoolNotices({ verdict, relay, exists, showCheckFields }: Props) {
  return (
    <>
      {(verdict === 'held-by-other' || verdict === 'not-authorized') && (
        <p className="banner warning" role="status" data-testid="relay-verdict">
          {RELAY_VERDICT_MESSAGES[verdict]}
        </p>
      )}
      {verdict === 'open-existing' && (
        <p className="banner info" role="status" data-testid="relay-verdict">
          El RBD {relay?.schoolId} ya está registrado en el servidor. Se abre su ficha en lugar de crear otra…
        </p>
      )}
      {exists && (
        <p className="form-error" role="alert">
          Ya existe un establecimiento con el RBD {exists} en este equipo.{' '}
          <a href={`#/escuelas/${exists}`}>Abrir su ficha</a>
        </p>
      )}
      {showCheckFields && (
        <p className="form-error" role="alert">
          Revise los campos marcados. Lo escrito no se pierde.
        </p>
      )}
    </>
  );
}
