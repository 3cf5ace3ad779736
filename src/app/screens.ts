// Every screen but the sign-in form is its own chunk, loaded when its route is visited (precached,
// so offline too): the first screen never fetches or parses the PDF and XLSX writers, the report
// builders or the other features' schemas (CS-6).
import { lazy } from 'react';

const schoolList = () => import('../features/schools/SchoolListScreen.tsx');
export const SchoolListScreen = lazy(() => schoolList().then((m) => ({ default: m.SchoolListScreen })));

/** On a device that was signed in, the school list's chunk loads while the session is read. */
export function preloadSchoolList(): void {
  void schoolList();
}
export const SchoolScreen = lazy(() =>
  import('../features/schools/index.ts').then((m) => ({ default: m.SchoolScreen })),
);
export const NewSchoolScreen = lazy(() =>
  import('../features/schools/index.ts').then((m) => ({ default: m.NewSchoolScreen })),
);
export const PmeScreen = lazy(() => import('../features/pme/index.ts').then((m) => ({ default: m.PmeScreen })));
export const ProgrammeScreen = lazy(() =>
  import('../features/programme/index.ts').then((m) => ({ default: m.ProgrammeScreen })),
);
export const SessionScreen = lazy(() =>
  import('../features/programme/index.ts').then((m) => ({ default: m.SessionScreen })),
);
export const MonitoringScreen = lazy(() =>
  import('../features/monitoring/index.ts').then((m) => ({ default: m.MonitoringScreen })),
);
export const EvaluationScreen = lazy(() =>
  import('../features/evaluation/index.ts').then((m) => ({ default: m.EvaluationScreen })),
);
export const DashboardScreen = lazy(() =>
  import('../features/dashboard/index.ts').then((m) => ({ default: m.DashboardScreen })),
);

const diagnosis = () => import('../features/diagnosis/index.ts');
export const DiagnosisScreen = lazy(() => diagnosis().then((m) => ({ default: m.DiagnosisScreen })));
export const KioskScreen = lazy(() => diagnosis().then((m) => ({ default: m.KioskScreen })));
export const PaperEntryScreen = lazy(() => diagnosis().then((m) => ({ default: m.PaperEntryScreen })));
export const ResultsDataScreen = lazy(() => diagnosis().then((m) => ({ default: m.ResultsDataScreen })));
export const PrioritisationScreen = lazy(() => diagnosis().then((m) => ({ default: m.PrioritisationScreen })));
export const PeiPlanesScreen = lazy(() => diagnosis().then((m) => ({ default: m.PeiPlanesScreen })));
export const InstrumentEditorScreen = lazy(() => diagnosis().then((m) => ({ default: m.InstrumentEditorScreen })));

/** Loads the school screen's chunk ahead of the tap, once the list is shown (CS-3). */
export function preloadSchoolScreen(): void {
  void import('../features/schools/index.ts');
}
