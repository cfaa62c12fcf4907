// Keyboard movement between the chips of the opportunity matrix. The matrix is one tab stop (a
// roving tabindex); the arrow keys move inside it like in a grid whose rows are neighbourhoods.
// Pure: the component hands in where each chip is drawn, so the moves are testable without a DOM.

export interface KeyChip { work: string; x: number; y: number }

export type MatrixKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const matrixKeys: ReadonlySet<string> = new Set<MatrixKey>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** A row's chips in reading order: by year column, then top to bottom inside a column. */
function ordered(chips: readonly KeyChip[]): KeyChip[] {
  return [...chips].sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The chip a key moves to from `work`, or null when there is nowhere to go (an edge, or an
 *  unknown work). Left/Right: previous/next chip of the neighbourhood. Up/Down: the nearest chip
 *  (by year column, then height) of the nearest neighbourhood above/below that has any, so empty
 *  rows are skipped. Home/End: first/last chip of the neighbourhood; with Ctrl, of the matrix. */
export function chipAfterKey(rows: readonly { chips: readonly KeyChip[] }[], work: string, key: MatrixKey, ctrl = false): string | null {
  const lines = rows.map((r) => ordered(r.chips)).filter((l) => l.length > 0);
  const r = lines.findIndex((l) => l.some((c) => c.work === work));
  if (r < 0) return null;
  const line = lines[r]!;
  const i = line.findIndex((c) => c.work === work);
  const cur = line[i]!;
  let to: KeyChip | undefined;
  switch (key) {
    case 'ArrowLeft': to = line[i - 1]; break;
    case 'ArrowRight': to = line[i + 1]; break;
    case 'Home': to = ctrl ? lines[0]![0] : line[0]; break;
    case 'End': to = ctrl ? lines.at(-1)!.at(-1) : line.at(-1); break;
    case 'ArrowUp':
    case 'ArrowDown': {
      const next = lines[key === 'ArrowUp' ? r - 1 : r + 1];
      to = next?.reduce((best, c) =>
        (Math.abs(c.x - cur.x) < Math.abs(best.x - cur.x)
          || (Math.abs(c.x - cur.x) === Math.abs(best.x - cur.x) && Math.abs(c.y - cur.y) < Math.abs(best.y - cur.y)) ? c : best));
      break;
    }
  }
  return to && to.work !== work ? to.work : null;
}

/** Where a key moves from a neighbourhood's name (the toggle that opens its band): Up/Down to the
 *  name above/below, Home/End to the first/last name, Right into the band's first chip when open. */
export function rowAfterKey(rows: readonly { row: { neighbourhood: string }; chips: readonly KeyChip[] }[], neighbourhood: string, key: MatrixKey): { row?: string; work?: string } | null {
  const i = rows.findIndex((r) => r.row.neighbourhood === neighbourhood);
  if (i < 0) return null;
  const to = (j: number) => rows[j] && j !== i ? { row: rows[j]!.row.neighbourhood } : null;
  switch (key) {
    case 'ArrowUp': return to(i - 1);
    case 'ArrowDown': return to(i + 1);
    case 'Home': return to(0);
    case 'End': return to(rows.length - 1);
    case 'ArrowRight': { const first = ordered(rows[i]!.chips)[0]; return first ? { work: first.work } : null; }
    default: return null;
  }
}
