// A signature drawn with a finger or stylus on the tablet, saved as a PNG image.
import { useEffect, useRef, useState } from 'react';

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function SignaturePad({
  name,
  onSave,
  onCancel,
}: {
  name: string;
  onSave: (png: Blob) => void;
  onCancel: () => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const c = canvas.current!;
    const ratio = window.devicePixelRatio || 1;
    c.width = c.clientWidth * ratio;
    c.height = c.clientHeight * ratio;
    const ctx = c.getContext('2d')!;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#10233a';
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };

  return (
    <div className="signature-dialog" role="dialog" aria-label={`Firma de ${name}`}>
      <p>
        Firma de <strong>{name}</strong>
      </p>
      <canvas
        ref={canvas}
        className="signature-pad"
        data-testid="signature-pad"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          const ctx = e.currentTarget.getContext('2d')!;
          const [x, y] = point(e);
          ctx.beginPath();
          ctx.moveTo(x, y);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const ctx = e.currentTarget.getContext('2d')!;
          const [x, y] = point(e);
          ctx.lineTo(x, y);
          ctx.stroke();
          setEmpty(false);
        }}
        onPointerUp={() => (drawing.current = false)}
      />
      <div className="inline-form">
        <button type="button" onClick={onCancel}>
          Cancelar
        </button>
        <button
          type="button"
          onClick={() => {
            const c = canvas.current!;
            c.getContext('2d')!.clearRect(0, 0, c.width, c.height);
            setEmpty(true);
          }}
        >
          Borrar
        </button>
        <button
          type="button"
          className="primary"
          disabled={empty}
          data-testid="signature-save"
          onClick={() => canvas.current!.toBlob((b) => b && onSave(b), 'image/png')}
        >
          Guardar firma
        </button>
      </div>
    </div>
  );
}
