// The stakeholder groups a diagnosis asks (and the kiosk and instrument routes name).
import { z } from 'zod';

export const STAKEHOLDER_GROUPS = [
  { code: 'directivos', label: 'Equipo directivo' },
  { code: 'docentes', label: 'Docentes' },
  { code: 'asistentes', label: 'Asistentes de la educación' },
  { code: 'estudiantes', label: 'Estudiantes' },
  { code: 'apoderados', label: 'Apoderados' },
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number]['code'];
export const stakeholderGroupSchema = z.enum(
  STAKEHOLDER_GROUPS.map((g) => g.code) as [StakeholderGroup, ...StakeholderGroup[]],
);
