// The escape hatch's words (docs/spec/transfer.md): codes from the domain and the data layer become
// Spanish sentences here, nowhere else.
import type { TransferFileError } from '../../domain/transfer/index.ts';
import { formatRbd, officialCheckDigit } from '../../domain/schools/rbd.ts';
import { DOC_KIND_LABELS, parseDocName, type DocName, type SchoolId } from '../../domain/wire/documentNames.ts';

const FILE_ERRORS: Record<TransferFileError, string> = {
  foreign: 'Este archivo no es un respaldo de Bitácora PME. No se importó nada.',
  truncated:
    'El archivo está incompleto: se cortó al copiarlo o descargarlo. Cópielo o expórtelo de nuevo. No se importó nada.',
  corrupted: 'El archivo está dañado y no se puede leer. No se importó nada.',
  'unsupported-version':
    'Este archivo lo hizo una versión más nueva de Bitácora PME. Actualice la aplicación e intente de nuevo.',
  'hash-mismatch':
    'El contenido del archivo no coincide con su verificación (SHA-256): está dañado. No se importó nada.',
};

export const fileErrorMessage = (error: TransferFileError): string => FILE_ERRORS[error];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Escuela Rural Los Aromos (RBD 7423-3)", or "RBD 7423-3" when the file had no name for it. */
export function schoolLabel(schoolId: SchoolId, name: string): string {
  const rbd = Number(schoolId);
  const label = `RBD ${formatRbd(rbd, officialCheckDigit(rbd))}`;
  return name ? `${name} (${label})` : label;
}

export function refusedMessage(schools: { schoolId: SchoolId; name: string }[]): string {
  const names = schools.map((s) => schoolLabel(s.schoolId, s.name)).join('; ');
  return (
    `No puede importar este archivo: trae trabajo de ${schools.length === 1 ? 'un establecimiento' : 'establecimientos'}` +
    ` a los que su usuario no tiene acceso: ${names}. No se importó nada.`
  );
}

/** EX-15: a file with documents this account may only read (a sostenedor's, for one) imports nothing. */
export function readOnlyMessage(docs: DocName[]): string {
  const names = docs.map((name) => {
    const parsed = parseDocName(name);
    return parsed ? `${DOC_KIND_LABELS[parsed.kind]}, ${schoolLabel(parsed.schoolId, '')}` : name;
  });
  return (
    `No puede importar este archivo: trae cambios a documentos que su cuenta solo puede leer: ${names.join('; ')}.` +
    ' No se importó nada.'
  );
}

export function importedMessage(summary: { docsChanged: number; attachmentsAdded: number }): string {
  if (summary.docsChanged === 0 && summary.attachmentsAdded === 0) {
    return 'Este equipo ya tenía todo lo que trae el archivo: no cambió nada.';
  }
  return (
    `Importado: ${plural(summary.docsChanged, 'documento con cambios', 'documentos con cambios')} y ` +
    `${plural(summary.attachmentsAdded, 'foto o firma', 'fotos o firmas')}. ` +
    'Se sincronizarán con el servidor en cuanto haya conexión.'
  );
}

export function exportedMessage(fileName: string, docs: number, attachments: number, schools: number): string {
  return (
    `Se guardó «${fileName}» con ${plural(docs, 'documento', 'documentos')} y ` +
    `${plural(attachments, 'foto o firma', 'fotos o firmas')} sin sincronizar ` +
    `de ${plural(schools, 'establecimiento', 'establecimientos')}. Guárdelo fuera de este equipo.`
  );
}

export const NOTHING_TO_EXPORT = 'Este equipo no tiene trabajo sin sincronizar: no hay nada que exportar.';
export const IMPORT_FAILED = 'No se pudo importar el archivo. Intente de nuevo; si se repite, avise a soporte.';
export const EXPORT_FAILED = 'No se pudo exportar el trabajo sin sincronizar. Intente de nuevo.';
