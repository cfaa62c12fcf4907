// The waterfall of each compared scenario, side by side on one shared value axis: the dashboard's
// own chart, so a bar means the same here as there.
import type { ComputeResult } from '../../../../engine/model/result';
import { Waterfall } from '../../../dashboard/Waterfall';
import { waterfall } from '../../../dashboard/view';
import { useI18n } from '../../i18n';
import '../../../../engine/i18n/compare';

interface Item { id: string; name: string; result: ComputeResult | null }

/** One axis for all: from the lowest bar bottom (0 unless a step is negative) to the highest top. */
export function sharedDomain(results: readonly ComputeResult[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const r of results) {
    for (const b of waterfall(r, 'financial')) {
      low = Math.min(low, b.base);
      high = Math.max(high, b.base + b.height);
    }
  }
  return [low, high];
}

export function CompareWaterfalls({ items }: { items: readonly Item[] }) {
  const { t, lang } = useI18n();
  const domain = sharedDomain(items.flatMap((i) => (i.result ? [i.result] : [])));
  return (
    <section className="compare-waterfalls" aria-labelledby="compare-waterfalls-title" data-testid="compare-waterfalls">
      <h2 id="compare-waterfalls-title">{t('compare.waterfalls')}</h2>
      <p className="compare-note">{t('compare.waterfallsNote')}</p>
      <div className="compare-waterfall-grid">
        {items.map((i, k) => (
          <div key={i.id} className="compare-waterfall" data-compare-item={i.id}>
            {i.result
              ? <Waterfall result={i.result} lang={lang} perspective="financial" animate={false} frameId={`compare-waterfall-${k}`} caption={i.name} domain={domain} />
              : <p><strong>{i.name}</strong>: {t('ui.compare.noResult')}</p>}
          </div>
        ))}
      </div>
    </section>
  );
}
