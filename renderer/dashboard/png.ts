// A chart as PNG: serialise its SVG, draw it on a canvas at twice the size (sharp on a projector),
// and hand back the bytes. The caller saves them through the shell or as a download.
export interface PngDecor {
  /** Drawn above the chart: an exported image must say what it shows. */
  title?: string;
  /** Drawn below the chart when the chart's legend is HTML outside the SVG. */
  legend?: { label: string; colour: string }[];
}

const titleH = 36, legendRowH = 22;

export async function svgToPng(svg: SVGSVGElement, decor: PngDecor = {}, scale = 2): Promise<Uint8Array> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 800));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 400));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  inlineStyles(svg, clone);
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg image did not load'));
      img.src = url;
    });
    const top = decor.title ? titleH : 0;
    const legend = decor.legend ?? [];
    const perRow = Math.max(1, Math.floor(width / 300));
    const colW = width / perRow;
    const bottom = legend.length ? Math.ceil(legend.length / perRow) * legendRowH + 8 : 0;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = (height + top + bottom) * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    if (decor.title) {
      ctx.fillStyle = '#1b2a38';
      ctx.font = '600 18px system-ui, sans-serif';
      ctx.fillText(decor.title, 8, 24);
    }
    ctx.drawImage(img, 0, top, width, height);
    ctx.font = '13px system-ui, sans-serif';
    legend.forEach((l, i) => {
      const x = 8 + (i % perRow) * colW;
      const y = top + height + 8 + Math.floor(i / perRow) * legendRowH;
      ctx.fillStyle = l.colour;
      ctx.fillRect(x, y + 3, 14, 10);
      ctx.fillStyle = '#1b2a38';
      // Long party names are cut so that they never run into the next column.
      let label = l.label;
      while (label.length > 1 && ctx.measureText(label).width > colW - 32) label = label.slice(0, -1);
      ctx.fillText(label === l.label ? label : `${label}…`, x + 20, y + 12);
    });
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas gave no PNG'))), 'image/png'));
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

// Styles from the stylesheet (fonts, fills set by CSS classes) do not travel with a serialised SVG;
// copy the few that matter onto the clone.
const props = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'opacity'];
function inlineStyles(src: Element, dst: Element): void {
  const cs = getComputedStyle(src);
  const style = props.map((p) => `${p}:${cs.getPropertyValue(p)}`).filter((s) => !s.endsWith(':')).join(';');
  if (style) dst.setAttribute('style', `${dst.getAttribute('style') ?? ''};${style}`);
  const a = src.children;
  const b = dst.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i] as Element, b[i] as Element);
}
