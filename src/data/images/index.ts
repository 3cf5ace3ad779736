export { preparePhoto, type PreparePhotoOptions, type PreparePhotoResult, type PreparedPhoto } from './preparePhoto.ts';
export { printableImage, type PrintableImage } from './printable.ts';
