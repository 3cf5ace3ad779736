import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { PARTICIPANT_ROLES, participantRoleSchema, type TeamMember } from '../../domain/programme/index.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';
import { useAttachments } from '../session/index.ts';
import { AttachmentImage } from './AttachmentImage.tsx';
import { SignaturePad } from './SignaturePad.tsx';

const formSchema = z.object({
  name: z.string().trim().min(1, { message: 'Escriba el nombre del participante' }).max(200),
  role: participantRoleSchema,
});
type Form = z.input<typeof formSchema>;
const roleLabel = (code: string) => PARTICIPANT_ROLES.find((r) => r.code === code)?.label ?? code;

type Props = { programme: ProgrammeHandle; schoolId: SchoolId; session: SessionDraft; team: TeamMember[] };

export function ParticipantsSection({ programme, schoolId, session, team }: Props) {
  const attachments = useAttachments();
  const [signing, setSigning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const present = new Set(session.participants.map((p) => p.name.trim().toLowerCase()));
  const add = (name: string, role: Form['role']) => programme.participants.add(session.id, { name, role });
  const signer = session.participants.find((p) => p.id === signing);
  const fromTeam = team.filter((m) => !present.has(m.name.trim().toLowerCase()));
  const saveSignature = (signerId: string, signerName: string, png: Blob) =>
    void attachments.add(schoolId, png, `firma-${signerName}.png`).then((r) => {
      if (r.ok) {
        programme.participants.sign(session.id, signerId, r.ref);
        setError(null);
      } else {
        console.error(`signature not stored: ${r.error}`);
        setError('No se pudo guardar la firma en este equipo. Intente de nuevo.');
      }
      setSigning(null);
    });
  return (
    <section>
      <h3>Participantes</h3>
      {session.participants.length === 0 && <p className="muted">Aún no hay participantes.</p>}
      {session.participants.map((p, i) => (
        <ParticipantRow
          key={p.id}
          programme={programme}
          schoolId={schoolId}
          sessionId={session.id}
          participant={p}
          index={i}
          onSign={() => setSigning(p.id)}
        />
      ))}
      {signer && (
        <SignaturePad
          name={signer.name}
          onCancel={() => setSigning(null)}
          onSave={(png) => saveSignature(signer.id, signer.name, png)}
        />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {fromTeam.length > 0 && (
        <p className="inline-form">
          Agregar del equipo:{' '}
          {fromTeam.map((m) => (
            <button key={m.id} type="button" onClick={() => add(m.name, m.role)}>
              {m.name}
            </button>
          ))}
        </p>
      )}
      <AddParticipantForm onAdd={add} />
    </section>
  );
}

type RowProps = {
  programme: ProgrammeHandle;
  schoolId: SchoolId;
  sessionId: string;
  participant: SessionDraft['participants'][number];
  index: number;
  onSign: () => void;
};

function ParticipantRow({ programme, schoolId, sessionId, participant: p, index: i, onSign }: RowProps) {
  return (
    <div className="participant" data-testid={`participant-${i}`}>
      <span>
        <strong>{p.name}</strong> <span className="muted">· {roleLabel(p.role)}</span>
      </span>
      <label className="check">
        <input
          type="checkbox"
          checked={p.present}
          data-testid={`participant-${i}-present`}
          onChange={(e) => programme.participants.setPresent(sessionId, p.id, e.target.checked)}
        />{' '}
        Presente
      </label>
      <span>
        {p.signature ? (
          <AttachmentImage
            schoolId={schoolId}
            attachment={p.signature}
            alt={`Firma de ${p.name}`}
            className="signature-thumb"
            testId={`participant-${i}-signature`}
          />
        ) : p.present ? (
          <button type="button" onClick={onSign} data-testid={`participant-${i}-sign`}>
            Firmar
          </button>
        ) : (
          <span className="muted">Ausente</span>
        )}
      </span>
      <button type="button" className="link" onClick={() => programme.participants.remove(sessionId, p.id)}>
        Quitar
      </button>
    </div>
  );
}

function AddParticipantForm({ onAdd }: { onAdd: (name: string, role: Form['role']) => void }) {
  const { register, handleSubmit, formState, reset } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', role: 'docente' },
  });
  return (
    <form
      className="inline-form"
      noValidate
      data-testid="add-participant"
      onSubmit={handleSubmit((v) => {
        onAdd(v.name, v.role);
        reset({ name: '', role: v.role });
      })}
    >
      <div className="field">
        <label htmlFor="participant-name">Nombre del participante</label>
        <input id="participant-name" aria-invalid={formState.errors.name ? true : undefined} {...register('name')} />
        {formState.errors.name && <span className="field-error">{formState.errors.name.message}</span>}
      </div>
      <div className="field">
        <label htmlFor="participant-role">Rol</label>
        <select id="participant-role" {...register('role')}>
          {PARTICIPANT_ROLES.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Agregar participante</button>
    </form>
  );
}
