import { useState } from 'react';
import { useStore } from 'zustand';
import { summarize, syncStore } from '../../sync/syncStore.ts';
import { signOut } from '../../sync/session/sessionStore.ts';

/** Signing out never discards local data; with unsynced changes it asks first and says so. */
export function SignOutButton() {
  const pending = useStore(syncStore, (s) => summarize(s).pending);
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <div className="signout-confirm" role="alertdialog" aria-label="Cerrar sesión">
        <p>
          Tiene {pending === 1 ? '1 cambio sin sincronizar' : `${pending} cambios sin sincronizar`}. Si cierra sesión,
          los cambios quedan guardados en este equipo y se sincronizarán cuando vuelva a ingresar con conexión.
        </p>
        <button type="button" onClick={() => void signOut()}>
          Cerrar sesión de todos modos
        </button>
        <button type="button" className="primary" onClick={() => setConfirming(false)}>
          Seguir trabajando
        </button>
      </div>
    );
  }
  return (
    <button type="button" className="link" onClick={() => (pending > 0 ? setConfirming(true) : void signOut())}>
      Cerrar sesión
    </button>
  );
}
