// The window's height, followed on resize: presentation mode sizes its chart to the screen.
import { useEffect, useState } from 'react';

export function useViewportHeight(active: boolean): number {
  const [h, setH] = useState(() => (typeof window === 'undefined' ? 720 : window.innerHeight));
  useEffect(() => {
    if (!active) return;
    const on = () => setH(window.innerHeight);
    on();
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, [active]);
  return h;
}

/** The presentation chart: what is left below the headline and title (about 45% of the screen), never under 300 px. */
export const presentationChartHeight = (viewport: number): number => Math.max(300, Math.round(viewport * 0.5));
