export { DiagnosisScreen } from './DiagnosisScreen.tsx';
export { KioskScreen } from './KioskScreen.tsx';
export { loadKiosk } from './kioskState.ts';
