// The proposal's preview: the page as it will print, with the proposal's language and balancing
// key beside the print button. A modal dialog drawn straight into <body>; while it is open the
// print stylesheet prints only the proposal (proposal.css), whether from its button or Ctrl+P.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import '../../../../engine/i18n/proposal-print';
import { langs, t, type Lang } from '../../../../engine/i18n';
import { balancingKeys, type BalancingKey } from '../../../../engine/balancing/balance';
import type { MeasuresResult } from '../../../../engine/measures';
import type { ComputeResult } from '../../../../engine/model/result';
import type { PartyFigures } from '../../../../engine/proposal/party';
import type { Scenario } from '../../../../engine/scenario/schema';
import { namesOf } from '../../names';
import { ProposalReport } from './ProposalReport';
import { printProposal } from './request';
import { useOffer } from './shapley';
import './proposal.css';

export interface ProposalDialogProps {
  result: ComputeResult;
  scenario?: Scenario;
  figures: PartyFigures;
  measures: MeasuresResult;
  /** The interface's language: the dialog's own controls. */
  lang: Lang;
  onClose: () => void;
}

const langNames: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };

/** A file name any file system takes: no path or reserved characters. */
export const fileName = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);

export function ProposalDialog(p: ProposalDialogProps) {
  const { result: r, lang: ui } = p;
  const [lang, setLang] = useState<Lang>(ui);
  const [key, setKey] = useState<BalancingKey>('separate');
  const [printing, setPrinting] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  const close = useRef(p.onClose);
  close.current = p.onClose;
  const partyNames = useMemo(() => new Map(r.parties.map((x) => [x.id, x.name || x.id])), [r]);
  const name = (id: string) => partyNames.get(id) ?? id;
  const names = namesOf(p.scenario);
  const place = (id: string) => names('neighbourhoods', id);
  const { figures, measures: m } = p;
  const party = figures.party;
  const offer = useOffer(r, p.scenario, key);

  // Focus moves into the dialog and goes back where it came from. The page behind is covered
  // (no pointer reaches it) and Tab stays inside; it is not made inert, because on a city making
  // the whole dashboard inert and back cost Chromium tens of seconds.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    printButton.current?.focus();
    // Escape closes it wherever focus is (on <body> after a click on the page, too).
    const escape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('keydown', escape);
      opener?.focus();
    };
  }, []);

  const print = async () => {
    setPrinting(true);
    try {
      await printProposal(fileName(t(lang, 'print.fileName', { name: r.scenario, party: name(party) })));
    } finally {
      setPrinting(false);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Tab') {
      // Focus stays inside the dialog.
      const all = [...(root.current?.querySelectorAll<HTMLElement>('button:not([disabled]), select, [tabindex="0"]') ?? [])];
      const at = all.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey ? (at <= 0 ? all.length - 1 : at - 1) : (at === all.length - 1 ? 0 : at + 1);
      all[next]?.focus();
      e.preventDefault();
    }
  };

  return createPortal(
    <div className="kk-proposal-root" ref={root} role="dialog" aria-modal="true" aria-labelledby="kk-proposal-dialog-title" onKeyDown={onKey} lang={ui}>
      <div className="kk-proposal-bar">
        <h2 id="kk-proposal-dialog-title">{t(ui, 'print.dialog', { party: name(party) })}</h2>
        <label>{t(ui, 'print.language')}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-proposal-language>
            {langs.map((l) => <option key={l} value={l}>{langNames[l]}</option>)}
          </select>
        </label>
        <label>{t(ui, 'print.key')}{' '}
          <select value={key} onChange={(e) => setKey(e.target.value as BalancingKey)} data-proposal-key>
            {balancingKeys.map((k) => <option key={k} value={k}>{t(ui, `balancing.key.${k}`)}</option>)}
          </select>
        </label>
        <span className="kk-proposal-actions">
          <button type="button" ref={printButton} onClick={() => void print()} disabled={offer.kind !== 'ready' || printing} data-proposal-print>{t(ui, 'print.print')}</button>
          <button type="button" onClick={p.onClose} data-proposal-close>{t(ui, 'print.close')}</button>
        </span>
      </div>
      {offer.kind === 'busy' && <p className="kk-proposal-status" role="status">{t(ui, 'print.busy')}</p>}
      {offer.kind === 'refused' && <p className="kk-proposal-status" role="alert" data-proposal-refused>{t(ui, offer.key, offer.params)}</p>}
      <div className="kk-proposal-sheet" tabIndex={0} aria-label={t(ui, 'print.dialog', { party: name(party) })}>
        {offer.kind === 'ready' && (
          <ProposalReport result={r} figures={figures} measures={m} offer={offer.offer} lang={lang} name={name} place={place} />
        )}
      </div>
    </div>,
    document.body,
  );
}
