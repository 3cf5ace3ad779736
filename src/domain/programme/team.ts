// The school's team in the asesoría (issue 5, item 1): who takes part and in which role. Session
// participants take these roles plus others (session.ts).
import { z } from 'zod';
import { idSchema, requiredText } from './fields.ts';

export const TEAM_ROLES = [
  { code: 'equipo-directivo', label: 'Equipo directivo' },
  { code: 'jefe-utp', label: 'Jefe/a UTP' },
  { code: 'encargado-convivencia', label: 'Encargado/a de convivencia escolar' },
  { code: 'sostenedor', label: 'Sostenedor' },
  { code: 'equipo-gestion', label: 'Equipo de gestión' },
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number]['code'];
export const teamRoleSchema = z.enum(TEAM_ROLES.map((r) => r.code) as [TeamRole, ...TeamRole[]], {
  message: 'Elija el rol en el equipo',
});

export const teamMemberSchema = z.object({
  id: idSchema,
  name: requiredText('Escriba el nombre', 200),
  role: teamRoleSchema,
  email: z.email({ message: 'El correo electrónico no es válido' }).optional(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;
