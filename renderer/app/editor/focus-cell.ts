// Focuses a grid cell that a virtual table is about to draw: the row appears a frame or two after
// it was scrolled to, so the cell is looked for on each frame for a short while.

/** Focuses the element once `find` returns it (up to ~20 frames); the result cancels. */
export function focusCell(find: () => HTMLElement | null, center = true): () => void {
  let frame = 0;
  let tries = 0;
  const attempt = () => {
    const el = find();
    if (el) {
      if (center) el.scrollIntoView({ block: 'center', inline: 'nearest' });
      el.focus({ preventScroll: center });
      return;
    }
    if (++tries < 20) frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}
