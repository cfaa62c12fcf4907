// Rules across rows and sheets that a row schema cannot see: references, duplicate ids, years
// against the horizon, bundles, ranges. Each problem names sheet + index + field; the workbook
// codec turns that into sheet row and column (see ../workbook/read `locate`), the interface into a
// highlighted cell. A list of checker functions so another domain (variants) adds its rules with
// one line, either in `checkers` below or through `registerChecker`.
import { problem, type Problem } from '../problems';
import type { Scenario, SheetKey, Work } from './schema';
import { validateVariants } from '../variants/validate';
import { validateUncertainty } from '../uncertainty/validate';
import { limitProblems } from './limits';

export type Checker = (s: Scenario) => Problem[];

const at = (sheet: SheetKey, index: number, field: string) => ({ sheet, index, field });

/** The sheets whose rows carry an id that must be unique. */
export const uniqueIdSheets = ['neighbourhoods', 'parties', 'works', 'variants', 'bundles', 'coFinancing'] as const satisfies readonly SheetKey[];

function duplicateIds(s: Scenario): Problem[] {
  const out: Problem[] = [];
  for (const sheet of uniqueIdSheets) {
    const items: readonly { id: string }[] = s[sheet];
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) out.push(problem('id.duplicate', { id: item.id }, at(sheet, i, 'id')));
      seen.add(item.id);
    });
  }
  const budgetSeen = new Set<string>();
  s.budgets.forEach((b, i) => {
    const k = `${b.party}\u0000${b.year}`;
    if (budgetSeen.has(k)) out.push(problem('budget.duplicate', { party: b.party, year: b.year }, at('budgets', i, 'year')));
    budgetSeen.add(k);
  });
  return out;
}

function references(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const hoods = new Set(s.neighbourhoods.map((n) => n.id));
  const parties = new Set(s.parties.map((p) => p.id));
  const hood = (sheet: SheetKey, i: number, id: string) => {
    if (!hoods.has(id)) out.push(problem('ref.unknownNeighbourhood', { id }, at(sheet, i, 'neighbourhood')));
  };
  const party = (sheet: SheetKey, i: number, id: string | undefined, field = 'party') => {
    if (id !== undefined && id !== '' && !parties.has(id)) {
      out.push(problem(field === 'funder' ? 'ref.unknownFunder' : 'ref.unknownParty', { id }, at(sheet, i, field)));
    }
  };
  s.works.forEach((w, i) => { hood('works', i, w.neighbourhood); party('works', i, w.party); });
  s.variants.forEach((v, i) => party('variants', i, v.party));
  s.citizenMaintenance.forEach((c, i) => { hood('citizenMaintenance', i, c.neighbourhood); party('citizenMaintenance', i, c.party); });
  s.coFinancing.forEach((r, i) => party('coFinancing', i, r.funder, 'funder'));
  s.budgets.forEach((b, i) => party('budgets', i, b.party));

  const carried = new Set(s.works.map((w) => w.bundle).filter((b): b is string => !!b));
  s.bundles.forEach((b, i) => {
    if (!carried.has(b.id)) out.push(problem('ref.unknownBundle', { id: b.id }, at('bundles', i, 'id')));
  });

  const groups = new Map<string, Set<string>>();
  for (const v of s.variants) {
    if (!groups.has(v.group)) groups.set(v.group, new Set());
    groups.get(v.group)?.add(v.id);
  }
  s.works.forEach((w, i) => {
    if (w.variantGroup) {
      const g = groups.get(w.variantGroup);
      if (!g) out.push(problem('ref.unknownVariantGroup', { id: w.variantGroup }, at('works', i, 'variantGroup')));
      else if (w.variant && !g.has(w.variant)) {
        out.push(problem('ref.unknownVariant', { id: w.variant, group: w.variantGroup }, at('works', i, 'variant')));
      }
    } else if (w.variant) {
      out.push(problem('work.variantWithoutGroup', { id: w.variant }, at('works', i, 'variant')));
    }
  });
  return out;
}

function horizon(s: Scenario): { from: number; to: number } {
  return { from: s.settings.baseYear, to: s.settings.baseYear + s.settings.horizonYears - 1 };
}

function years(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const { from, to } = horizon(s);
  const check = (sheet: SheetKey, i: number, field: string, year: number | undefined) => {
    if (year !== undefined && (year < from || year > to)) {
      out.push(problem('year.outsideHorizon', { year, from, to }, at(sheet, i, field)));
    }
  };
  s.works.forEach((w, i) => check('works', i, 'plannedYear', w.plannedYear));
  s.citizenMaintenance.forEach((c, i) => check('citizenMaintenance', i, 'startYear', c.startYear));
  s.works.forEach((w, i) => {
    if (w.bookValue > 0 && w.plannedYear === s.settings.baseYear) {
      out.push(problem('work.bookValueInBaseYear', { year: w.plannedYear }, at('works', i, 'bookValue')));
    }
  });
  s.coFinancing.forEach((r, i) => {
    if (r.fromYear !== undefined && r.toYear !== undefined && r.fromYear > r.toYear) {
      out.push(problem('coFinancing.yearOrder', { from: r.fromYear, to: r.toYear }, at('coFinancing', i, 'toYear')));
    }
  });
  return out;
}

