export { PmeScreen } from './PmeScreen.tsx';
