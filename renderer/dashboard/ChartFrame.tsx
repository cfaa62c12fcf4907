// The frame every chart sits in: a titled figure with a description for screen readers, the chart,
// its data table in a <details> (a table behind every chart), and a PNG export button.
import { useRef, useState, type ReactNode } from 'react';
import { t, type Lang } from '../../engine/i18n';
import { LazyDetails } from './LazyDetails';
import { svgToPng, type PngDecor } from './png';

export type PngHandler = (bytes: Uint8Array, suggestedName: string) => void;

export function ChartFrame(props: {
  id: string; lang: Lang; title: string; desc: string; controls?: ReactNode; table: () => ReactNode;
  onExportPng?: PngHandler; children: ReactNode; tableOpen?: boolean;
  /** The chart holds its own focusable parts (the matrix): a group, not a flat image. */
  interactive?: boolean;
  /** A legend drawn into the exported PNG when the chart's own legend is HTML. */
  pngLegend?: PngDecor['legend'];
  /** Still drawing (a long matrix comes a slice at a time). */
  busy?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const exportPng = async () => {
    const svg = ref.current?.querySelector('.recharts-wrapper > svg.recharts-surface, svg.kk-svg') as SVGSVGElement | null;
    if (!svg || !props.onExportPng) return;
    setBusy(true);
    try {
      props.onExportPng(await svgToPng(svg, { title: props.title, legend: props.pngLegend }), t(props.lang, 'dash.export.pngName', { chart: props.id }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="kk-card kk-chart" aria-labelledby={`kk-${props.id}-title`} data-chart={props.id} aria-busy={props.busy || undefined}>
      <header className="kk-chart-head">
        <h2 id={`kk-${props.id}-title`}>{props.title}</h2>
        <div className="kk-chart-tools">
          {props.controls}
          {props.onExportPng && (
            <button type="button" className="kk-btn" disabled={busy} onClick={() => void exportPng()}>{t(props.lang, 'dash.export.png')}</button>
          )}
        </div>
      </header>
      <p className="kk-sr-only" id={`kk-${props.id}-desc`}>{props.desc}</p>
      <div ref={ref} className="kk-chart-body" role={props.interactive ? 'group' : 'img'} aria-labelledby={`kk-${props.id}-title`} aria-describedby={`kk-${props.id}-desc`}>
        {props.children}
      </div>
      <LazyDetails className="kk-data" defaultOpen={props.tableOpen} summary={t(props.lang, 'dash.table.show')}>
        {props.table}
      </LazyDetails>
    </section>
  );
}
