// A project's nine cost lines, built when first read (the interface, JSON, structuredClone all
// read them like a plain property): a city of 50,000 works has ~100,000 projects per plan, and
// eagerly building nine lines with their inputs for each dominated compute time. The source of the
// lines is plain numbers and strings, so a result handed from a worker to the page can carry the
// source instead of the lines and build the very same lines on the page when they are read.
import type { ModelContext } from './context';
import type { ProjectCost } from './costs';
import { roundMoney, splitExact, toCents } from './money';
import { Stamped } from './private-slot';
import type { Bearer, CostInputs, CostKey, CostLine, PartyAmount, ProjectResult } from './result';

/** What a line needs of a work. */
export interface LineWork {
  id: string;
  street: string | null;
  streetKey: string | null;
  openedArea: number;
  plannedYear: number;
}

/** What the lines need of a project's cost. */
export type LineCost = Pick<ProjectCost,
  'parties' | 'direct' | 'engineering' | 'tender' | 'participation' | 'site' | 'opening' | 'coordination' | 'deferral'
  | 'disruption' | 'days' | 'sumDays' | 'maxDays'>;

export interface LineSource {
  /** The settings each line records (shared by every project of a computation). */
  settings: Record<CostKey, Record<string, number>>;
  /** Disruption cost per day of the project's neighbourhood. */
  perDay: number;
  c: LineCost;
  works: readonly LineWork[];
  /** The project's work ids (the project's own `works` array). */
  ids: string[];
  /** Owner amounts per party (base), in `c.parties` order. */
  directBy: number[];
  deferralBy: number[];
  /** Year, discount factor and escalation factor of the project. */
  t: number;
  f: number;
  esc: number;
}

const settingsCache = new WeakMap<ModelContext, Record<CostKey, Record<string, number>>>();

/** The settings each line records, built once per computation and shared by every project's lines
 *  (read-only: thousands of projects need not carry thousands of copies). */
export function lineSettings(ctx: ModelContext): Record<CostKey, Record<string, number>> {
  let v = settingsCache.get(ctx);
  if (!v) {
    const s = ctx.settings;
    v = {
      direct: {},
      engineering: { engineeringFixed: s.engineeringFixed, engineeringRate: s.engineeringRate },
      tender: { tenderFixed: s.tenderFixed },
      participation: { participationFixed: s.participationFixed },
      site: { siteFixed: s.siteFixed, sitePerDay: s.sitePerDay, sequentialShare: s.sequentialShare },
      opening: { openingCostPerM2: s.openingCostPerM2 },
      coordination: { coordinationPerExtraParty: s.coordinationPerExtraParty },
      deferral: {},
      disruption: { sequentialShare: s.sequentialShare },
    };
    settingsCache.set(ctx, v);
  }
  return v;
}

// The source of every project's lazy lines, so a reader that needs one figure of one line (the
// capital view needs the deferral per party of every project of every step) need not build all nine.
// Kept on the project itself in a private field (private-slot.ts), not in a WeakMap of ~300,000 projects.
class WithLineSource extends Stamped {
  #source: LineSource;
  private constructor(target: ProjectResult, source: LineSource) {
    super(target);
    this.#source = source;
  }
  static set(target: ProjectResult, source: LineSource): void {
    if (#source in target) (target as unknown as WithLineSource).#source = source;
    else new WithLineSource(target, source);
  }
  static get(target: ProjectResult): LineSource | undefined {
    return #source in target ? (target as unknown as WithLineSource).#source : undefined;
  }
}

// One getter and setter shared by every project, rather than new closures per project: V8 then
// gives all projects one shape, which made defining and reading them several times cheaper.
const linesAccessor: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: ProjectResult) {
    const lines = buildLines(WithLineSource.get(this)!);
    Object.defineProperty(this, 'lines', { value: lines, enumerable: true, writable: true, configurable: true });
    return lines;
  },
  set(this: ProjectResult, v: CostLine[]) {
    Object.defineProperty(this, 'lines', { value: v, enumerable: true, writable: true, configurable: true });
  },
};

/** Defines `target.lines`, built from `src` when first read. */
export function lazyLines(target: ProjectResult, src: LineSource): void {
  WithLineSource.set(target, src);
  Object.defineProperty(target, 'lines', linesAccessor);
}

