// Whether an element is on screen or about to be (within a screen's height of it): a costly part
// of a section far below the fold need not be drawn until the user scrolls towards it.
import { useEffect, useState } from 'react';

/** [near, ref]: near while the element given to `ref` is within a screen of the viewport; always
 *  true when `always` (and where the browser cannot tell). */
export function useNear(always: boolean): [boolean, (el: Element | null) => void] {
  const [el, setEl] = useState<Element | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (always || !el) return;
    if (typeof IntersectionObserver === 'undefined') { setNear(true); return; }
    const watch = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: '100% 0px' });
    watch.observe(el);
    return () => watch.disconnect();
  }, [el, always]);
  return [always || near, setEl];
}
