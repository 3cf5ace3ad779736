// The advisor's way out of the kiosk: asks for the exit code and compares its hash with the saved one.
import { useState } from 'react';
import { hashCode } from '../kioskState.ts';

export function ExitButton({ exitHash, onExit }: { exitHash: string; onExit: () => void }) {
  const [asking, setAsking] = useState(false);
  const [code, setCode] = useState('');
  const [wrong, setWrong] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link kiosk-exit" onClick={() => setAsking(true)}>
        Salir (asesor)
      </button>
    );
  }
  return (
    <form
      className="kiosk-exit-form"
      onSubmit={(e) => {
        e.preventDefault();
        void hashCode(code).then((h) => (h === exitHash ? onExit() : (setWrong(true), setCode(''))));
      }}
    >
      <label htmlFor="kiosk-exit-code">Código del asesor</label>
      <input
        id="kiosk-exit-code"
        type="password"
        inputMode="numeric"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoFocus
      />
      {wrong && <span className="field-error">Código incorrecto</span>}
      <button type="submit">Salir</button>
      <button type="button" className="link" onClick={() => setAsking(false)}>
        Cancelar
      </button>
    </form>
  );
}
