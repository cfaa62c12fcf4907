// The width an element is shown at, followed on resize: a chart drawn in plain SVG can then draw at
// that width, or scale its text by it, instead of stretching a fixed drawing and its type.
import { useEffect, useState, type RefObject } from 'react';

/** The element's width in CSS pixels; `initial` until it is measured (and where it cannot be). */
export function useShownWidth(ref: RefObject<Element | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => { const w = el.getBoundingClientRect().width; if (w > 0) setWidth(w); });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
