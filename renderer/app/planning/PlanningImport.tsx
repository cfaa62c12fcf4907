// The planning import dialog: pick a file and a party, see and correct the proposed mapping,
// preview the first rows with their problems, see the diff and its effect, and apply it as one
// undoable edit (the caller dispatches it as a single 'edit').
import { useMemo, useState } from 'react';
import '../../../engine/planning/ui-messages';
import {
  diffLines, importEffect, importPlanning, placeProblems, planningProblemText, proposeMapping, readPlanningSource,
  replacePartyWorks, storedMapping, withStoredMapping, type Effect, type PlanningMapping, type PlanningSource,
  type PlanningProblem,
} from '../../../engine/planning';
import { renderProblem } from '../../../engine/i18n/problems';
import { problemCount } from '../../../engine/i18n/limits';
import { fieldLabel } from '../../../engine/i18n/fields';
import type { Scenario } from '../../../engine/scenario/schema';
import { namesOf } from '../../dashboard/names';
import { useI18n } from '../i18n';
import { CoordinateEditor } from './CoordinateEditor';
import { MappingEditor } from './MappingEditor';

const PREVIEW_ROWS = 10;

/** The diff; the effect lines only once computed (null: not asked for yet). */
const diffText = (lang: 'nl' | 'en', diff: Parameters<typeof diffLines>[1], effect: Effect | undefined | null, party: string): string => {
  const lines = diffLines(lang, diff, effect ?? undefined, { party, field: (k) => fieldLabel(lang, k) });
  return (effect === null ? lines.slice(0, -1) : lines).join('\n');
};

interface Loaded { name: string; source?: PlanningSource; problems: PlanningProblem[] }

