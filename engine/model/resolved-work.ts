// A work as the model plans and costs it: its row with defaults filled in and its variant resolved.
export interface ResolvedWork {
  id: string;
  /** Row index in scenario.works. */
  index: number;
  neighbourhood: string;
  party: string;
  category: string;
  plannedYear: number;
  quantity: number;
  unitCost: number;
  /** D = quantity × unitCost (base prices). */
  direct: number;
  durationDays: number;
  /** Display street, and the comparison key (trimmed, lower case); null = a street of its own. */
  street: string | null;
  streetKey: string | null;
  openedArea: number;
  /** Window clipped to the horizon. */
  earliest: number;
  latest: number;
  lifetimeYears: number;
  deferralCostPerYear: number;
  currentOpex: number;
  annualOpex: number;
  bookValue: number;
  tags: string[];
  /** Manual bundle id (trimmed), if any. */
  bundle: string | null;
  /** Chosen variant id for a variant work (H3). */
  variant?: string;
}
