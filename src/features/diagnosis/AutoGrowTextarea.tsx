// A textarea as tall as its text, so that a long item is read whole while it is edited. Sized from
// scrollHeight on every change (CSS field-sizing is not in Safari, which the schools' iPads run).
// Item texts are one paragraph: Enter does not insert a line break.
import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

export function AutoGrowTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = () => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  };
  useLayoutEffect(fit, [props.value]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // A narrower column wraps the text onto more lines.
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== width) ((width = el.clientWidth), fit());
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <textarea
      rows={1}
      {...props}
      ref={ref}
      className={['auto-grow', props.className].filter(Boolean).join(' ')}
      onInput={(e) => (fit(), props.onInput?.(e))}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.currentTarget.form?.requestSubmit();
        }
        props.onKeyDown?.(e);
      }}
    />
  );
}
