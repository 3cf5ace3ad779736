export { preparePhoto } from './preparePhoto.ts';
export { printableImage } from './printable.ts';
