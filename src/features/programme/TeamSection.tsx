import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { TEAM_ROLES, teamMemberSchema, type TeamMember } from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';
import { EditableList } from '../forms/index.ts';

const formSchema = teamMemberSchema.omit({ id: true, email: true }).extend({
  email: z.union([z.literal(''), z.email({ message: 'El correo electrónico no es válido' })]),
});
type Form = z.input<typeof formSchema>;
const roleLabel = (code: string) => TEAM_ROLES.find((r) => r.code === code)?.label ?? code;

/** Adds a member; the role chosen stays selected for the next one. */
function NewMemberForm({ programme }: { programme: ProgrammeHandle }) {
  const { register, handleSubmit, formState, reset } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', role: 'equipo-directivo', email: '' },
  });
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={handleSubmit((v) => {
        programme.team.add({ name: v.name, role: v.role, ...(v.email ? { email: v.email } : {}) });
        reset({ name: '', role: v.role, email: '' });
      })}
    >
      <div className="field">
        <label htmlFor="team-name">Nombre</label>
        <input id="team-name" aria-invalid={formState.errors.name ? true : undefined} {...register('name')} />
        {formState.errors.name && <span className="field-error">{formState.errors.name.message}</span>}
      </div>
      <div className="field">
        <label htmlFor="team-role">Rol</label>
        <select id="team-role" {...register('role')}>
          {TEAM_ROLES.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="team-email">Correo (opcional)</label>
        <input id="team-email" type="email" {...register('email')} />
        {formState.errors.email && <span className="field-error">{formState.errors.email.message}</span>}
      </div>
      <button type="submit">Agregar al equipo</button>
    </form>
  );
}

export function TeamSection({ programme, team }: { programme: ProgrammeHandle; team: TeamMember[] }) {
  return (
    <section>
      <h3>Equipo del establecimiento</h3>
      <EditableList
        items={team}
        testId="team"
        onRemove={(id) => programme.team.remove(id)}
        describe={(m) => (
          <>
            {m.name} · {roleLabel(m.role)}
            {m.email ? ` · ${m.email}` : ''}
          </>
        )}
      >
        <NewMemberForm programme={programme} />
      </EditableList>
    </section>
  );
}
