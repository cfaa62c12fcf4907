// NIST Handbook 135 / BLCC supplementary measures of a step against `separate`: net savings, SIR,
// AIRR and simple and discounted payback. Undefined measures carry a reason, never a number.

export type MeasureReason =
  | 'noAdditionalInvestment' // the step costs no more up front: SIR and AIRR have no denominator
  | 'noOperationalSavings' // SIR ≤ 0: AIRR's root is undefined
  | 'nothingToPayBack' // the cumulative saving is never negative: there is no payback moment
  | 'noPaybackWithinHorizon' // still behind in the horizon's last year
  | 'notPerParty'; // societal-only costs are borne by no party

export type Measure = { value: number; reason?: undefined } | { value: null; reason: MeasureReason };

export interface PerspectiveMeasures {
  /** PV(separate) − PV(step), euros. */
  netSavings: number;
  /** PV of the step's investment − separate's (ΔI), euros. */
  additionalInvestment: number;
  /** PV of separate's operational costs − the step's (ΔOM&R), euros; netSavings = this − ΔI. */
  operationalSavings: number;
  sir: Measure;
  airr: Measure;
  /** Calendar year from which the cumulative saving stays ≥ 0 (base prices, undiscounted). */
  simplePayback: Measure;
  /** The same with present values. */
  discountedPayback: Measure;
}

export interface StreamPair {
  /** Nominal investment and operational cost per horizon year, of the reference and of the step. */
  refInvestment: readonly number[];
  refOperational: readonly number[];
  investment: readonly number[];
  operational: readonly number[];
}

export interface MeasureSettings {
  baseYear: number;
  discountRate: number;
  escalationRate: number;
  /** 1 (end), 0.5 (mid), 0 (start). */
  delta: number;
}

const cents = (v: number): number => Math.round(v * 100);
const six = (v: number): number => Math.round(v * 1e6) / 1e6 + 0;
const undef = (reason: MeasureReason): Measure => ({ value: null, reason });

/** `netSavings` (euros, cents exact) is the official step difference; ΔOM&R = netSavings + ΔI so
 *  the identity holds to the cent. */
export function perspectiveMeasures(s: MeasureSettings, x: StreamPair, netSavings: number): PerspectiveMeasures {
  const H = x.investment.length;
  const real = (i: number) => Math.pow(1 + s.escalationRate, i);
  const disc = (i: number) => 1 / Math.pow(1 + s.discountRate, i + s.delta);
  let dI = 0;
  for (let i = 0; i < H; i++) dI += (((x.investment[i] as number) - (x.refInvestment[i] as number)) / real(i)) * disc(i);
  const dICents = cents(dI);
  const dO = (cents(netSavings) + dICents) / 100;
  let sir: Measure;
  let airr: Measure;
  if (dICents <= 0) {
    sir = undef('noAdditionalInvestment');
    airr = undef('noAdditionalInvestment');
  } else {
    const ratio = dO / (dICents / 100);
    sir = { value: six(ratio) };
    airr = ratio > 0 ? { value: six((1 + s.discountRate) * Math.pow(ratio, 1 / H) - 1) } : undef('noOperationalSavings');
  }
  const saving = (i: number) =>
    ((x.refInvestment[i] as number) + (x.refOperational[i] as number) - (x.investment[i] as number) - (x.operational[i] as number)) / real(i);
  return {
    netSavings: cents(netSavings) / 100,
    additionalInvestment: dICents / 100,
    operationalSavings: dO,
    sir,
    airr,
    simplePayback: payback(s.baseYear, H, saving),
    discountedPayback: payback(s.baseYear, H, (i) => saving(i) * disc(i)),
  };
}

/** The first year from which the cumulative saving stays ≥ 0 to the horizon's end (compared in
 *  cents, so float noise does not make a year "behind"). */
export function payback(baseYear: number, H: number, saving: (i: number) => number): Measure {
  let cum = 0;
  let lastBehind = -1;
  for (let i = 0; i < H; i++) {
    cum += saving(i);
    if (cents(cum) < 0) lastBehind = i;
  }
  if (lastBehind === -1) return undef('nothingToPayBack');
  if (lastBehind === H - 1) return undef('noPaybackWithinHorizon');
  return { value: baseYear + lastBehind + 1 };
}
