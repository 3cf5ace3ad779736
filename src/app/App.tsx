import { Suspense, lazy, useEffect } from 'react';
import { LoginScreen, SignOutButton, useSession } from '../features/session/index.ts';
import { SyncIndicator } from '../features/sync-status/index.ts';
import { StorageStatus } from '../features/storage/index.ts';
import { UpdatePrompt } from '../features/update/index.ts';
import { useStore } from 'zustand';
import { updateStore } from './serviceWorker.ts';
import { NewSchoolScreen, SchoolListScreen, SchoolScreen } from '../features/schools/index.ts';
import {
  DiagnosisScreen,
  InstrumentEditorScreen,
  KioskScreen,
  PaperEntryScreen,
  PeiPlanesScreen,
  PrioritisationScreen,
  ResultsDataScreen,
  loadKiosk,
} from '../features/diagnosis/index.ts';
import { useRoute, type Route } from './router.ts';

// The PME editor is a large screen used from month 2 on: loaded on demand (precached, so offline too).
const PmeScreen = lazy(() => import('../features/pme/index.ts').then((m) => ({ default: m.PmeScreen })));
const ProgrammeScreen = lazy(() =>
  import('../features/programme/index.ts').then((m) => ({ default: m.ProgrammeScreen })),
);
const MonitoringScreen = lazy(() =>
  import('../features/monitoring/index.ts').then((m) => ({ default: m.MonitoringScreen })),
);
const EvaluationScreen = lazy(() =>
  import('../features/evaluation/index.ts').then((m) => ({ default: m.EvaluationScreen })),
);
const SessionScreen = lazy(() => import('../features/programme/index.ts').then((m) => ({ default: m.SessionScreen })));

const ROLE_LABELS = {
  admin: 'Administración',
  coordinador: 'Coordinación',
  asesor: 'Asesor(a)',
  escuela: 'Equipo del establecimiento',
} as const;

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'schools':
      return <SchoolListScreen />;
    case 'new-school':
      return <NewSchoolScreen />;
    case 'school':
      return <SchoolScreen schoolId={route.schoolId} />;
    case 'diagnosis':
      return <DiagnosisScreen schoolId={route.schoolId} />;
    case 'programme':
      return (
        <Suspense fallback={<p className="muted">Abriendo…</p>}>
          <ProgrammeScreen schoolId={route.schoolId} />
        </Suspense>
      );
    case 'session':
      return (
        <Suspense fallback={<p className="muted">Abriendo…</p>}>
          <SessionScreen key={route.sessionId} schoolId={route.schoolId} sessionId={route.sessionId} />
        </Suspense>
      );
    case 'monitoring':
      return (
        <Suspense fallback={<p className="muted">Abriendo…</p>}>
          <MonitoringScreen schoolId={route.schoolId} />
        </Suspense>
      );
    case 'pme':
      return (
        <Suspense fallback={<p className="muted">Abriendo…</p>}>
          <PmeScreen schoolId={route.schoolId} />
        </Suspense>
      );
    case 'diagnosis-paper':
      return <PaperEntryScreen schoolId={route.schoolId} />;
    case 'diagnosis-data':
      return <ResultsDataScreen schoolId={route.schoolId} />;
    case 'diagnosis-priorities':
      return <PrioritisationScreen schoolId={route.schoolId} />;
    case 'diagnosis-pei':
      return <PeiPlanesScreen schoolId={route.schoolId} />;
    case 'instrument':
      return <InstrumentEditorScreen schoolId={route.schoolId} group={route.group} survey={route.survey} />;
    case 'kiosk':
      return <KioskScreen schoolId={route.schoolId} group={route.group} survey={route.survey} />;
    case 'evaluation-paper':
      return <PaperEntryScreen schoolId={route.schoolId} survey="evaluation" />;
    case 'evaluation':
      return (
        <Suspense fallback={<p className="muted">Abriendo…</p>}>
          <EvaluationScreen schoolId={route.schoolId} />
        </Suspense>
      );
    case 'not-found':
      return (
        <section className="card">
          <h1>Página no encontrada</h1>
          <p>
            Esta página no existe. <a href="#/escuelas">Volver a los establecimientos</a>
          </p>
        </section>
      );
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => {
    window.location.replace(to);
  }, [to]);
  return null;
}

/** The update banner, fed by the shell's service-worker registration. */
function AppUpdatePrompt() {
  const { waiting, apply } = useStore(updateStore);
  return <UpdatePrompt waiting={waiting} onApply={apply} />;
}

export function App() {
  const session = useSession();
  const route = useRoute();
  if (session.status === 'loading') return <p className="splash">Abriendo Bitácora PME…</p>;
  if (session.status === 'signed-out') {
    return (
      <>
        <AppUpdatePrompt />
        <LoginScreen expired={session.reason === 'expired'} />
      </>
    );
  }
  // A tablet in kiosk mode shows only the survey, whatever the address, until the advisor leaves it.
  const kiosk = loadKiosk();
  if (
    kiosk &&
    (route.name !== 'kiosk' ||
      route.schoolId !== kiosk.schoolId ||
      route.group !== kiosk.group ||
      route.survey !== kiosk.survey)
  ) {
    return (
      <Redirect
        to={`#/escuelas/${kiosk.schoolId}/${kiosk.survey === 'evaluation' ? 'evaluacion' : 'diagnostico'}/kiosco/${kiosk.group}`}
      />
    );
  }
  if (route.name === 'kiosk') {
    return (
      <main className="kiosk-main">
        <KioskScreen schoolId={route.schoolId} group={route.group} survey={route.survey} />
      </main>
    );
  }
  const { user } = session.session;
  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="#/escuelas">
          Bitácora PME
        </a>
        <SyncIndicator />
        <div className="user">
          <span data-testid="user-name">
            {user.displayName} · {ROLE_LABELS[user.role]}
          </span>
          <SignOutButton />
        </div>
      </header>
      <AppUpdatePrompt />
      <main>
        <Screen route={route} />
      </main>
      <footer>
        <StorageStatus />
      </footer>
    </div>
  );
}
