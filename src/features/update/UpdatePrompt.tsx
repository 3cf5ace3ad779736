import { useStore } from 'zustand';
import { updateStore } from './serviceWorker.ts';

export function UpdatePrompt() {
  const { waiting, apply } = useStore(updateStore);
  if (!waiting) return null;
  return (
    <div className="banner info update-prompt" role="alert" data-testid="update-prompt">
      Hay una nueva versión de Bitácora PME. Guarde lo que está escribiendo y presione «Actualizar».
      <button type="button" className="primary" onClick={apply}>
        Actualizar
      </button>
    </div>
  );
}
