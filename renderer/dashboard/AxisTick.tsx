// An x-axis tick that wraps a long label over two lines. The waterfall's English step names
// ("Neighbourhood differentiation", "Citizen-run maintenance") touch each other on one line at
// 1280 px; two lines keep the full text on the axis, so nothing needs a tooltip to be read.

/** A label as at most two lines: split at the space (or after a hyphen) that balances the lines
 *  best; short labels and single words stay on one line. */
export function tickLines(label: string, maxChars = 12): string[] {
  if (label.length <= maxChars) return [label];
  let best: [string, string] | null = null;
  for (let i = 1; i < label.length; i++) {
    const c = label[i - 1];
    if (c !== ' ' && c !== '-') continue;
    const a = label.slice(0, i).trimEnd(), b = label.slice(i).trimStart();
    if (!a || !b) continue;
    if (!best || Math.max(a.length, b.length) < Math.max(best[0].length, best[1].length)) best = [a, b];
  }
  return best ?? [label];
}

/** recharts calls a custom tick with the tick's position and payload. */
export function WrappedTick(props: { x?: number; y?: number; payload?: { value?: unknown }; fontSize?: number; fill?: string }) {
  const fs = props.fontSize ?? 12;
  const lines = tickLines(String(props.payload?.value ?? ''));
  return (
    <g transform={`translate(${props.x ?? 0},${props.y ?? 0})`}>
      <text textAnchor="middle" fontSize={fs} fill={props.fill ?? '#666'}>
        {lines.map((line, i) => <tspan key={i} x={0} dy={i === 0 ? fs : fs * 1.15}>{line}</tspan>)}
      </text>
    </g>
  );
}