/** The source of a project's lines while they are not built yet; undefined once they are (or for
 *  a project made elsewhere). */
export function unbuiltLineSource(project: ProjectResult): LineSource | undefined {
  const src = WithLineSource.get(project);
  return src !== undefined && Object.getOwnPropertyDescriptor(project, 'lines')?.get !== undefined ? src : undefined;
}

/** The deferral line's amounts per party (nominal), exactly as `project.lines` holds them, without
 *  building the other lines when they have not been read yet. */
export function deferralByParty(project: ProjectResult): PartyAmount[] {
  const src = unbuiltLineSource(project);
  if (src === undefined) return project.lines.find((l) => l.key === 'deferral')?.byParty ?? [];
  return amountsByParty(src.c.parties, src.deferralBy, src.esc);
}

/** An owner line's nominal amount per party: each rounded, corrected to the rounded total. */
function amountsByParty(parties: readonly string[], amounts: readonly number[], esc: number): PartyAmount[] {
  if (parties.length === 1) return [{ party: parties[0]!, amount: roundMoney((amounts[0] as number) * esc) }];
  const cents = splitExact(toCents(amounts.reduce((a, b) => a + b, 0) * esc), amounts.map((a) => a * esc));
  return parties.map((q, i) => ({ party: q, amount: (cents[i] as number) / 100 }));
}

function buildLines({ settings: set, perDay, c, works, ids, directBy, deferralBy, t, f, esc }: LineSource): CostLine[] {
  const parties = c.parties;
  const byParty = (amounts: number[]): PartyAmount[] => amountsByParty(parties, amounts, esc);
  const line = (key: CostKey, bearer: Bearer, base: number, inputs: Pick<CostInputs, 'settings' | 'values'> & { years?: number[] }, owner?: number[]): CostLine => {
    const l: CostLine = {
      key, bearer, base: roundMoney(base), nominal: roundMoney(base * esc), pv: roundMoney(base * f),
      inputs: { formula: `cost.${key}`, settings: inputs.settings, works: ids, years: inputs.years ?? [t], values: inputs.values },
    };
    if (owner) l.byParty = byParty(owner);
    return l;
  };
  // One value per street (named as the first work in id order spells it); a work without a street
  // is a street of its own, named by the work id.
  const areaValues: Record<string, number> = {};
  const streetName = new Map<string, string>();
  works.forEach((w) => {
    if (w.streetKey !== null && !streetName.has(w.streetKey)) streetName.set(w.streetKey, w.street!);
    const k = w.streetKey === null ? `area:${w.id}` : `area:${streetName.get(w.streetKey)}`;
    areaValues[k] = Math.max(areaValues[k] ?? 0, w.openedArea);
  });
  const deferred: Record<string, number> = {};
  for (const w of works) if (t > w.plannedYear) deferred[`deferred:${w.id}`] = t - w.plannedYear;
  return [
    line('direct', 'owner', c.direct, { settings: set.direct, values: { direct: c.direct } }, directBy),
    line('engineering', 'shared', c.engineering, { settings: set.engineering, values: { direct: c.direct } }),
    line('tender', 'shared', c.tender, { settings: set.tender, values: {} }),
    line('participation', 'shared', c.participation, { settings: set.participation, values: {} }),
    line('site', 'shared', c.site, { settings: set.site, values: { days: c.days, sumDays: c.sumDays, maxDays: c.maxDays } }),
    line('opening', 'shared', c.opening, { settings: set.opening, values: areaValues }),
    line('coordination', 'shared', c.coordination, { settings: set.coordination, values: { parties: parties.length } }),
    line('deferral', 'owner', c.deferral, { settings: set.deferral, values: deferred, years: [t, ...works.map((w) => w.plannedYear)] }, deferralBy),
    line('disruption', 'society', c.disruption, { settings: set.disruption, values: { days: c.days, disruptionCostPerDay: perDay } }),
  ];
}

/** The works a project was costed from (the very objects evaluate costed), whether or not its
 *  lines were built; undefined for a project made elsewhere. */
export function costedWorks(project: ProjectResult): readonly LineWork[] | undefined {
  return WithLineSource.get(project)?.works;
}
