/** The banner offering a new version; the app shell owns the service worker and passes its state. */
export function UpdatePrompt({ waiting, onApply }: { waiting: boolean; onApply: () => void }) {
  if (!waiting) return null;
  return (
    <div className="banner info update-prompt" role="alert" data-testid="update-prompt">
      Hay una nueva versión de Bitácora PME. Guarde lo que está escribiendo y presione «Actualizar».
      <button type="button" className="primary" onClick={onApply}>
        Actualizar
      </button>
    </div>
  );
}
