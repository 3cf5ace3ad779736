import { Suspense, useEffect } from 'react';
import { LoginScreen, SignOutButton, useSession } from '../features/session/index.ts';
import { SyncIndicator } from '../features/sync-status/index.ts';
import { ExpiredExport, StorageStatus, TransferPanel } from '../features/storage/index.ts';
import { UpdatePrompt } from '../features/update/index.ts';
import { useStore } from 'zustand';
import { updateStore } from './serviceWorker.ts';
// The kiosk check is taken from its own module, so that the diagnosis screens stay out of the
// first chunk (CS-6).
import { loadKiosk } from '../features/diagnosis/kioskState.ts';
import type { Role, SessionUser } from '../domain/wire/protocol.ts';
import { useRoute, type Route } from './router.ts';
import { seesDashboard } from '../domain/dashboard/access.ts';
import {
  DashboardScreen,
  DiagnosisScreen,
  EvaluationScreen,
  InstrumentEditorScreen,
  KioskScreen,
  MonitoringScreen,
  NewSchoolScreen,
  PaperEntryScreen,
  PeiPlanesScreen,
  PmeScreen,
  PrioritisationScreen,
  ProgrammeScreen,
  ResultsDataScreen,
  SchoolListScreen,
  SchoolScreen,
  SessionScreen,
  preloadSchoolScreen,
} from './screens.ts';

const ROLE_LABELS = {
  admin: 'Administración',
  coordinador: 'Coordinación',
  asesor: 'Asesor(a)',
  escuela: 'Equipo del establecimiento',
  sostenedor: 'Sostenedor',
} as const satisfies Record<Role, string>;

function RouteScreen({ route }: { route: Route }) {
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
      return <ProgrammeScreen schoolId={route.schoolId} />;
    case 'session':
      return <SessionScreen key={route.sessionId} schoolId={route.schoolId} sessionId={route.sessionId} />;
    case 'monitoring':
      return <MonitoringScreen schoolId={route.schoolId} />;
    case 'pme':
      return <PmeScreen schoolId={route.schoolId} />;
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
      return <EvaluationScreen schoolId={route.schoolId} />;
    case 'dashboard':
      return <DashboardScreen />;
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

/** Screens after the first are loaded on demand: one fallback while a chunk arrives. */
function Screen({ route }: { route: Route }) {
  return (
    <Suspense fallback={<p className="muted">Abriendo…</p>}>
      <RouteScreen route={route} />
    </Suspense>
  );
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

/** Fetches and parses the school screen's chunk when the main thread is idle, before the tap. */
function usePreloadSchoolScreen(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn || typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(preloadSchoolScreen, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, [signedIn]);
}

/** Where a tablet locked in kiosk mode must go, or null when it is there (or not in kiosk mode). */
function kioskAddress(kiosk: ReturnType<typeof loadKiosk>, route: Route): string | null {
  if (!kiosk) return null;
  const there =
    route.name === 'kiosk' &&
    route.schoolId === kiosk.schoolId &&
    route.group === kiosk.group &&
    route.survey === kiosk.survey;
  const surveyPath = kiosk.survey === 'evaluation' ? 'evaluacion' : 'diagnostico';
  return there ? null : `#/escuelas/${kiosk.schoolId}/${surveyPath}/kiosco/${kiosk.group}`;
}

function Shell({ user, route }: { user: SessionUser; route: Route }) {
  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="#/escuelas">
          Bitácora PME
        </a>
        {seesDashboard(user.role) && (
          <a href="#/panel" data-testid="nav-dashboard">
            Panel
          </a>
        )}
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
        <TransferPanel />
      </footer>
    </div>
  );
}

export function App() {
  const session = useSession();
  const route = useRoute();
  usePreloadSchoolScreen(session.status === 'signed-in');
  if (session.status === 'loading') return <p className="splash">Abriendo Bitácora PME…</p>;
  if (session.status === 'signed-out') {
    return (
      <>
        <AppUpdatePrompt />
        <LoginScreen expired={session.reason === 'expired'} />
        {session.reason === 'expired' && <ExpiredExport />}
      </>
    );
  }
  // A tablet in kiosk mode shows only the survey, whatever the address, until the advisor leaves it.
  const kioskRedirect = kioskAddress(loadKiosk(), route);
  if (kioskRedirect) return <Redirect to={kioskRedirect} />;
  if (route.name === 'kiosk') {
    return (
      <main className="kiosk-main">
        <Screen route={route} />
      </main>
    );
  }
  return <Shell user={session.session.user} route={route} />;
}
