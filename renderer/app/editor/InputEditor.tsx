// The inputs of the active scenario: one tab per sheet, each a typed table. Problems of the current
// inputs mark their cells; a jump from the problem list selects the sheet and focuses the cell.
import { useEffect, useMemo, useState } from 'react';
import { sheetKeys, type Scenario, type SheetKey } from '../../../engine/scenario/schema';
import type { Problem } from '../../../engine/problems';
import { useI18n } from '../i18n';
import { renderProblemText } from '../problem-text';
import { SettingsTable } from './SettingsTable';
import { SheetTable, type JumpTarget } from './SheetTable';
import { editedCell, onEditedCell, rangeFix } from '../fix/edited-cell';
import { FixBar } from '../fix/FixBar';
import { LiveHeadline } from '../fix/LiveHeadline';
import type { ComputeResult } from '../../../engine/model/result';

interface Props {
  scenario: Scenario;
  problems: readonly Problem[];
  jump: JumpTarget | null;
  onChange: (next: Scenario, key: string) => void;
  /** The current result, or the last that computed (then out of date): a compact headline. */
  live?: { result: ComputeResult; outdated: boolean } | null;
}

const editKeys = new WeakMap<Scenario, string>();

export function InputEditor({ scenario, problems: reported, jump, onChange: change, live }: Props) {
  // The last cell edited here: its order problem is marked on it, with a fix beside the table.
  // Known by the inputs it produced, so it survives a visit to another view.
  const lastKey = editKeys.get(scenario) ?? null;
  const onChange = (next: Scenario, key: string) => { editKeys.set(next, key); change(next, key); };
  const edit = editedCell(lastKey);
  const problems = useMemo(() => onEditedCell(reported, edit), [reported, lastKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const fix = rangeFix(scenario, reported, edit);
  const i18n = useI18n();
  const { t } = i18n;
  const [sheet, setSheet] = useState<SheetKey>('works');
  useEffect(() => {
    if (jump && (sheetKeys as readonly string[]).includes(jump.sheet)) setSheet(jump.sheet as SheetKey);
  }, [jump]);

  const bySheet = useMemo(() => {
    const m = new Map<string, Map<string, string>>();
    for (const p of problems) {
      if (!p.sheet) continue;
      const cells = m.get(p.sheet) ?? new Map<string, string>();
      const key = p.sheet === 'settings' ? `0:${p.field ?? ''}` : `${p.index ?? 0}:${p.field ?? ''}`;
      const text = renderProblemText(i18n.lang, p);
      cells.set(key, cells.has(key) ? `${cells.get(key)} ${text}` : text);
      m.set(p.sheet, cells);
    }
    return m;
  }, [problems, i18n.lang]);

  const count = (k: SheetKey) => (k === 'settings' ? null : (scenario[k] as unknown[]).length);
  return (
    <section className="inputs" aria-label={t('ui.view.inputs')}>
      <div role="tablist" aria-label={t('ui.editor.sheets')} className="sheet-tabs"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const i = sheetKeys.indexOf(sheet);
          const n = sheetKeys[(i + (e.key === 'ArrowRight' ? 1 : sheetKeys.length - 1)) % sheetKeys.length]!;
          setSheet(n);
          document.getElementById(`sheet-tab-${n}`)?.focus();
        }}>
        {sheetKeys.map((k) => (
          <button key={k} id={`sheet-tab-${k}`} type="button" role="tab" aria-selected={k === sheet} tabIndex={k === sheet ? 0 : -1}
            aria-controls="sheet-panel" className={bySheet.has(k) ? 'has-problems' : undefined} onClick={() => setSheet(k)}>
            {t(`ui.sheet.${k}`)}{count(k) !== null ? ` (${count(k)})` : ''}
          </button>
        ))}
      </div>
      {live && <LiveHeadline result={live.result} outdated={live.outdated} />}
      {fix && <FixBar fix={fix} onApply={() => onChange(fix.next, 'fix-range')} />}
      <div id="sheet-panel" role="tabpanel" aria-labelledby={`sheet-tab-${sheet}`}>
        {sheet === 'settings'
          ? <SettingsTable scenario={scenario} cellProblems={bySheet.get('settings') ?? new Map()} onChange={onChange} />
          : <SheetTable sheet={sheet} scenario={scenario} cellProblems={bySheet.get(sheet) ?? new Map()} jump={jump} onChange={onChange} />}
      </div>
    </section>
  );
}
