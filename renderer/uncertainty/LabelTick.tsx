// A y-axis tick of the tornado chart: an input's label right-aligned beside its bar, over two lines
// when it is long ("Eenheidsprijs variant Afkoppelen hemelwater"), so it is read whole instead of
// being cut at the axis's edge.
import { tickLines } from '../dashboard/AxisTick';

export function LabelTick(props: { x?: number; y?: number; payload?: { value?: unknown }; fontSize?: number; fill?: string; maxChars?: number }) {
  const fs = props.fontSize ?? 12;
  const label = String(props.payload?.value ?? '');
  const lines = tickLines(label, props.maxChars ?? 30);
  const first = fs * 0.35 - ((lines.length - 1) * fs * 1.15) / 2;
  return (
    <g transform={`translate(${props.x ?? 0},${props.y ?? 0})`}>
      <title>{label}</title>
      <text textAnchor="end" fontSize={fs} fill={props.fill ?? '#666'}>
        {lines.map((line, i) => <tspan key={i} x={-4} dy={i === 0 ? first : fs * 1.15}>{line}</tspan>)}
      </text>
    </g>
  );
}
