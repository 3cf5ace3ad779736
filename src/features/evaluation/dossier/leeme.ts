// The LEEME.txt at the root of the dossier: who and what it is, every file with its title, the
// parts that are missing and why, and how to check the Acta de Verificación's SHA-256. Spanish,
// CRLF line ends and a UTF-8 BOM so that Windows' Notepad shows it right.
import { formatIsoDate } from '../../../domain/shared/localDates.ts';
import { schoolIdentification } from '../../../domain/schools/schoolIdentification.ts';
import type { Made } from './documents.ts';
import type { SchoolState } from './state.ts';

export interface Listed {
  path: string;
  title: string;
  made: Made;
}

export function leeme(s: SchoolState, parts: readonly Listed[]): string {
  const included = parts.filter((p) => p.made.ok);
  const missing = parts.filter((p) => !p.made.ok);
  const checksum = included.find((p) => p.path.endsWith('.sha256'));
  const lines = [
    'DOSSIER DE LA ASESORÍA PME',
    '',
    ...schoolIdentification(s.school).map(([label, value]) => `${label}: ${value}`),
    `Asesor/a: ${s.advisor || '—'}`,
    `Plan anual evaluado: ${s.year}`,
    `Generado el ${formatIsoDate(s.today)} con Bitácora PME, con los datos registrados hasta ese día.`,
    '',
    'CONTENIDO',
    ...included.map((p) => `- ${p.path}: ${p.title}`),
    '',
    'PARTES QUE FALTAN',
    ...(missing.length === 0
      ? ['Ninguna: el dossier está completo.']
      : missing.map((p) => `- ${p.title} (${p.path}): ${p.made.ok ? '' : p.made.reason}`)),
    '',
  ];
  if (checksum) {
    lines.push(
      'VERIFICACIÓN DEL ACTA',
      `El archivo ${checksum.path} guarda la huella SHA-256 del contenido firmado del Acta de Verificación, la misma que aparece al pie de cada página del acta en PDF.`,
      `Para comprobar que el contenido no cambió, en la carpeta datos: sha256sum -c ${checksum.path.slice('datos/'.length)}`,
      '',
    );
  }
  lines.push('Los archivos CSV usan punto y coma como separador y se abren directamente en Excel o LibreOffice.');
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
