// The results export as a menu button: the results workbook as readable values or as auditable
// live formulas, and the printed proposal to the party chosen in the party view. A WAI-ARIA menu button: Enter/Space/ArrowDown opens it on the first item,
// arrows move, Escape closes it and gives focus back to the button.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ResultsForm } from '../compute/results-export';
import '../../../engine/i18n/proposal-print';
import { useI18n } from '../i18n';
import './export-menu.css';

interface Props {
  disabled: boolean;
  /** A results workbook is being written: the menu stays shut until it is done. */
  busy: boolean;
  /** The values workbook will hold the tornado, Monte Carlo and break-even sheets. */
  withUncertainty: boolean;
  onExport: (form: ResultsForm) => void;
  /** The desktop menu's shortcut of each form, shown beside it (e.g. 'Ctrl+Shift+E'). */
  keys?: Partial<Record<ResultsForm, string>>;
  /** Opens the proposal preview for the party chosen in the party view. */
  onProposal?: () => void;
}

const forms: ResultsForm[] = ['values', 'formulas'];

export function ExportMenu({ disabled, busy, withUncertainty, onExport, keys = {}, onProposal }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (form: ResultsForm) => {
    close();
    onExport(form);
  };
  const count = forms.length + (onProposal ? 1 : 0);
  const onMenuKey = (e: KeyboardEvent) => {
    const at = items.current.findIndex((el) => el === document.activeElement);
    const move = (i: number) => items.current[(i + count) % count]?.focus();
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(count - 1);
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="export-menu" ref={root}>
      <button type="button" ref={button} data-testid="export-results" disabled={disabled || busy}
        aria-haspopup="menu" aria-expanded={open} aria-controls={open ? 'export-menu-list' : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}>
        {t('ui.action.exportResults')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="export-menu-list" id="export-menu-list" role="menu" aria-label={t('ui.export.menu')} onKeyDown={onMenuKey}>
          {forms.map((form, i) => (
            <button key={form} type="button" role="menuitem" tabIndex={-1} data-testid={`export-${form}`}
              ref={(el) => { items.current[i] = el; }} onClick={() => choose(form)}
              {...(keys[form] ? { 'aria-keyshortcuts': keys[form].replace(/\bCtrl\b/g, 'Control'), title: t('ui.shortcut', { keys: keys[form] }) } : {})}>
              <span className="export-head">
                <span className="export-title">{t(`ui.export.${form}`)}</span>
                {keys[form] && <kbd className="export-keys">{keys[form]}</kbd>}
              </span>
              <span className="export-hint">
                {form === 'values' && withUncertainty ? t('ui.export.valuesHintUncertainty') : t(`ui.export.${form}Hint`)}
              </span>
            </button>
          ))}
          {onProposal && (
            <button type="button" role="menuitem" tabIndex={-1} data-testid="export-proposal"
              ref={(el) => { items.current[forms.length] = el; }} onClick={() => { close(); onProposal(); }}>
              <span className="export-head"><span className="export-title">{t('print.open')}</span></span>
              <span className="export-hint">{t('print.menuHint')}</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
}
