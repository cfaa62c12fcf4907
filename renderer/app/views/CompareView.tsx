// Two to four scenarios side by side: the headline figures with their difference against the first
// one, the waterfalls on one scale, each party's saving, the settings that differ and the rows that
// differ. Until the user chooses, the active scenario and the one before it are compared.
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario } from '../../../engine/scenario/schema';
import { useI18n } from '../i18n';
import { CompareParties } from './compare/CompareParties';
import { CompareResults } from './compare/CompareResults';
import { CompareRows } from './compare/CompareRows';
import { CompareSettings } from './compare/CompareSettings';
import { CompareWaterfalls } from './compare/CompareWaterfalls';
import './compare/compare.css';

export interface CompareItem {
  id: string;
  name: string;
  /** Inputs with the what-if laid over them: what was computed. */
  scenario: Scenario;
  result: ComputeResult | null;
}

interface Props {
  items: CompareItem[];
  candidates: { id: string; name: string }[];
  chosen: string[];
  onChoose: (ids: string[]) => void;
}

export function CompareView({ items, candidates, chosen, onChoose }: Props) {
  const { t } = useI18n();
  const toggle = (id: string) => {
    if (chosen.includes(id)) onChoose(chosen.filter((c) => c !== id));
    else if (chosen.length < 4) onChoose([...chosen, id]);
  };
  return (
    <section className="compare" aria-label={t('ui.view.compare')}>
      <fieldset className="compare-choose">
        <legend>{t('ui.compare.choose')}</legend>
        {candidates.map((c) => (
          <label key={c.id}>
            <input type="checkbox" checked={chosen.includes(c.id)} disabled={!chosen.includes(c.id) && chosen.length >= 4} onChange={() => toggle(c.id)} />
            {c.name}
          </label>
        ))}
      </fieldset>
      {items.length < 2 ? <p>{t('ui.compare.needTwo')}</p> : (
        <>
          <CompareResults items={items} />
          <CompareWaterfalls items={items} />
          <CompareParties items={items} />
          <CompareSettings items={items} />
          <CompareRows items={items} />
        </>
      )}
    </section>
  );
}
