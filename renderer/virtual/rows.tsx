// Long tables draw only the rows in and near their scroll box (with @tanstack/react-virtual); the
// rows above and below are stood in for by one empty spacer row each, so the table stays a real
// table: one header, real rows, column widths kept by the table itself. Screen readers hear the
// full size through aria-rowcount and each row's aria-rowindex. Below `from` rows, and while
// printing, every row is drawn.
import { useCallback, type ReactNode, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { usePrinting } from './printing';

export interface VirtualRowsOptions {
  count: number;
  /** The scroll box around the table (overflow: auto, a bounded height). */
  scrollRef: RefObject<HTMLElement | null>;
  /** A typical row's height in px; rows are measured once drawn. */
  estimate: number;
  /** A row kept drawn wherever the box scrolls (the one holding the focus, with its draft). */
  keep?: number | null;
  /** Fewer rows than this are all drawn. */
  from?: number;
  overscan?: number;
}

export type Segment = { index: number; gap?: undefined } | { gap: number; key: string; index?: undefined };

export interface VirtualRows {
  /** Rows to draw in order, with a spacer of `gap` px wherever rows are left out. */
  segments: Segment[];
  virtual: boolean;
  /** Scrolls a row into the box (it is drawn in the next frame). */
  scrollTo(index: number): void;
  /** Ref for a drawn row, so its real height is measured; the row needs data-index. */
  measure: (el: Element | null) => void;
  virtualizer: Virtualizer<HTMLElement, Element>;
}

export function useVirtualRows(o: VirtualRowsOptions): VirtualRows {
  const printing = usePrinting();
  const virtual = !printing && o.count >= (o.from ?? 0);
  const keep = o.keep ?? null;
  const rangeExtractor = useCallback((range: Range) => {
    const r = defaultRangeExtractor(range);
    if (keep === null || keep >= range.count || r.includes(keep)) return r;
    return [...r, keep].sort((a, b) => a - b);
  }, [keep]);
  const v = useVirtualizer<HTMLElement, Element>({
    count: o.count,
    getScrollElement: () => o.scrollRef.current,
    estimateSize: () => o.estimate,
    overscan: o.overscan ?? 10,
    rangeExtractor,
    enabled: virtual,
  });
  const scrollTo = useCallback((index: number) => {
    if (virtual) v.scrollToIndex(index, { align: 'center' });
  }, [v, virtual]);
  if (!virtual) {
    return { segments: Array.from({ length: o.count }, (_, index) => ({ index })), virtual, scrollTo, measure: noMeasure, virtualizer: v };
  }
  const segments: Segment[] = [];
  let end = 0;
  for (const item of v.getVirtualItems()) {
    if (item.start > end) segments.push({ gap: item.start - end, key: `gap-${item.index}` });
    segments.push({ index: item.index });
    end = Math.max(end, item.end);
  }
  const total = v.getTotalSize();
  if (total > end) segments.push({ gap: total - end, key: 'gap-end' });
  return { segments, virtual, scrollTo, measure: v.measureElement, virtualizer: v };
}

const noMeasure = () => {};

/** The rows of a table body: each drawn row from `row`, each gap an empty row of that height. */
export function renderSegments(segments: Segment[], columns: number, row: (index: number) => ReactNode): ReactNode[] {
  return segments.map((s) => (s.gap === undefined ? row(s.index) : (
    <tr key={s.key} className="kk-gap" aria-hidden="true">
      <td colSpan={columns} style={{ height: s.gap }} />
    </tr>
  )));
}
