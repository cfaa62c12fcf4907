// Long lists drawn a slice at a time. A 3,000-work city puts ~25,000 elements on the dashboard
// (the opportunity matrix alone ~17,000); added in one commit they block the page for seconds.
// The first slice fills the screen; each further slice follows in its own task after a frame, as
// an interruptible transition, so the page paints and takes input between slices. Once everything
// is shown it stays shown: a what-if move re-renders the full list, not a growing one.
import { startTransition, useEffect, useState } from 'react';

export function useProgressive(total: number, first: number, step: number): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown((n) => n + step)), 0);
    });
    return () => { cancelAnimationFrame(frame); if (timer !== undefined) clearTimeout(timer); };
  }, [shown, total, step]);
  return Math.min(shown, total);
}
