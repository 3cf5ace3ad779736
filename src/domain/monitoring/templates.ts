// Ready-made monitoring instruments a Chilean school recognises (issue 7, item 1). A school copies
// one (version 1, its own id) and edits it; the template itself never changes.
import type { InstrumentField, MonitoringInstrument } from './instruments.ts';

export interface InstrumentTemplate {
  code: string;
  title: string;
  purpose: string;
  fields: InstrumentField[];
}

const req = true;
const opt = false;

export const INSTRUMENT_TEMPLATES: readonly InstrumentTemplate[] = [
  {
    code: 'seguimiento-acciones',
    title: 'Seguimiento de acciones PME',
    purpose: 'Registrar en cada corte el avance de una acción del PME, sus evidencias y los ajustes necesarios.',
    fields: [
      {
        id: 'realizada-segun-plan',
        kind: 'yesNo',
        label: '¿La acción se está realizando según lo planificado?',
        required: req,
      },
      {
        id: 'porcentaje-actividades',
        kind: 'percentage',
        label: 'Porcentaje de actividades realizadas',
        required: req,
      },
      {
        id: 'participantes',
        kind: 'number',
        label: 'Número de participantes',
        unit: 'personas',
        min: 0,
        max: null,
        required: opt,
      },
      { id: 'fecha-ultima-actividad', kind: 'date', label: 'Fecha de la última actividad realizada', required: opt },
      {
        id: 'recursos-disponibles',
        kind: 'checklist',
        label: 'Los recursos necesarios estuvieron disponibles',
        required: opt,
      },
      {
        id: 'evidencias',
        kind: 'evidence',
        accept: 'file',
        label: 'Medios de verificación (fotos, listas, actas)',
        required: opt,
      },
      { id: 'dificultades', kind: 'longText', label: 'Dificultades encontradas', required: opt },
      { id: 'ajustes', kind: 'longText', label: 'Ajustes propuestos', required: opt },
    ],
  },
  {
    code: 'acompanamiento-aula',
    title: 'Pauta de acompañamiento al aula',
    purpose: 'Observar una clase y retroalimentar al docente (Marco para la Buena Enseñanza).',
    fields: [
      { id: 'curso', kind: 'shortText', label: 'Curso y asignatura', required: req, section: 'Antecedentes' },
      { id: 'fecha', kind: 'date', label: 'Fecha de la observación', required: req, section: 'Antecedentes' },
      {
        id: 'objetivo-comunicado',
        kind: 'checklist',
        label: 'El docente comunica el objetivo de la clase',
        required: opt,
        section: 'Inicio de la clase',
      },
      {
        id: 'activa-conocimientos',
        kind: 'checklist',
        label: 'Activa conocimientos previos',
        required: opt,
        section: 'Inicio de la clase',
      },
      {
        id: 'clima-aula',
        kind: 'scale',
        label: 'Clima de respeto y trabajo en el aula',
        required: req,
        section: 'Desarrollo',
      },
      {
        id: 'participacion',
        kind: 'scale',
        label: 'Participación activa de los estudiantes',
        required: req,
        section: 'Desarrollo',
      },
      {
        id: 'monitorea-aprendizaje',
        kind: 'scale',
        label: 'Monitorea el aprendizaje y retroalimenta',
        required: req,
        section: 'Desarrollo',
      },
      { id: 'uso-tiempo', kind: 'scale', label: 'Uso efectivo del tiempo', required: req, section: 'Desarrollo' },
      {
        id: 'cierre',
        kind: 'checklist',
        label: 'Realiza un cierre que sintetiza lo aprendido',
        required: opt,
        section: 'Cierre',
      },
      {
        id: 'fortalezas',
        kind: 'longText',
        label: 'Fortalezas observadas',
        required: opt,
        section: 'Retroalimentación',
      },
      { id: 'acuerdos', kind: 'longText', label: 'Acuerdos de mejora', required: opt, section: 'Retroalimentación' },
    ],
  },
  {
    code: 'asistencia-atrasos',
    title: 'Registro de asistencia y atrasos',
    purpose: 'Seguir mes a mes la asistencia promedio y los atrasos por curso.',
    fields: [
      { id: 'curso', kind: 'shortText', label: 'Curso', required: req },
      { id: 'mes', kind: 'date', label: 'Mes (primer día)', required: req },
      {
        id: 'matricula',
        kind: 'number',
        label: 'Matrícula del curso',
        unit: 'estudiantes',
        min: 0,
        max: null,
        required: req,
      },
      { id: 'asistencia-promedio', kind: 'percentage', label: 'Asistencia promedio del mes', required: req },
      {
        id: 'estudiantes-asistencia-critica',
        kind: 'number',
        label: 'Estudiantes con asistencia bajo 85%',
        unit: 'estudiantes',
        min: 0,
        max: null,
        required: opt,
      },
      {
        id: 'atrasos',
        kind: 'number',
        label: 'Número de atrasos del mes',
        unit: 'atrasos',
        min: 0,
        max: null,
        required: opt,
      },
      {
        id: 'contacto-apoderados',
        kind: 'yesNo',
        label: '¿Se contactó a los apoderados de los casos críticos?',
        required: opt,
      },
      { id: 'observaciones', kind: 'longText', label: 'Observaciones', required: opt },
    ],
  },
  {
    code: 'clima-breve',
    title: 'Encuesta breve de clima',
    purpose: 'Conocer en pocos minutos la percepción del clima de convivencia de estudiantes, docentes o apoderados.',
    fields: [
      {
        id: 'seguro',
        kind: 'scale',
        label: 'Me siento seguro/a en el establecimiento',
        labels: ['Muy en desacuerdo', 'En desacuerdo', 'De acuerdo', 'Muy de acuerdo'],
        required: req,
      },
      {
        id: 'respeto',
        kind: 'scale',
        label: 'En mi curso nos tratamos con respeto',
        labels: ['Muy en desacuerdo', 'En desacuerdo', 'De acuerdo', 'Muy de acuerdo'],
        required: req,
      },
      { id: 'adulto-confianza', kind: 'yesNo', label: 'Tengo un adulto de confianza a quien acudir', required: req },
      {
        id: 'normas-claras',
        kind: 'scale',
        label: 'Las normas de convivencia son claras',
        labels: ['Muy en desacuerdo', 'En desacuerdo', 'De acuerdo', 'Muy de acuerdo'],
        required: req,
      },
      { id: 'comentario', kind: 'shortText', label: '¿Qué mejorarías de la convivencia?', required: opt },
    ],
  },
];

export function templateByCode(code: string): InstrumentTemplate | undefined {
  return INSTRUMENT_TEMPLATES.find((t) => t.code === code);
}

/** A school's own instrument from a template: version 1, fields copied. */
export function instrumentFromTemplate(template: InstrumentTemplate, id: string): MonitoringInstrument {
  return {
    id,
    templateCode: template.code,
    title: template.title,
    purpose: template.purpose,
    version: 1,
    fields: template.fields.map((f) => ({ ...f })),
  };
}
