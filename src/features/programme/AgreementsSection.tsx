// A session's agreements: each can be ticked as done or removed; new ones are added below.
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';
import { AddAgreementForm } from './AddAgreementForm.tsx';

type Props = { programme: ProgrammeHandle; session: SessionDraft };

export function AgreementsSection({ programme, session }: Props) {
  return (
    <section>
      <h3>Acuerdos</h3>
      {session.agreements.map((a, i) => (
        <div key={a.id} className="agreement" data-testid={`agreement-${i}`}>
          <label className="check">
            <input
              type="checkbox"
              checked={a.done}
              onChange={(e) => programme.acuerdos.setDone(session.id, a.id, e.target.checked)}
            />{' '}
            {a.done ? 'Cumplido' : 'Pendiente'}
          </label>
          <span>
            <strong>{a.text}</strong> · {a.responsible} · plazo {formatIsoDate(a.dueDate)}
          </span>
          <button type="button" className="link" onClick={() => programme.acuerdos.remove(session.id, a.id)}>
            Quitar
          </button>
        </div>
      ))}
      <AddAgreementForm programme={programme} session={session} />
    </section>
  );
}
