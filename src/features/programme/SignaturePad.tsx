// A signature drawn with a finger or stylus on the tablet, saved as a PNG image.
import { useSignatureCanvas } from './useSignatureCanvas.ts';

type Props = { name: string; onSave: (png: Blob) => void; onCancel: () => void };

export function SignaturePad({ name, onSave, onCancel }: Props) {
  const { canvas, empty, pointerHandlers, clear, toPng } = useSignatureCanvas();
  return (
    <div className="signature-dialog" role="dialog" aria-label={`Firma de ${name}`}>
      <p>
        Firma de <strong>{name}</strong>
      </p>
      <canvas ref={canvas} className="signature-pad" data-testid="signature-pad" {...pointerHandlers} />
      <div className="inline-form">
        <button type="button" onClick={onCancel}>
          Cancelar
        </button>
        <button type="button" onClick={clear}>
          Borrar
        </button>
        <button
          type="button"
          className="primary"
          disabled={empty}
          data-testid="signature-save"
          onClick={() => toPng(onSave)}
        >
          Guardar firma
        </button>
      </div>
    </div>
  );
}
