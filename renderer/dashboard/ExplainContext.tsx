// Every number on the dashboard is a button that explains itself. The explanation is built lazily
// (only on activation), so thousands of numbers cost nothing while sliders move.
import { createContext, useContext, type ReactNode } from 'react';
import { t, type Lang } from '../../engine/i18n';
import type { Explanation } from './explain';

export interface ExplainApi {
  lang: Lang;
  show(e: Explanation): void;
}

export const ExplainContext = createContext<ExplainApi | null>(null);

export function Num(props: { value: string; label: string; explain: () => Explanation | undefined; className?: string; children?: ReactNode }) {
  const api = useContext(ExplainContext);
  if (!api) return <span className={props.className}>{props.children ?? props.value}</span>;
  return (
    <button
      type="button"
      className={`kk-num ${props.className ?? ''}`}
      aria-label={t(api.lang, 'dash.explain.button', { label: props.label, value: props.value })}
      onClick={() => { const e = props.explain(); if (e) api.show(e); }}
    >
      {props.children ?? props.value}
    </button>
  );
}
