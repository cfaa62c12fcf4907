// The waterfall separate → bundling → differentiation → citizen → integrated, as stacked bars with
// an invisible base (recharts has no waterfall type).
import { memo, useContext, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { t, type Lang } from '../../engine/i18n';
import type { ComputeResult } from '../../engine/model/result';
import { WrappedTick } from './AxisTick';
import { useHeldAxis } from './axis';
import { ChartFrame, type PngHandler } from './ChartFrame';
import { useDragging } from './dragging';
import { explainSaving, explainStep, type PerspectiveId } from './explain';
import { ExplainContext, Num } from './ExplainContext';
import { euro, euroCompact } from './format';
import { step, waterfall, type WaterfallBar } from './view';

const colours = { total: '#1f4e79', saving: '#2e7d32', increase: '#c62828' };

function label(lang: Lang, b: WaterfallBar): string {
  return b.kind === 'total' ? t(lang, `dash.step.${b.key}`) : t(lang, `dash.saving.${b.key}`);
}

export const Waterfall = memo(function Waterfall(props: {
  result: ComputeResult; lang: Lang; perspective: PerspectiveId; animate: boolean; onExportPng?: PngHandler;
  /** Pixels, or 'fill': as tall as the frame it sits in (presentation mode). */
  height?: number | 'fill';
  /** Projector type sizes, times `scale` (the screen against 1280×720). */
  large?: boolean;
  scale?: number;
  /** Several waterfalls on one page (Compare): each its own frame id, a caption before the title
   *  (the scenario's name) and the lowest and highest value of them all, so they share one axis. */
  frameId?: string;
  caption?: string;
  domain?: [number, number];
}) {
  const { result: r, lang, perspective: p } = props;
  const api = useContext(ExplainContext);
  const bars = useMemo(() => waterfall(r, p), [r, p]);
  const data = useMemo(() => bars.map((b) => ({ ...b, name: label(lang, b), shown: b.kind === 'saving' ? -b.amount : b.amount })), [bars, lang]);
  const scale = props.large ? props.scale ?? 1 : 1;
  const fs = props.large ? Math.round(16 * scale) : 12;
  // While a what-if slider moves the axis stays put, so the bars visibly move against it.
  const axis = useHeldAxis(props.domain?.[0] ?? Math.min(...bars.map((b) => b.base)), props.domain?.[1] ?? Math.max(...bars.map((b) => b.base + b.height)), useDragging());
  const fill = props.height === 'fill';
  const px = typeof props.height === 'number' ? props.height : 280;
  const explain = (b: WaterfallBar) => {
    if (b.kind === 'saving') return explainSaving(lang, r, b.key as 'bundling', p);
    const s = step(r, b.key as 'separate' | 'integrated');
    return s && explainStep(lang, r, s, p);
  };
  const table = () => (
    <table className="kk-table">
      <thead><tr><th scope="col">{t(lang, 'dash.waterfall.step')}</th><th scope="col" className="kk-right">{t(lang, 'dash.waterfall.amount')}</th><th scope="col" className="kk-right">{t(lang, 'dash.waterfall.running')}</th></tr></thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key} data-key={b.key}>
            <th scope="row">{label(lang, b)}</th>
            <td className="kk-right"><Num value={euro(lang, b.kind === 'saving' ? -b.amount : b.amount)} label={label(lang, b)} explain={() => explain(b)} /></td>
            <td className="kk-right">{euro(lang, b.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const plot = (
    <ResponsiveContainer width="100%" height={fill ? '100%' : px} initialDimension={{ width: 600, height: px }}>
      <BarChart data={data} margin={{ top: Math.round(24 * scale), right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} height={fs * 2.6 + 8} tick={<WrappedTick fontSize={fs} />} />
        <YAxis tickFormatter={(v: number) => euroCompact(lang, v)} width={props.large ? Math.round(100 * scale) : 80} tick={{ fontSize: fs }}
          domain={axis.domain} ticks={axis.ticks} allowDataOverflow={false} />
        <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} />
        <Bar dataKey="height" stackId="w" isAnimationActive={props.animate} animationDuration={400}
          onClick={(_: unknown, i: number) => { const b = bars[i]; const e = b && explain(b); if (e && api) api.show(e); }}>
          {bars.map((b) => (
            <Cell key={b.key} cursor="pointer" fill={b.kind === 'total' ? colours.total : b.amount >= 0 ? colours.saving : colours.increase} />
          ))}
          <LabelList dataKey="shown" position="top" formatter={(v: unknown) => euroCompact(lang, Number(v))} style={{ fontSize: fs, fill: '#222' }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
  return (
    <ChartFrame id={props.frameId ?? 'waterfall'} lang={lang} title={`${props.caption ? `${props.caption}: ` : ''}${t(lang, 'dash.waterfall.title')} (${t(lang, `dash.perspective.${p}`).toLowerCase()})`}
      desc={t(lang, 'dash.waterfall.desc')} table={table} onExportPng={props.onExportPng}>
      {fill ? <div className="kk-plot-fill">{plot}</div> : plot}
      {/* MODEL: with bundling, differentiation (or another step) can cost more: say so, not only in red. */}
      {bars.filter((b) => b.kind === 'saving' && b.amount < 0).map((b) => (
        <p key={b.key} className="kk-note kk-flag" data-note={`costs-more-${b.key}`}>
          {t(lang, b.key === 'differentiation' ? 'dash.waterfall.costsMoreDifferentiation' : 'dash.waterfall.costsMore', { step: label(lang, b) })}
        </p>
      ))}
    </ChartFrame>
  );
});
