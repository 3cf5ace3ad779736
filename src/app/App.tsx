import { Suspense, lazy, useEffect, type ReactNode } from 'react';
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
import type { SessionUser } from '../domain/wire/protocol.ts';
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

/** A screen loaded on demand, with "Abriendo…" while its code arrives. */
function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="muted">Abriendo…</p>}>{children}</Suspense>;
}

function NotFound() {
  return (
    <section className="card">
      <h1>Página no encontrada</h1>
      <p>
        Esta página no existe. <a href="#/escuelas">Volver a los establecimientos</a>
      </p>
    </section>
  );
}

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
        <Deferred>
          <ProgrammeScreen schoolId={route.schoolId} />
        </Deferred>
      );
    case 'session':
      return (
        <Deferred>
          <SessionScreen key={route.sessionId} schoolId={route.schoolId} sessionId={route.sessionId} />
        </Deferred>
      );
    case 'monitoring':
      return (
        <Deferred>
          <MonitoringScreen schoolId={route.schoolId} />
        </Deferred>
      );
    case 'pme':
      return (
        <Deferred>
          <PmeScreen schoolId={route.schoolId} />
        </Deferred>
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
        <Deferred>
          <EvaluationScreen schoolId={route.schoolId} />
        </Deferred>
      );
    case 'not-found':
      return <NotFound />;
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
  const kioskRedirect = kioskAddress(loadKiosk(), route);
  if (kioskRedirect) return <Redirect to={kioskRedirect} />;
  if (route.name === 'kiosk') {
    return (
      <main className="kiosk-main">
        <KioskScreen schoolId={route.schoolId} group={route.group} survey={route.survey} />
      </main>
    );
  }
  return <Shell user={session.session.user} route={route} />;
}
