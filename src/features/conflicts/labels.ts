// Words for a conflict: which field of which document, and its two values, in Spanish. Profile
// fields use the form's labels and code lists; other documents get a readable name from the path.
import type { Conflict } from '../../data/merge/index.ts';
import { DOC_KIND_LABELS, type DocKind } from '../../domain/wire/documentNames.ts';
import { CATEGORIAS, DEPENDENCIAS, ESTADOS, RURALIDADES } from '../../domain/schools/enums.ts';
import { PIE_LABEL, SOSTENEDOR_RUT_LABEL } from '../../domain/schools/sostenedorIdentity.ts';

const DOC_LABELS = DOC_KIND_LABELS;

const FIELD_LABELS: Record<string, string> = {
  name: 'Nombre del establecimiento',
  director: 'Director(a)',
  sostenedor: 'Sostenedor',
  sostenedorRut: SOSTENEDOR_RUT_LABEL,
  pie: PIE_LABEL,
  notes: 'Observaciones',
  dv: 'Dígito verificador',
  regionCode: 'Región',
  comunaCode: 'Comuna',
  dependencia: 'Dependencia',
  ruralidad: 'Ruralidad',
  matricula: 'Matrícula',
  prioritariosPct: '% alumnos prioritarios',
  categoria: 'Categoría de desempeño',
  categoriaYear: 'Año de la categoría',
  estado: 'Estado',
  contactEmail: 'Correo de contacto',
  contactPhone: 'Teléfono de contacto',
  vision: 'Visión',
  mision: 'Misión',
  perfilEgreso: 'Perfil de egreso',
  conclusions: 'Conclusiones del diagnóstico',
  cycleStartYear: 'Año de inicio del ciclo',
  text: 'Texto',
  nombre: 'Nombre',
  descripcion: 'Descripción',
  responsable: 'Responsable',
  recursos: 'Recursos',
  agenda: 'Agenda',
  observaciones: 'Observaciones',
  dificultades: 'Dificultades',
  ajustes: 'Ajustes',
  lecciones: 'Lecciones aprendidas',
  buenasPracticas: 'Buenas prácticas',
  recomendaciones: 'Recomendaciones',
  hoursContracted: 'Horas contratadas',
  startDate: 'Fecha de inicio',
  months: 'Duración (meses)',
  level: 'Nivel de implementación',
  progress: '% de avance',
  method: 'Método de priorización',
  decisions: 'Decisiones tomadas',
};

const CODE_LABELS: Record<string, readonly { code: string; label: string }[]> = {
  categoria: CATEGORIAS,
  dependencia: DEPENDENCIAS,
  estado: ESTADOS,
  ruralidad: RURALIDADES,
};

/**
 * The field a conflict is about: the map key, or the text's own name (`profile.name` → `name`); a root
 * text kept per entry is named by its kind (`mon.decisions:<cycleId>` → `decisions`).
 */
export function fieldOf(c: Pick<Conflict, 'path' | 'key'>): string {
  if (c.key !== null) return c.key;
  const last = c.path[c.path.length - 1] ?? '';
  return c.path.length === 1 ? last.slice(last.lastIndexOf('.') + 1).replace(/:.*$/, '') : last;
}

export function fieldLabel(c: Pick<Conflict, 'path' | 'key'>): string {
  const field = fieldOf(c);
  return (
    FIELD_LABELS[field] ??
    field
      .replace(/([a-z])([A-Z])/g, (_m, a: string, b: string) => `${a} ${b.toLowerCase()}`)
      .replace(/^./, (x) => x.toUpperCase())
  );
}

export function docLabel(kind: DocKind): string {
  return DOC_LABELS[kind];
}

export function valueLabel(c: Pick<Conflict, 'path' | 'key'>, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(vacío)';
  const codes = CODE_LABELS[fieldOf(c)];
  const coded = codes?.find((x) => x.code === value);
  if (coded) return coded.label;
  if (typeof value === 'number') return value.toLocaleString('es-CL');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  return JSON.stringify(value);
}
