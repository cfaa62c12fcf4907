// The explanation of the number last activated: formula, inputs, and the scenario rows it came from.
import { useEffect, useMemo, useRef } from 'react';
import { t, type Lang } from '../../engine/i18n';
import { explanationIn, type ExplainRow, type Explanation } from './explain';

export function ExplainPanel(props: { lang: Lang; explanation: Explanation | null; onClose: () => void; onRow?: (row: ExplainRow) => void }) {
  const { lang, explanation: shown } = props;
  // An open panel follows a switch of the interface language.
  const e = useMemo(() => shown && explanationIn(shown, lang), [shown, lang]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the panel so keyboard and screen-reader users hear the explanation at once (not
  // when only the language changed: focus stays on the language switch).
  useEffect(() => { if (shown) heading.current?.focus(); }, [shown]);
  if (!e) return null;
  return (
    <aside className="kk-explain" aria-labelledby="kk-explain-title" role="region" onKeyDown={(ev) => { if (ev.key === 'Escape') props.onClose(); }}>
      <header>
        <h3 id="kk-explain-title" tabIndex={-1} ref={heading}>{t(lang, 'dash.explain.title')}: {e.title}</h3>
        <button type="button" className="kk-btn" onClick={props.onClose}>{t(lang, 'dash.explain.close')}</button>
      </header>
      <dl>
        <dt>{t(lang, 'dash.explain.value')}</dt><dd className="kk-explain-value">{e.value}</dd>
        <dt>{t(lang, 'dash.explain.formula')}</dt><dd><code>{e.formula}</code></dd>
      </dl>
      {e.inputs.length > 0 && (
        <table className="kk-table">
          <caption>{t(lang, 'dash.explain.inputs')}</caption>
          <tbody>{e.inputs.map((i, k) => <tr key={k}><th scope="row">{i.label}</th><td className="kk-right">{i.value}</td></tr>)}</tbody>
        </table>
      )}
      {e.rows.length > 0 && (
        <div>
          <h4>{t(lang, 'dash.explain.rows')}</h4>
          <ul className="kk-explain-rows">
            {e.rows.map((r) => {
              const text = t(lang, 'dash.explain.row', { sheet: t(lang, `dash.sheet.${r.sheet}`), id: r.id });
              return <li key={`${r.sheet}/${r.id}`}>{props.onRow ? <button type="button" className="kk-link" onClick={() => props.onRow?.(r)}>{text}</button> : text}</li>;
            })}
          </ul>
        </div>
      )}
    </aside>
  );
}
