export { KeepOriginalCheckbox } from './KeepOriginalCheckbox.tsx';
export { photoRejectionMessage } from './photoMessages.ts';
