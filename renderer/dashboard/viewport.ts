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

/** The presentation chart: the screen less what the title, headline and chart frame take (about
 *  430 px), never under 260 px, so the chart fits a 1280×720 projector without scrolling. */
export const presentationChartHeight = (viewport: number): number => Math.max(260, Math.round(viewport - 430));
