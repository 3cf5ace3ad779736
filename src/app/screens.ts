// Every screen but the sign-in form is its own chunk, loaded when its route is visited (precached,
// so offline too): the first screen never fetches or parses the PDF and XLSX writers, the report
// builders or the other features' schemas (CS-6).
import { createElement, lazy, useState, type ComponentType } from 'react';
import { parseRoute } from './router.ts';

interface RouteScreen<P> {
  Screen: ComponentType<P>;
  /** Fetches and runs the chunk now; the screen then renders without suspending. */
  preload: () => Promise<unknown>;
}

/**
 * A screen loaded with its chunk. Once the chunk has run (preloaded, or visited before) the screen
 * renders at once; only a first visit suspends. A suspended screen shows the fallback, and React
 * then holds the content back until 300 ms after that fallback (its reveal throttle): the school
 * list at start and a school tapped in it would wait for nothing (CS-8).
 */
export function routeScreen<M, P extends object>(
  load: () => Promise<M>,
  pick: (m: M) => ComponentType<P>,
): RouteScreen<P> {
  let loaded: ComponentType<P> | null = null;
  const preload = () => load().then((m) => (loaded = pick(m)));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component would remount it.
    const [component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(component, props);
  }
  return { Screen, preload };
}

const schoolList = routeScreen(
  () => import('../features/schools/SchoolListScreen.tsx'),
  (m) => m.SchoolListScreen,
);
export const SchoolListScreen = schoolList.Screen;

/**
 * On a device that was signed in, the first screen's chunk loads while the session is read: the Panel's
 * when the address is the Panel (SDP-4), else the school list's.
 */
export function preloadFirstScreen(hash: string): void {
  if (parseRoute(hash).name === 'dashboard') void dashboard.preload();
  else void schoolList.preload();
}

const schools = () => import('../features/schools/index.ts');
const school = routeScreen(schools, (m) => m.SchoolScreen);
export const SchoolScreen = school.Screen;
export const NewSchoolScreen = routeScreen(schools, (m) => m.NewSchoolScreen).Screen;

/** Loads the school screen's chunk ahead of the tap, once the list is shown (CS-3). */
export function preloadSchoolScreen(): void {
  void school.preload();
}

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
const dashboard = routeScreen(
  () => import('../features/dashboard/index.ts'),
  (m) => m.DashboardScreen,
);
export const DashboardScreen = dashboard.Screen;

const diagnosis = () => import('../features/diagnosis/index.ts');
export const DiagnosisScreen = lazy(() => diagnosis().then((m) => ({ default: m.DiagnosisScreen })));
export const KioskScreen = lazy(() => diagnosis().then((m) => ({ default: m.KioskScreen })));
export const PaperEntryScreen = lazy(() => diagnosis().then((m) => ({ default: m.PaperEntryScreen })));
export const ResultsDataScreen = lazy(() => diagnosis().then((m) => ({ default: m.ResultsDataScreen })));
export const PrioritisationScreen = lazy(() => diagnosis().then((m) => ({ default: m.PrioritisationScreen })));
export const PeiPlanesScreen = lazy(() => diagnosis().then((m) => ({ default: m.PeiPlanesScreen })));
export const InstrumentEditorScreen = lazy(() => diagnosis().then((m) => ({ default: m.InstrumentEditorScreen })));