const ownFields = ['party', 'quantity', 'unitCost', 'lifetimeYears'] as const;

function workFields(s: Scenario): Problem[] {
  const out: Problem[] = [];
  s.works.forEach((w, i) => {
    if (w.variantGroup) return;
    for (const f of ownFields) {
      const v = w[f];
      if (v === undefined || v === '') out.push(problem('work.missingField', {}, at('works', i, f)));
    }
  });
  return out;
}

/** The work's window clipped to the horizon. */
export function workWindow(w: Work, s: Scenario): { from: number; to: number } {
  const h = horizon(s);
  return {
    from: Math.max(h.from, w.plannedYear - w.maxAdvanceYears),
    to: Math.min(h.to, w.plannedYear + w.maxDeferYears),
  };
}

function bundles(s: Scenario): Problem[] {
  if (s.settings.bundleMode === 'none') return [];
  const out: Problem[] = [];
  const members = new Map<string, number[]>();
  s.works.forEach((w, i) => {
    if (!w.bundle) return;
    const list = members.get(w.bundle) ?? [];
    list.push(i);
    members.set(w.bundle, list);
  });
  const sheetYear = new Map(s.bundles.map((b) => [b.id, b.year]));
  for (const [bundle, idx] of members) {
    const ws = idx.map((i) => s.works[i] as Work);
    const yearOfSheet = sheetYear.get(bundle);
    // A bundle id no other work carries: the work stays separate in its planned year (MODEL.md).
    if (ws.length < 2) continue;
    const hoods = new Set(ws.map((w) => w.neighbourhood));
    const named = ws.map((w) => `${w.id} (${w.neighbourhood})`).join(', ');
    const first = idx[0] as number;
    if (hoods.size > 1) {
      out.push(problem('bundle.neighbourhoods', { bundle, works: named }, at('works', first, 'bundle')));
      continue;
    }
    if (yearOfSheet !== undefined) {
      idx.forEach((i) => {
        const w = s.works[i] as Work;
        const win = workWindow(w, s);
        if (yearOfSheet < win.from || yearOfSheet > win.to) {
          const bi = s.bundles.findIndex((b) => b.id === bundle);
          out.push(problem('bundle.yearOutsideWindow',
            { bundle, year: yearOfSheet, work: w.id, from: win.from, to: win.to }, at('bundles', bi, 'year')));
        }
      });
      continue;
    }
    let from = -Infinity;
    let to = Infinity;
    for (const w of ws) {
      const win = workWindow(w, s);
      from = Math.max(from, win.from);
      to = Math.min(to, win.to);
    }
    if (from > to) {
      const windows = ws.map((w) => {
        const win = workWindow(w, s);
        return `${w.id} ${win.from}–${win.to}`;
      }).join(', ');
      out.push(problem('bundle.noCommonYear', { bundle, works: windows }, at('works', first, 'bundle')));
    }
  }
  return out;
}

function ranges(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const order = (low: number | undefined, value: number | undefined, high: number | undefined,
    where: Omit<Problem, 'code' | 'params' | 'severity'>) => {
    const lo = low ?? value;
    const hi = high ?? value;
    const bad = (lo !== undefined && hi !== undefined && lo > hi)
      || (value !== undefined && ((low !== undefined && low > value) || (high !== undefined && high < value)));
    if (bad) out.push(problem('range.order', { low: low ?? '–', value: value ?? '–', high: high ?? '–' }, where));
  };
  for (const [key, r] of Object.entries(s.settingRanges)) {
    if (!r) continue;
    const value = s.settings[key as keyof typeof s.settings];
    order(r.low, typeof value === 'number' ? value : undefined, r.high, { sheet: 'settings', field: key });
  }
  s.works.forEach((w, i) => order(w.unitCostLow, w.unitCost, w.unitCostHigh, at('works', i, 'unitCostLow')));
  s.variants.forEach((v, i) => {
    order(v.unitCostLow, typeof v.unitCost === 'number' ? v.unitCost : undefined, v.unitCostHigh, at('variants', i, 'unitCostLow'));
  });
  return out;
}

/** The rules, in the order their problems are listed. Add a domain's checker here (one line). */
export const checkers: Checker[] = [limitProblems, duplicateIds, references, years, workFields, bundles, ranges, validateVariants, validateUncertainty];

export function registerChecker(c: Checker): void {
  if (!checkers.includes(c)) checkers.push(c);
}

export function validateScenario(s: Scenario): Problem[] {
  return checkers.flatMap((c) => c(s));
}
