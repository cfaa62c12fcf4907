// A setting as a person reads it in the comparison: its label (the what-if panel's or the
// uncertainty analysis's where they have one, so a setting is called the same everywhere) and its
// value with its unit in the interface's number format: "Discontovoet 2,25%", "€ 125.000".
import { formatEuro, formatNumber, t, type Lang } from '../../../../engine/i18n/index';
import { settingDef } from '../../../../engine/scenario/columns';
import '../../../../engine/i18n/compare';
import '../../../../engine/i18n/dashboard';
import '../../../../engine/i18n/uncertainty';

const labelSources = ['whatif.setting', 'unc.setting', 'compare.setting'];

export function settingLabel(lang: Lang, key: string): string {
  for (const source of labelSources) {
    const k = `${source}.${key}`;
    const s = t(lang, k);
    if (s !== k) return s;
  }
  return key;
}

const choiceKeys: Record<string, string> = {
  bundleMode: 'whatif.bundleMode', allocationRule: 'whatif.allocationRule',
  discountTiming: 'compare.timing', optimizeFor: 'dash.perspective',
};

export function settingValue(lang: Lang, key: string, v: unknown): string {
  if (v === undefined || v === null) return '–';
  const def = settingDef(key);
  if (typeof v === 'number') {
    // A fraction is shown as the percentage a controller types (0.0225 → 2,25%), to 4 decimals so
    // float noise never shows.
    if (def?.kind === 'fraction') return `${formatNumber(lang, Math.round(v * 1e6) / 1e4, 4)}%`;
    if (def?.kind === 'number') return formatEuro(lang, v, Number.isInteger(v) ? 0 : 2);
    return String(v);
  }
  if (typeof v === 'string' && def?.kind === 'choice') {
    const k = `${choiceKeys[key] ?? 'compare.choice'}.${v}`;
    const s = t(lang, k);
    return s === k ? v : s;
  }
  return String(v);
}
