import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { TEAM_ROLES, teamMemberSchema, type TeamMember } from '../../domain/programme/index.ts';
import type { ProgrammeHandle } from '../../data/docs/programme/index.ts';

const formSchema = teamMemberSchema.omit({ id: true, email: true }).extend({
  email: z.union([z.literal(''), z.email({ message: 'El correo electrónico no es válido' })]),
});
type Form = z.input<typeof formSchema>;
const roleLabel = (code: string) => TEAM_ROLES.find((r) => r.code === code)?.label ?? code;

export function TeamSection({ programme, team }: { programme: ProgrammeHandle; team: TeamMember[] }) {
  const { register, handleSubmit, formState, reset } = useForm<Form>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', role: 'equipo-directivo', email: '' },
  });
  return (
    <section>
      <h3>Equipo del establecimiento</h3>
      <ul data-testid="team">
        {team.map((m) => (
          <li key={m.id}>
            {m.name} · {roleLabel(m.role)}
            {m.email ? ` · ${m.email}` : ''}{' '}
            <button type="button" className="link" onClick={() => programme.team.remove(m.id)}>
              Quitar
            </button>
          </li>
        ))}
      </ul>
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
    </section>
  );
}
