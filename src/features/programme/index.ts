export { ProgrammeScreen } from './ProgrammeScreen.tsx';
export { SessionScreen } from './SessionScreen.tsx';
