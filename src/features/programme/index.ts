export { ProgrammeScreen } from './ProgrammeScreen.tsx';
export { SessionScreen } from './SessionScreen.tsx';
export { AttachmentImage } from './AttachmentImage.tsx';
export { SignaturePad } from './SignaturePad.tsx';
