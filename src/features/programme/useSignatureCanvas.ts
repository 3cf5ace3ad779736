// Drawing on a canvas with a finger or stylus: sized to the device's pixels, a dark round pen; the
// stroke follows the pointer while it is down.
import { useEffect, useRef, useState } from 'react';
import type { PointerEvent } from 'react';

type CanvasPointer = PointerEvent<HTMLCanvasElement>;

function pointOf(e: CanvasPointer): readonly [number, number] {
  const r = e.currentTarget.getBoundingClientRect();
  return [e.clientX - r.left, e.clientY - r.top] as const;
}

export function useSignatureCanvas() {
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

  const pointerHandlers = {
    onPointerDown: (e: CanvasPointer) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      drawing.current = true;
      const ctx = e.currentTarget.getContext('2d')!;
      const [x, y] = pointOf(e);
      ctx.beginPath();
      ctx.moveTo(x, y);
    },
    onPointerMove: (e: CanvasPointer) => {
      if (!drawing.current) return;
      const ctx = e.currentTarget.getContext('2d')!;
      const [x, y] = pointOf(e);
      ctx.lineTo(x, y);
      ctx.stroke();
      setEmpty(false);
    },
    onPointerUp: () => (drawing.current = false),
  };
  const clear = () => {
    const c = canvas.current!;
    c.getContext('2d')!.clearRect(0, 0, c.width, c.height);
    setEmpty(true);
  };
  const toPng = (done: (png: Blob) => void) => canvas.current!.toBlob((b) => b && done(b), 'image/png');
  return { canvas, empty, pointerHandlers, clear, toPng };
}
