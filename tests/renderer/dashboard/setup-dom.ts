// jsdom lacks ResizeObserver, which recharts' ResponsiveContainer subscribes to. A minimal one that
// reports a fixed size lets the real charts render their SVG in component tests.
export function installResizeObserver(width = 800, height = 300): void {
  if ((globalThis as { ResizeObserver?: unknown }).ResizeObserver) return;
  class RO {
    constructor(private cb: ResizeObserverCallback) {}
    observe(target: Element) {
      this.cb([{ target, contentRect: { width, height, top: 0, left: 0, bottom: height, right: width, x: 0, y: 0 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = RO;
}
