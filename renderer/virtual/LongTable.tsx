// A table that may grow with a city's works or projects, in its own scroll box: from `from` rows
// on, only the rows in and near the box are drawn (see ./rows.tsx), with fixed column widths so
// that the columns do not change as other rows come into view.
import { useRef, type ReactNode } from 'react';
import { renderSegments, useVirtualRows } from './rows';
import './virtual.css';

export function LongTable(props: {
  count: number;
  columns: number;
  /** One body row; it needs data-index={i} and ref={measure} to be measured. */
  row: (i: number, measure: (el: Element | null) => void) => ReactNode;
  /** The header (<thead>), its row with aria-rowindex={1}. */
  children: ReactNode;
  className?: string;
  /** Classes of the scroll box, and those added while virtual (a bounded height). */
  box?: string;
  virtualBox?: string;
  /** Column widths while virtual (else the table lays itself out). */
  widths?: readonly string[];
  from?: number;
  estimate?: number;
  /** Names the scroll box as a focusable region, for tables whose rows hold nothing to focus
   *  (a scroll box must be reachable by keyboard). */
  label?: string;
  /** The table's caption (it must come before the column widths). */
  caption?: ReactNode;
  /** Extra attributes of the <table>, such as data-* hooks. */
  attrs?: Record<string, string>;
}) {
  const box = useRef<HTMLDivElement>(null);
  const v = useVirtualRows({ count: props.count, scrollRef: box, estimate: props.estimate ?? 25, from: props.from ?? 120 });
  const boxClass = props.box ?? 'kk-scroll kk-tall';
  return (
    <div className={v.virtual ? `${boxClass} kk-vbox ${props.virtualBox ?? ''}`.trim() : boxClass} ref={box}
      {...(props.label ? { tabIndex: 0, role: 'region', 'aria-label': props.label } : {})}>
      <table className={props.className ?? 'kk-table'} aria-rowcount={props.count + 1} {...props.attrs}>
        {props.caption !== undefined && <caption>{props.caption}</caption>}
        {v.virtual && props.widths && <colgroup>{props.widths.map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>}
        {props.children}
        <tbody>{renderSegments(v.segments, props.columns, (i) => props.row(i, v.measure))}</tbody>
      </table>
    </div>
  );
}
