export { LoginScreen } from './LoginScreen.tsx';
export { SignOutButton } from './SignOutButton.tsx';
export { useAttachments, useCanEdit, useCurrentUser, useSession, useWorkspace } from './hooks.ts';
export {
  sessionStore,
  restoreSession,
  installSessionListeners,
  firstScreenShown,
  holdBackgroundOpening,
  probablySignedIn,
} from '../../sync/session/sessionStore.ts';
export { useDocView } from './useDocView.ts';
export { useHandle, useView } from './useHandle.ts';
