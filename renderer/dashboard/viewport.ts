// The window's size, followed on resize: presentation mode sizes its type and chart to the screen.
import { useEffect, useState } from 'react';

export interface Viewport { width: number; height: number }

const now = (): Viewport => (typeof window === 'undefined' ? { width: 1280, height: 720 } : { width: window.innerWidth, height: window.innerHeight });

export function useViewport(active: boolean): Viewport {
  const [v, setV] = useState(now);
  useEffect(() => {
    if (!active) return;
    const on = () => setV(now());
    on();
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, [active]);
  return v;
}

/** How much larger than at 1280×720 the projector type is: the tighter of width and height, as the
 *  presentation's CSS (min(1.5625vw, 2.78vh)) has it, so chart labels grow with the text. */
export const presentationScale = (v: Viewport): number => Math.min(2, Math.max(0.8, Math.min(v.width / 1280, v.height / 720)));
