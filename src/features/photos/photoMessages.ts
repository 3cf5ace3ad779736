// The Spanish sentence for each reason a photo is refused (PH-1…PH-4); one list for every screen.
import { MAX_ATTACHMENT_BYTES } from '../../domain/wire/attachments.ts';
import { MAX_PHOTO_INPUT_BYTES, type PhotoRejection } from '../../domain/photos/index.ts';

const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

export const PHOTO_REJECTED: Record<PhotoRejection, string> = {
  empty: 'El archivo está vacío.',
  'too-large': `La foto supera ${MB(MAX_PHOTO_INPUT_BYTES)} MB.`,
  'too-large-original': `La foto original supera ${MB(MAX_ATTACHMENT_BYTES)} MB: desmarque «Conservar la foto original» para guardarla reducida.`,
  'unsupported-type': 'Solo se aceptan fotos JPEG, PNG o WebP.',
  undecodable: 'No se pudo leer la imagen (archivo dañado o formato no compatible); no se guardó.',
};

/** "nombre.jpg: <motivo>" for the alert under the photo input. */
export const photoRejectionMessage = (fileName: string, error: PhotoRejection): string =>
  `${fileName}: ${PHOTO_REJECTED[error]}`;
