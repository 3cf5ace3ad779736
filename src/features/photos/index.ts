export { KeepOriginalCheckbox } from './KeepOriginalCheckbox.tsx';
export { PHOTO_REJECTED, photoRejectionMessage } from './photoMessages.ts';