export function PlanningImport({ scenario, onApply }: { scenario: Scenario; onApply: (next: Scenario) => void }) {
  const { t, lang } = useI18n();
  const names = namesOf(scenario);
  const place = (id: string) => names('neighbourhoods', id);
  const [openPanel, setOpen] = useState(false);
  const [file, setFile] = useState<Loaded | null>(null);
  const [party, setParty] = useState(scenario.parties[0]?.id ?? '');
  const [mapping, setMapping] = useState<PlanningMapping | null>(null);
  const [fromStore, setFromStore] = useState(false);
  const [effect, setEffect] = useState<Effect | undefined | null>(null);

  const chooseMapping = (source: PlanningSource | undefined, p: string) => {
    const stored = storedMapping(scenario, p);
    setFromStore(!!stored?.ok);
    setMapping(stored?.ok ? stored.mapping : source ? proposeMapping(source) ?? null : null);
    setEffect(null);
  };
  const onFile = async (f: File) => {
    const bytes = new Uint8Array(await f.arrayBuffer());
    const r = readPlanningSource(bytes, f.name);
    const loaded = r.ok ? { name: f.name, source: r.source, problems: [] } : { name: f.name, problems: r.problems };
    setFile(loaded);
    chooseMapping(loaded.source, party);
  };

  const headers = useMemo(() => {
    const src = file?.source;
    if (!src || !mapping) return [];
    const sheet = src.sheets.find((s) => mapping.sheet === undefined || s.name === mapping.sheet);
    const row = sheet?.rows.find((r) => r.row === mapping.headerRow) ?? sheet?.rows[0];
    return (row?.cells ?? []).filter((c) => c !== undefined).map((c) => String(c).trim());
  }, [file, mapping]);
  const imported = useMemo(
    () => (file?.source && mapping ? importPlanning(file.source, mapping, party, scenario) : undefined),
    [file, mapping, party, scenario],
  );
  const replaced = useMemo(
    () => (imported && !imported.problems.some((p) => p.severity === 'error') ? replacePartyWorks(scenario, party, imported.works) : undefined),
    [imported, scenario, party],
  );

  if (!openPanel) {
    return <button type="button" onClick={() => setOpen(true)} data-testid="planning-open">{t('planningUi.open')}</button>;
  }
  const errors = imported?.problems ?? file?.problems ?? [];
  const applicable = replaced && replaced.problems.length === 0 && mapping;
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="planning-title" className="planning-dialog" data-testid="planning-dialog"
      style={{ position: 'fixed', inset: '4%', overflow: 'auto', zIndex: 50, padding: '1rem', background: 'Canvas', color: 'CanvasText', border: '1px solid GrayText', textAlign: 'left' }}>
      <h2 id="planning-title">{t('planningUi.title')}</h2>
      <label>{t('planningUi.file')}{' '}
        <input type="file" accept=".xlsx,.ods,.csv,.txt" data-testid="planning-file"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void onFile(f); }} />
      </label>
      <label>{t('planningUi.party')}{' '}
        <select value={party} data-testid="planning-party" onChange={(e) => { setParty(e.target.value); chooseMapping(file?.source, e.target.value); }}>
          {scenario.parties.map((p) => <option key={p.id} value={p.id}>{p.name ? `${p.id} — ${p.name}` : p.id}</option>)}
        </select>
      </label>
      {mapping && (
        <section>
          <h3>{t('planningUi.mapping')}</h3>
          <p>{t(fromStore ? 'planningUi.stored' : 'planningUi.proposed')}</p>
          <MappingEditor mapping={mapping} headers={headers} onChange={(m) => { setMapping(m); setEffect(null); }} />
          <CoordinateEditor mapping={mapping} headers={headers} onChange={(m) => { setMapping(m); setEffect(null); }} />
        </section>
      )}
      {imported && (
        <section>
          <h3>{t('planningUi.preview')}</h3>
          <table data-testid="planning-preview">
            <thead><tr><th>{t('planningUi.row')}</th>{(['id', 'neighbourhood', 'plannedYear'] as const).map((k) => <th key={k}>{fieldLabel(lang, k)}</th>)}<th /></tr></thead>
            <tbody>
              {imported.rows.slice(0, PREVIEW_ROWS).map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td><td>{r.work?.id}</td><td title={r.work?.neighbourhood}>{r.work ? place(r.work.neighbourhood) : ''}</td><td>{r.work?.plannedYear}</td>
                  <td>{r.problems.length ? r.problems.map((p) => planningProblemText(lang, p)).join(' ') : t('planningUi.ok')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {errors.length > 0 && (
        <ul className="problems" data-testid="planning-problems" aria-label={t('planningUi.problems', { count: problemCount(lang, errors) })}>
          {errors.slice(0, 50).map((p, i) => <li key={i}>{planningProblemText(lang, p)}</li>)}
        </ul>
      )}
      {replaced && (
        <section>
          <pre data-testid="planning-diff">{diffText(lang, replaced.diff, effect, scenario.parties.find((p) => p.id === party)?.name || party)}</pre>
          {replaced.problems.length > 0 && mapping && imported && (() => {
            const { placed, rest } = placeProblems(replaced.problems, replaced.scenario, imported.rows, mapping);
            return (
              <ul data-testid="planning-rule-problems">
                {placed.map((p, i) => <li key={`p${i}`}>{planningProblemText(lang, p)}</li>)}
                {rest.map((p, i) => <li key={`r${i}`}>{renderProblem(lang, p)}</li>)}
              </ul>
            );
          })()}
          <button type="button" disabled={replaced.problems.length > 0} data-testid="planning-effect"
            onClick={() => setEffect(importEffect(scenario, replaced.scenario))}>{t('planningUi.effect')}</button>
        </section>
      )}
      <div className="actions">
        <button type="button" disabled={!applicable} data-testid="planning-apply" onClick={() => {
          if (!replaced || !mapping) return;
          onApply(withStoredMapping(replaced.scenario, party, mapping));
          setOpen(false);
          setFile(null);
          setMapping(null);
        }}>{t('planningUi.apply')}</button>
        <button type="button" onClick={() => setOpen(false)}>{t('planningUi.cancel')}</button>
      </div>
    </div>
  );
}
