export { DiagnosisScreen } from './DiagnosisScreen.tsx';
export { KioskScreen } from './KioskScreen.tsx';
export { loadKiosk } from './kioskState.ts';
export { PaperEntryScreen } from './PaperEntryScreen.tsx';
export { ResultsDataScreen } from './ResultsDataScreen.tsx';
export { PrioritisationScreen } from './PrioritisationScreen.tsx';
export { PeiPlanesScreen } from './PeiPlanesScreen.tsx';
export { InstrumentEditorScreen } from './InstrumentEditorScreen.tsx';
