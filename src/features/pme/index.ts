export { PmeScreen } from './PmeScreen.tsx';
export { PesosInput } from './fields.tsx';
