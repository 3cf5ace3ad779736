export { saveBlob } from './saveBlob.ts';
