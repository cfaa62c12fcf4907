// One editable cell. The typed text is checked on every keystroke (as the codec and the row schema
// would check it) and committed on Enter or when focus leaves; Escape restores the stored value.
import { useEffect, useState } from 'react';
import type { ColumnKind } from '../../../engine/scenario/columns';
import { choiceLabel } from '../../../engine/scenario/columns';
import { useI18n } from '../i18n';
import { formatCell, parseCell, type CellValue } from './cells';

export interface CellCheck {
  (value: CellValue): { key: string; params?: Record<string, string | number> } | null;
}

interface Props {
  id: string;
  label: string;
  value: unknown;
  kind: ColumnKind;
  choices?: readonly string[];
  required?: boolean;
  /** A problem from validation of the whole scenario for this cell, already rendered. */
  problem?: string;
  check: CellCheck;
  onCommit: (value: CellValue) => void;
}

export function CellInput({ id, label, value, kind, choices, required, problem, check, onCommit }: Props) {
  const { t, lang } = useI18n();
  const yesNo: [string, string] = [t('ui.yes'), t('ui.no')];
  const shown = formatCell(value, kind, lang, yesNo);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(null);
    setError(null);
  }, [shown]);

  const errorId = `${id}-err`;
  const message = error ?? problem;

  if (kind === 'bool') {
    return (
      <input
        id={id} type="checkbox" aria-label={label} checked={value === true}
        onChange={(e) => onCommit(e.target.checked)}
      />
    );
  }
  if (kind === 'choice' && choices) {
    return (
      <select id={id} aria-label={label} value={typeof value === 'string' ? value : ''} aria-invalid={problem ? true : undefined}
        onChange={(e) => onCommit(e.target.value === '' ? undefined : e.target.value)}>
        {!required && <option value="">{t('ui.cell.blank')}</option>}
        {choices.map((c) => <option key={c} value={c}>{choiceLabel(c, lang)}</option>)}
      </select>
    );
  }

  const validate = (text: string): { value?: CellValue; error: string | null } => {
    const p = parseCell(text, kind, choices);
    if (!p.ok) return { error: t(p.key, p.params) };
    const c = check(p.value);
    return c ? { error: t(c.key, c.params) } : { value: p.value, error: null };
  };

  const commit = () => {
    if (draft === null) return;
    const r = validate(draft);
    if (r.error) {
      setError(r.error);
      return;
    }
    setDraft(null);
    setError(null);
    if (draft !== shown) onCommit(r.value);
  };

  const numeric = kind === 'number' || kind === 'int' || kind === 'fraction';
  return (
    <>
      <input
        id={id}
        className={numeric ? 'cell num' : 'cell'}
        aria-label={label}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? errorId : undefined}
        title={message ?? undefined}
        data-draft={draft !== null && draft !== shown ? 'true' : undefined}
        inputMode={numeric ? 'decimal' : undefined}
        value={draft ?? shown}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(validate(e.target.value).error);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
            setError(null);
          }
        }}
      />
      {message && <span id={errorId} role="alert" className="cell-error">{message}</span>}
    </>
  );
}
